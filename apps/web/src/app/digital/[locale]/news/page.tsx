import type { Metadata } from 'next';
import { Pagination, Teaser, TeaserList } from '@dsh/ui';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { Chrome } from '@/components/Chrome';
import { latestArticles } from '@/lib/articles';
import { href, localeParam } from '@/lib/paths';

// Reads the query string, so it renders per request; the CMS and search answers it uses are
// cached (tagged) underneath.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const Page = z.coerce.number().int().min(1).max(1000).catch(1);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'articles' });
  return { title: t('listTitle'), description: t('listIntro') };
}

export default async function NewsList({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const page = Page.parse((await searchParams).page ?? 1);
  const [t, format, { articles, pageCount }] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), latestArticles(locale, { page, pageSize: 12 })]);
  return (
    <Chrome site="digital" locale={locale} current="/news" alternatePath="/news">
      <h1 className="text-3xl font-bold">{t('articles.listTitle')}</h1>
      <p className="mb-8 mt-2 max-w-3xl text-lg">{t('articles.listIntro')}</p>
      {articles.length ? (
        <TeaserList>
          {articles.map((a) => (
            <Teaser key={a.id} headingLevel={2} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t(`articles.kind.${a.kind}`)} date={{ iso: a.date, label: format.dateTime(new Date(a.date), { dateStyle: 'long' }) }}>
              <p>{a.lead}</p>
            </Teaser>
          ))}
        </TeaserList>
      ) : (
        <p>{t('articles.empty')}</p>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => `${href(locale, '/news')}?page=${n}`}
        labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
      />
    </Chrome>
  );
}
