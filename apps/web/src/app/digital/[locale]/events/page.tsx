import type { Metadata } from 'next';
import { FilterForm, Pagination, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { EventFilters, listEvents } from '@/lib/events';
import { dates, one, withQuery } from '@/lib/format';
import { href, localeParam } from '@/lib/paths';
import { audiences } from '@/lib/taxonomies';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'events' });
  return { title: t('listTitle'), description: t('listIntro'), alternates: { types: { 'text/calendar': `/calendar/${locale}/events.ics` } } };
}

export default async function EventList({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const sp = await searchParams;
  const f = EventFilters.parse({ when: one(sp.when), audience: one(sp.audience), page: one(sp.page) ?? 1 });
  const [t, d, audienceList, { events, pageCount, total }] = await Promise.all([getTranslations({ locale }), dates(locale), audiences(locale), listEvents(locale, f)]);
  const base = href(locale, '/events');
  return (
    <Chrome site="digital" locale={locale} current="/events" alternatePath="/events" breadcrumbs={[{ label: t('events.listTitle') }]}>
      <h1 className="text-3xl font-bold">{t('events.listTitle')}</h1>
      <p className="mb-4 mt-2 max-w-3xl text-lg">{t('events.listIntro')}</p>
      <p className="mb-8">
        <a className="font-semibold text-primary underline" href={`/calendar/${locale}/events.ics`} type="text/calendar">{t('events.subscribe')}</a>
      </p>
      <FilterForm
        action={base}
        legend={t('events.filter.legend')}
        submitLabel={t('common.filter.apply')}
        reset={{ href: base, label: t('common.filter.reset') }}
        fields={[
          { name: 'when', label: t('events.filter.when'), anyLabel: t('events.upcoming'), value: f.when === 'past' ? 'past' : undefined, options: [{ value: 'past', label: t('events.past') }] },
          { name: 'audience', label: t('events.filter.audience'), anyLabel: t('events.filter.anyAudience'), value: f.audience, options: audienceList.map((a) => ({ value: a.key, label: a.name })) },
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">{f.when === 'past' ? t('events.past') : t('events.upcoming')}</h2>
      <p className="mb-4" role="status">{t('events.count', { total })}</p>
      {events.length ? (
        <TeaserList label={f.when === 'past' ? t('events.past') : t('events.upcoming')}>
          {events.map((e) => (
            <Teaser key={e.id} headingLevel={3} href={href(locale, `/events/${e.slug}`)} title={e.title} eyebrow={t(`events.participation.${e.participation}`)} date={d.day(e.start)}>
              <p>{e.summary}</p>
              {e.venue ? <p className="mt-2 text-sm text-muted">{e.venue.name}, {e.venue.city}</p> : null}
            </Teaser>
          ))}
        </TeaserList>
      ) : (
        <p>{f.when === 'past' ? t('events.emptyPast') : t('events.emptyUpcoming')}</p>
      )}
      <Pagination
        page={f.page}
        pageCount={pageCount}
        hrefFor={(n) => withQuery(base, { when: f.when === 'past' ? 'past' : undefined, audience: f.audience, page: n })}
        labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
      />
    </Chrome>
  );
}
