import { isLocale, type Locale, type Site } from '@dsh/content-model';
import { markedSegments, SearchQuery } from '@dsh/search';
import { Pagination, SearchForm } from '@dsh/ui';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { href } from '@/lib/paths';
import { runSearch, SearchUnavailableError, type SearchResult } from '@/lib/search';

type Params = Record<string, string | string[] | undefined>;

/** The results page of both sites: server-rendered, so it works without JavaScript. */
export async function SearchResults({ site, locale, searchParams }: { site: Site; locale: Locale; searchParams: Params }) {
  const t = await getTranslations({ locale });
  const parsed = SearchQuery.safeParse({ ...searchParams, locale: isLocale(searchParams.locale) ? searchParams.locale : locale });
  let result: SearchResult | null = null;
  let problem: string | null = null;
  if (!parsed.success) problem = t('search.invalid', { message: z.prettifyError(parsed.error) });
  else if (parsed.data.q.trim()) {
    try {
      result = await runSearch(parsed.data, site);
    } catch (err) {
      if (!(err instanceof SearchUnavailableError)) throw err;
      problem = t('search.unavailable');
    }
  }
  const q = parsed.success ? parsed.data.q : '';
  const hrefFor = (page: number) => `${href(locale, '/search')}?${new URLSearchParams({ q, page: String(page) })}`;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('search.title')}</h1>
      <SearchForm
        id="page-search"
        action={href(locale, '/search')}
        label={t('common.searchLabel')}
        buttonLabel={t('common.searchButton')}
        defaultValue={q}
        size="large"
      />
      <div className="mt-8" aria-live="polite">
        {problem ? (
          <p role="alert" className="border-l-4 border-error bg-white p-4">{problem}</p>
        ) : result ? (
          <>
            <h2 className="mb-4 text-xl font-semibold">{t('search.resultsFor', { total: result.total, q })}</h2>
            {result.total === 0 ? <p>{t('search.noResults')}</p> : null}
            <ol className="flex flex-col gap-6">
              {result.hits.map((h) => (
                <li key={`${h.type}-${h.id}`} className="border-b border-line pb-4">
                  <p className="text-sm text-muted">{t(`search.type.${h.type}`)}</p>
                  <h3 className="text-lg font-bold">
                    <a href={h.url} className="text-primary underline-offset-4 hover:underline">{h.title}</a>
                  </h3>
                  <p>
                    {markedSegments(h.highlight).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={hrefFor}
              labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
            />
          </>
        ) : (
          <p>{t('search.prompt')}</p>
        )}
      </div>
    </>
  );
}
