import type { Metadata } from 'next';
import { eventType } from '@dsh/content-model';
import { ButtonLink, Facts, RichText } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { JsonLd } from '@/components/JsonLd';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { eventBySlug, eventTranslation, toCityEvent, venueLine } from '@/lib/events';
import { dates } from '@/lib/format';
import { href, otherLocale } from '@/lib/paths';
import { eventLd } from '@/lib/structured-data';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = (params: Props['params']) => loadDetail(params, { uid: 'api::event.event', entry: eventType.entry, toDomain: toCityEvent, bySlug: eventBySlug });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item: e } = await load(params);
  const translation = await eventTranslation(e.id, otherLocale(locale));
  return detailMetadata(
    { locale, title: e.title, description: e.summary, path: `/events/${e.slug}`, translation: translation && { locale: translation.locale, path: `/events/${translation.slug}` }, type: 'website' },
    env().DIGITAL_ORIGIN,
  );
}

export default async function EventPage({ params }: Props) {
  const { locale, item: e, preview } = await load(params);
  setRequestLocale(locale);
  const [t, d, translation] = await Promise.all([getTranslations({ locale }), dates(locale), eventTranslation(e.id, otherLocale(locale))]);
  const origin = env().DIGITAL_ORIGIN;
  const past = new Date(e.end).getTime() < Date.now();
  const place = venueLine(e.venue);
  return (
    <Chrome site="digital" locale={locale} current="/events" alternatePath={translation ? `/events/${translation.slug}` : '/events'} breadcrumbs={[{ href: href(locale, '/events'), label: t('events.listTitle') }, { label: e.title }]}>
      {preview ? <PreviewBanner locale={locale} path={`/events/${e.slug}`} /> : null}
      <JsonLd data={eventLd(e, new URL(href(locale, `/events/${e.slug}`), origin).toString(), locale)} />
      <article className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`events.participation.${e.participation}`)}</p>
        <h1 className="mt-2 text-4xl font-bold leading-tight">{e.title}</h1>
        <p className="my-6 text-xl leading-relaxed">{e.summary}</p>
        {past ? <p className="mb-4 font-semibold">{t('events.isPast')}</p> : null}
        <Facts
          items={[
            { term: t('events.when'), value: <time dateTime={e.start}>{d.span(e.start, e.end)}</time> },
            ...(place && e.venue
              ? [{ term: t('events.where'), value: <>{place} · <a className="text-primary underline" href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(`${e.venue.street}, ${e.venue.postalCode} ${e.venue.city}`)}`}>{t('events.map')}</a></> }]
              : []),
            ...(e.onlineUrl ? [{ term: t('events.online'), value: <a className="text-primary underline" href={e.onlineUrl}>{e.onlineUrl}</a> }] : []),
            { term: t('events.organiser'), value: e.organiser },
            ...(e.audiences.length ? [{ term: t('events.audiences'), value: e.audiences.map((a) => a.name).join(', ') }] : []),
          ]}
        />
        {!past ? (
          <p className="mb-8 flex flex-wrap gap-4 print:hidden">
            <ButtonLink href={`/calendar/${locale}/event-${e.slug}.ics`} download={`${e.slug}.ics`}>{t('events.addToCalendar')}</ButtonLink>
            {e.registrationUrl ? <ButtonLink href={e.registrationUrl} variant="secondary" external>{t('events.register')}</ButtonLink> : null}
          </p>
        ) : null}
        <RichText blocks={e.description} />
      </article>
    </Chrome>
  );
}
