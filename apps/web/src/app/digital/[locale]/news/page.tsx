import type { Metadata } from 'next';
import { articleKinds } from '@dsh/content-model';
import { FilterForm, Pagination, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { ArticleFilters, latestArticles } from '@/lib/articles';
import { dates, one, withQuery } from '@/lib/format';
import { href, localeParam } from '@/lib/paths';
import { audiences, topics } from '@/lib/taxonomies';

// Reads the query string, so it renders per request; the CMS answers it uses are cached
// (tagged) underneath.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'articles' });
  return { title: t('listTitle'), description: t('listIntro') };
}

const feedFor = (kind?: string) => (kind === 'press-release' ? 'press-releases' : kind === 'it-news' ? 'it-news' : 'news');

export default async function NewsList({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const sp = await searchParams;
  const f = ArticleFilters.parse({ kind: one(sp.kind), topic: one(sp.topic), audience: one(sp.audience), page: one(sp.page) ?? 1 });
  const [t, d, topicList, audienceList, { articles, pageCount, total }] = await Promise.all([getTranslations({ locale }), dates(locale), topics(locale), audiences(locale), latestArticles(locale, { ...f, pageSize: 12 })]);
  const base = href(locale, '/news');
  const feed = f.audience ? `audience-${f.audience}` : feedFor(f.kind);
  return (
    <Chrome site="digital" locale={locale} current="/news" alternatePath="/news" breadcrumbs={[{ label: t('articles.listTitle') }]}>
      <h1 className="text-3xl font-bold">{t('articles.listTitle')}</h1>
      <p className="mb-4 mt-2 max-w-3xl text-lg">{t('articles.listIntro')}</p>
      <p className="mb-8 flex flex-wrap gap-x-6">
        <a className="font-semibold text-primary underline" type="application/rss+xml" href={`/feeds/${locale}/${feed}.xml`}>{t('articles.feedRss')}</a>
        <a className="font-semibold text-primary underline" type="application/atom+xml" href={`/feeds/${locale}/${feed}.atom`}>{t('articles.feedAtom')}</a>
      </p>
      <FilterForm
        action={base}
        legend={t('articles.filter.legend')}
        submitLabel={t('common.filter.apply')}
        reset={{ href: base, label: t('common.filter.reset') }}
        fields={[
          { name: 'kind', label: t('articles.filter.kind'), anyLabel: t('articles.filter.anyKind'), value: f.kind, options: articleKinds.map((k) => ({ value: k, label: t(`articles.kindPlural.${k}`) })) },
          { name: 'topic', label: t('articles.filter.topic'), anyLabel: t('articles.filter.anyTopic'), value: f.topic, options: topicList.map((x) => ({ value: x.slug, label: x.name })) },
          { name: 'audience', label: t('articles.filter.audience'), anyLabel: t('articles.filter.anyAudience'), value: f.audience, options: audienceList.map((a) => ({ value: a.key, label: a.name })) },
        ]}
      />
      <p className="mb-4 font-semibold" role="status">{t('articles.count', { total })}</p>
      {articles.length ? (
        <TeaserList label={t('articles.listTitle')}>
          {articles.map((a) => (
            <Teaser key={a.id} headingLevel={2} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t(`articles.kind.${a.kind}`)} date={d.day(a.date)}>
              <p>{a.lead}</p>
            </Teaser>
          ))}
        </TeaserList>
      ) : (
        <p>{t('articles.empty')}</p>
      )}
      <Pagination
        page={f.page}
        pageCount={pageCount}
        hrefFor={(n) => withQuery(base, { kind: f.kind, topic: f.topic, audience: f.audience, page: n })}
        labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
      />
    </Chrome>
  );
}
