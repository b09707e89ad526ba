import { SearchForm, Teaser, TeaserList } from '@dsh/ui';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { latestArticles } from '@/lib/articles';
import { href, localeParam } from '@/lib/paths';

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, format, { articles }] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), latestArticles(locale, { pageSize: 6 })]);
  return (
    <Chrome site="digital" locale={locale} current="/">
      <section className="mb-12 bg-primary p-8 text-white">
        <h1 className="text-4xl font-bold">{t('digital.home.title')}</h1>
        <p className="mt-4 max-w-3xl text-xl">{t('digital.home.intro')}</p>
      </section>
      <section aria-labelledby="home-search" className="mb-12">
        <h2 id="home-search" className="sr-only">{t('digital.home.searchLabel')}</h2>
        <SearchForm id="home" action={href(locale, '/search')} label={t('digital.home.searchLabel')} buttonLabel={t('common.searchButton')} size="large" />
      </section>
      <section aria-labelledby="latest-news">
        <h2 id="latest-news" className="mb-6 text-2xl font-bold">{t('digital.home.latestNews')}</h2>
        {articles.length ? (
          <TeaserList>
            {articles.map((a) => (
              <Teaser key={a.id} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t(`articles.kind.${a.kind}`)} date={{ iso: a.date, label: format.dateTime(new Date(a.date), { dateStyle: 'long' }) }}>
                <p>{a.lead}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('articles.empty')}</p>
        )}
        <p className="mt-6">
          <a href={href(locale, '/news')} className="font-semibold text-primary underline">{t('digital.home.allNews')}</a>
        </p>
      </section>
    </Chrome>
  );
}
