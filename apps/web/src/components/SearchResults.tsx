import { audienceKeys, isLocale, type Locale, type Site } from '@dsh/content-model';
import { markedSegments, searchTypes, SearchQuery } from '@dsh/search';
import { Pagination, SearchForm } from '@dsh/ui';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { href } from '@/lib/paths';
import { allLebenslagen, searchServicesInCms, type ServiceCard } from '@/lib/services';
import { searchWithGerman, SearchUnavailableError, spellingSuggestion, type SearchResult } from '@/lib/search';
import { clickHref } from '@/lib/search-analytics';

type Params = Record<string, string | string[] | undefined>;

/** The results page of both sites: server-rendered, so it works without JavaScript. */
export async function SearchResults({ site, locale, searchParams }: { site: Site; locale: Locale; searchParams: Params }) {
  const t = await getTranslations({ locale });
  const parsed = SearchQuery.safeParse({ ...searchParams, locale: isLocale(searchParams.locale) ? searchParams.locale : locale });
  let result: SearchResult | null = null;
  let suggestion: string | null = null;
  let situations: { name: string; slug: string }[] = [];
  let problem: string | null = null;
  let fallback: { services: ServiceCard[]; total: number; pageCount: number } | null = null;
  let germanOnly: SearchResult | null = null;
  if (!parsed.success) problem = t('search.invalid', { message: z.prettifyError(parsed.error) });
  // A Lebenslage alone is a search too: everything for that life situation.
  else if (parsed.data.q.trim() || parsed.data.lebenslage?.length) {
    try {
      ({ result, germanOnly } = await searchWithGerman(parsed.data, site));
      if (result.total === 0) {
        suggestion = await spellingSuggestion(parsed.data);
        situations = await allLebenslagen(locale)
          .then((all) => all.filter((l) => l.locale === locale).slice(0, 24))
          .catch(() => []);
      }
    } catch (err) {
      if (!(err instanceof SearchUnavailableError)) throw err;
      problem = t('search.unavailable');
      // The directory's first job is finding a service: without the index, by name from the CMS.
      if (site === 'service' && parsed.data.q.trim()) {
        fallback = await searchServicesInCms(locale, parsed.data.q, parsed.data.page).catch(() => null);
      }
    }
  }
  const q = parsed.success ? parsed.data.q : '';
  const types = parsed.success ? (parsed.data.type ?? []) : [];
  const online = parsed.success ? parsed.data.online : false;
  const audiences = parsed.success ? (parsed.data.audience ?? []) : [];
  const situationFilter = parsed.success ? (parsed.data.lebenslage ?? []) : [];
  const variantsOf = parsed.success ? parsed.data.variantsOf : undefined;
  // Links keep the query and the filters; only the page changes.
  const searchHref = (extra: Record<string, string>, withFilters = true, to: Locale = locale) => {
    const p = new URLSearchParams({ q });
    if (withFilters) {
      for (const ty of types) p.append('type', ty);
      for (const a of audiences) p.append('audience', a);
      for (const l of situationFilter) p.append('lebenslage', l);
      if (online) p.set('online', 'true');
      if (variantsOf) {
        p.set('variantsOf', variantsOf);
        p.set('groupBy', 'none');
      }
    }
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return `${href(to, '/search')}?${p}`;
  };
  const hrefFor = (page: number) => searchHref({ page: String(page) });
  // German-only services are listed among the English results (see searchWithGerman); when the
  // German search found more than the list shows, it links them all.
  const germanShown = result?.hits.filter((h) => h.germanOnly).length ?? 0;
  const englishTotal = (result?.total ?? 0) - germanShown;
  const germanMore =
    germanOnly && germanOnly.total > germanShown ? (
      <p className="mt-6">
        <a href={searchHref({ type: 'service' }, true, 'de')} hrefLang="de" className="font-semibold text-primary underline">{t('search.germanOnly.all', { total: germanOnly.total })}</a>
      </p>
    ) : null;
  const typeCounts = result?.facets.type ?? {};
  const audienceCounts = result?.facets.audiences ?? {};
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
        {fallback ? (
          <>
            <p role="status" className="mb-6 border-l-4 border-focus bg-white p-4">{t('search.limited')}</p>
            <h2 className="mb-4 text-xl font-semibold">{t('search.resultsFor', { total: fallback.total, q })}</h2>
            {fallback.total === 0 ? <p>{t('search.noResults')}</p> : null}
            <ol className="flex flex-col gap-6">
              {fallback.services.map((s) => (
                <li key={s.id} className="border-b border-line pb-4">
                  <p className="text-sm text-muted">{t('search.type.service')}</p>
                  <h3 className="text-lg font-bold">
                    <a href={href(locale, `/services/${s.slug}`)} className="text-primary underline-offset-4 hover:underline">{s.name}</a>
                  </h3>
                  {s.teaser ? <p>{s.teaser}</p> : null}
                </li>
              ))}
            </ol>
            <Pagination
              page={parsed.success ? parsed.data.page : 1}
              pageCount={fallback.pageCount}
              hrefFor={hrefFor}
              labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
            />
          </>
        ) : problem ? (
          <p role="alert" className="border-l-4 border-error bg-white p-4">{problem}</p>
        ) : result ? (
          <>
            <h2 className="mb-4 text-xl font-semibold">{t('search.resultsFor', { total: result.total, q })}</h2>
            {result.interpretation ? (
              <p className="mb-4" data-testid="search-interpretation">
                {t('search.interpreted', { words: result.interpretation.searchedFor })}
                {result.interpretation.relaxed ? ` ${t('search.relaxed')}` : ''}
                {result.interpretation.withoutMatch.length ? ` ${t('search.withoutMatch', { words: result.interpretation.withoutMatch.join(', ') })}` : ''}
              </p>
            ) : null}
            {/* Filters are a plain GET form: they work without JavaScript and live in the URL. */}
            <form action={href(locale, '/search')} method="get" className="mb-6 border border-line bg-white p-4">
              <input type="hidden" name="q" value={q} />
              {variantsOf ? (
                <>
                  <input type="hidden" name="variantsOf" value={variantsOf} />
                  <input type="hidden" name="groupBy" value="none" />
                </>
              ) : null}
              {situationFilter.map((l) => (
                <input key={l} type="hidden" name="lebenslage" value={l} />
              ))}
              <fieldset>
                <legend className="font-semibold">{t('search.filters')}</legend>
                <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
                  {searchTypes
                    .filter((ty) => typeCounts[ty] || types.includes(ty))
                    .map((ty) => (
                      <label key={ty} className="flex items-center gap-2">
                        <input type="checkbox" name="type" value={ty} defaultChecked={types.includes(ty)} className="h-5 w-5" />
                        {t(`search.type.${ty}`)} ({typeCounts[ty] ?? 0})
                      </label>
                    ))}
                  {audienceKeys
                    .filter((a) => audienceCounts[a] || audiences.includes(a))
                    .map((a) => (
                      <label key={a} className="flex items-center gap-2">
                        <input type="checkbox" name="audience" value={a} defaultChecked={audiences.includes(a)} className="h-5 w-5" />
                        {t('search.filterAudience')} {t(`search.audience.${a}`)} ({audienceCounts[a] ?? 0})
                      </label>
                    ))}
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="online" value="true" defaultChecked={online} className="h-5 w-5" />
                    {t('search.onlineOnly')} ({result.facets.online?.true ?? 0})
                  </label>
                </div>
              </fieldset>
              <div className="mt-3 flex flex-wrap items-center gap-4">
                <button type="submit" className="bg-primary px-4 py-2 font-semibold text-white">{t('search.apply')}</button>
                {types.length || audiences.length || online ? <a href={searchHref({}, false)} className="underline">{t('search.reset')}</a> : null}
              </div>
            </form>
            {germanShown ? <p className="mb-4 max-w-3xl">{englishTotal === 0 ? t('search.germanOnly.noEnglish') : t('search.germanOnly.intro')}</p> : null}
            {result.total === 0 ? (
              <div className="flex flex-col gap-4">
                {suggestion ? (
                  <p className="text-lg">
                    <a href={`${href(locale, '/search')}?${new URLSearchParams({ q: suggestion })}`} className="font-semibold text-primary underline">
                      {t('search.didYouMean', { suggestion })}
                    </a>
                  </p>
                ) : null}
                <p>{t('search.noResults')}</p>
                <p>{t('search.tips')}</p>
                <h3 className="text-lg font-semibold">{t('search.popularTitle')}</h3>
                <ul className="flex flex-wrap gap-3">
                  {(t.raw('search.popular') as string[]).map((term) => (
                    <li key={term}>
                      <a href={`${href(locale, '/search')}?${new URLSearchParams({ q: term })}`} className="inline-block border border-primary px-3 py-1 text-primary underline-offset-4 hover:underline">
                        {term}
                      </a>
                    </li>
                  ))}
                </ul>
                {situations.length ? (
                  <>
                    <h3 className="text-lg font-semibold">{t('search.lebenslagenTitle')}</h3>
                    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                      {situations.map((l) => (
                        <li key={l.slug}>
                          <a href={`${href(locale, '/search')}?${new URLSearchParams({ lebenslage: l.slug, type: 'service' })}`} className="text-primary underline">
                            {l.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </div>
            ) : null}
            <ol className="flex flex-col gap-6">
              {result.hits.map((h, i) => (
                <li key={`${h.type}-${h.id}`} className={h.pinned ? 'border-l-4 border-primary bg-white pb-4 pl-4 pt-2' : 'border-b border-line pb-4'}>
                  <p className="text-sm text-muted">
                    {h.pinned ? <strong className="mr-2 font-semibold text-primary">{t('search.recommended')}</strong> : null}
                    {t(`search.type.${h.type}`)}
                    {h.germanOnly ? ` · ${t('search.germanOnly.badge')}` : null}
                  </p>
                  <h3 className="text-lg font-bold" lang={h.germanOnly ? 'de' : undefined}>
                    {/* Through the click counter (search analytics), which sends the visitor on. */}
                    <a href={clickHref(locale, q, (result.page - 1) * (parsed.success ? parsed.data.limit : 10) + i + 1, h.url)} hrefLang={h.germanOnly ? 'de' : undefined} className="text-primary underline-offset-4 hover:underline">
                      {h.title}
                    </a>
                  </h3>
                  <p lang={h.germanOnly ? 'de' : undefined}>
                    {markedSegments(h.highlight).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                  </p>
                  {h.variants && h.group ? (
                    <p className="mt-1">
                      <a href={searchHref({ variantsOf: h.group, groupBy: 'none' })} className="text-primary underline">
                        {t('search.variants', { count: h.variants })}
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              hrefFor={hrefFor}
              labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
            />
            {germanMore}
          </>
        ) : (
          <p>{t('search.prompt')}</p>
        )}
      </div>
    </>
  );
}
