import type { Metadata } from 'next';
import { Teaser, TeaserList } from '@dsh/ui';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { env } from '@/env';
import { latestArticles } from '@/lib/articles';
import { detailMetadata } from '@/lib/detail';
import { listEvents } from '@/lib/events';
import { dates } from '@/lib/format';
import { href, otherLocale, slugParams } from '@/lib/paths';
import { listProjects } from '@/lib/projects';
import { audiences } from '@/lib/taxonomies';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

async function load(params: Props['params']) {
  const { locale, slug } = await slugParams(params);
  const [here, there] = await Promise.all([audiences(locale), audiences(otherLocale(locale))]);
  const audience = here.find((a) => a.slug === slug);
  if (!audience) notFound();
  return { locale, audience, translation: there.find((a) => a.key === audience.key) ?? null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, audience, translation } = await load(params);
  return detailMetadata(
    { locale, title: audience.name, description: audience.description ?? audience.name, path: `/audiences/${audience.slug}`, translation: translation && { locale: otherLocale(locale), path: `/audiences/${translation.slug}` }, type: 'website' },
    env().DIGITAL_ORIGIN,
  );
}

/** What is relevant for one audience: its projects, news and events, and its feed. */
export default async function AudiencePage({ params }: Props) {
  const { locale, audience, translation } = await load(params);
  setRequestLocale(locale);
  const [t, d, projects, news, events] = await Promise.all([
    getTranslations({ locale }),
    dates(locale),
    listProjects(locale, { audience: audience.key }, 6),
    latestArticles(locale, { audience: audience.key, pageSize: 6 }),
    listEvents(locale, { when: 'upcoming', audience: audience.key }, 3),
  ]);
  const isMedia = audience.key === 'media';
  return (
    <Chrome site="digital" locale={locale} current="/audiences" alternatePath={translation ? `/audiences/${translation.slug}` : '/'} breadcrumbs={[{ label: audience.name }]}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('audiences.label')}</p>
      <h1 className="mt-2 text-4xl font-bold">{audience.name}</h1>
      {audience.description ? <p className="mb-6 mt-4 max-w-3xl text-xl">{audience.description}</p> : null}
      <p className="mb-10 flex flex-wrap gap-x-6 gap-y-2">
        {isMedia ? <a className="font-semibold text-primary underline" href={href(locale, '/press')}>{t('audiences.toPress')}</a> : null}
        <a className="font-semibold text-primary underline" type="application/rss+xml" href={`/feeds/${locale}/audience-${audience.key}.xml`}>{t('audiences.feed', { audience: audience.name })}</a>
      </p>
      <section aria-labelledby="aud-projects" className="mb-12">
        <h2 id="aud-projects" className="mb-6 text-2xl font-bold">{t('audiences.projects')}</h2>
        {projects.projects.length ? (
          <TeaserList label={t('audiences.projects')}>
            {projects.projects.map((p) => (
              <Teaser key={p.id} href={href(locale, `/projects/${p.slug}`)} title={p.title} eyebrow={t(`projects.phase.${p.phase}`)}>
                <p>{p.summary}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('projects.empty')}</p>
        )}
        <p className="mt-4"><a className="font-semibold text-primary underline" href={`${href(locale, '/projects')}?audience=${audience.key}`}>{t('audiences.allProjects', { n: projects.total })}</a></p>
      </section>
      <section aria-labelledby="aud-news" className="mb-12">
        <h2 id="aud-news" className="mb-6 text-2xl font-bold">{t('audiences.news')}</h2>
        {news.articles.length ? (
          <TeaserList label={t('audiences.news')}>
            {news.articles.map((a) => (
              <Teaser key={a.id} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t(`articles.kind.${a.kind}`)} date={d.day(a.date)}>
                <p>{a.lead}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('articles.empty')}</p>
        )}
        <p className="mt-4"><a className="font-semibold text-primary underline" href={`${href(locale, '/news')}?audience=${audience.key}`}>{t('audiences.allNews')}</a></p>
      </section>
      <section aria-labelledby="aud-events">
        <h2 id="aud-events" className="mb-6 text-2xl font-bold">{t('audiences.events')}</h2>
        {events.events.length ? (
          <TeaserList label={t('audiences.events')}>
            {events.events.map((e) => (
              <Teaser key={e.id} href={href(locale, `/events/${e.slug}`)} title={e.title} date={d.day(e.start)}>
                <p>{e.summary}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('events.emptyUpcoming')}</p>
        )}
      </section>
    </Chrome>
  );
}
