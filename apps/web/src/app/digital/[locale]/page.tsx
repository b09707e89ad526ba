import { Hero, SearchForm, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { JsonLd } from '@/components/JsonLd';
import { env } from '@/env';
import { latestArticles } from '@/lib/articles';
import { currentCampaign } from '@/lib/campaigns';
import { listEvents } from '@/lib/events';
import { dates } from '@/lib/format';
import { pressContact } from '@/lib/pages';
import { href, localeParam } from '@/lib/paths';
import { listProjects } from '@/lib/projects';
import { organizationLd } from '@/lib/structured-data';
import { audiences } from '@/lib/taxonomies';

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, d, campaign, featured, { articles }, { events }, groups, press] = await Promise.all([
    getTranslations({ locale }),
    dates(locale),
    currentCampaign(locale),
    listProjects(locale, { featured: true }, 3),
    latestArticles(locale, { pageSize: 6, kinds: ['news', 'press-release'] }),
    listEvents(locale, { when: 'upcoming' }, 3),
    audiences(locale),
    pressContact(locale),
  ]);
  const more = 'font-semibold text-primary underline';
  return (
    <Chrome site="digital" locale={locale} current="/">
      <JsonLd data={organizationLd(env().DIGITAL_ORIGIN, press?.contact ?? null)} />
      <h1 className="text-3xl font-bold">{t('digital.home.title')}</h1>
      <p className="mb-8 mt-2 max-w-3xl text-lg">{t('digital.home.intro')}</p>
      {campaign ? (
        <Hero headingLevel={2} eyebrow={t('campaigns.label')} title={campaign.name} text={campaign.slogan} action={{ href: href(locale, `/campaigns/${campaign.slug}`), label: t('campaigns.toCampaign') }} />
      ) : (
        null
      )}
      <section aria-labelledby="home-search" className="mb-12">
        <h2 id="home-search" className="sr-only">{t('digital.home.searchLabel')}</h2>
        <SearchForm id="home" action={href(locale, '/search')} label={t('digital.home.searchLabel')} buttonLabel={t('common.searchButton')} size="large" />
      </section>
      <section aria-labelledby="featured" className="mb-12">
        <h2 id="featured" className="mb-6 text-2xl font-bold">{t('digital.home.featured')}</h2>
        <TeaserList label={t('digital.home.featured')}>
          {featured.projects.map((p) => (
            <Teaser key={p.id} href={href(locale, `/projects/${p.slug}`)} title={p.title} eyebrow={t(`projects.phase.${p.phase}`)}>
              <p>{p.summary}</p>
            </Teaser>
          ))}
        </TeaserList>
        <p className="mt-6"><a href={href(locale, '/projects')} className={more}>{t('digital.home.allProjects')}</a></p>
      </section>
      <section aria-labelledby="latest-news" className="mb-12">
        <h2 id="latest-news" className="mb-6 text-2xl font-bold">{t('digital.home.latestNews')}</h2>
        {articles.length ? (
          <TeaserList label={t('digital.home.latestNews')}>
            {articles.map((a) => (
              <Teaser key={a.id} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t(`articles.kind.${a.kind}`)} date={d.day(a.date)}>
                <p>{a.lead}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('articles.empty')}</p>
        )}
        <p className="mt-6 flex flex-wrap gap-x-6">
          <a href={href(locale, '/news')} className={more}>{t('digital.home.allNews')}</a>
          <a href={href(locale, '/press')} className={more}>{t('digital.home.press')}</a>
        </p>
      </section>
      <section aria-labelledby="upcoming" className="mb-12">
        <h2 id="upcoming" className="mb-6 text-2xl font-bold">{t('digital.home.events')}</h2>
        {events.length ? (
          <TeaserList label={t('digital.home.events')}>
            {events.map((e) => (
              <Teaser key={e.id} href={href(locale, `/events/${e.slug}`)} title={e.title} eyebrow={e.venue?.city ?? t('events.online')} date={d.day(e.start)}>
                <p>{e.summary}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('events.emptyUpcoming')}</p>
        )}
        <p className="mt-6"><a href={href(locale, '/events')} className={more}>{t('digital.home.allEvents')}</a></p>
      </section>
      <section aria-labelledby="audiences">
        <h2 id="audiences" className="mb-6 text-2xl font-bold">{t('digital.home.audiences')}</h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {groups.map((a) => (
            <li key={a.key}>
              <a href={href(locale, `/audiences/${a.slug}`)} className="block h-full border-2 border-primary bg-white p-4 font-semibold text-primary underline hover:bg-surface">
                {a.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Chrome>
  );
}
