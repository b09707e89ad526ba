import type { Locale } from '@dsh/content-model';
import { Pagination, ServiceCard } from '@dsh/ui';
import { getTranslations } from 'next-intl/server';
import { href } from '@/lib/paths';
import type { Office, ServiceCard as Card } from '@/lib/services';

/** A list of services with its pagination: every list of the directory looks the same. */
export async function ServiceList({ locale, services, page, pageCount, hrefFor, headingLevel = 2 }: { locale: Locale; services: Card[]; page: number; pageCount: number; hrefFor: (n: number) => string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale });
  return (
    <>
      <ul>
        {services.map((s) => (
          <li key={s.id}>
            <ServiceCard href={href(locale, `/services/${s.slug}`)} name={s.name} teaser={s.teaser} onlineLabel={s.online ? t('directory.onlineBadge') : undefined} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={hrefFor}
        labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
      />
    </>
  );
}

/**
 * On an English list: most services are described in German only, so the English list is much
 * shorter than the German one. Says so, with the German list's size and a link to it; nothing
 * when the German list is no longer or was not counted (germanTotal counts only in English).
 */
export async function GermanOnlyNote({ locale, englishTotal, germanTotal, germanHref }: { locale: Locale; englishTotal: number; germanTotal: number | null; germanHref: string }) {
  if (germanTotal === null || germanTotal <= englishTotal) return null;
  const t = await getTranslations({ locale, namespace: 'directory' });
  return (
    <p className="mb-6 max-w-3xl border-l-4 border-primary bg-white p-4">
      {t('germanOnlyNote')}{' '}
      <a href={germanHref} hrefLang="de" className="font-semibold text-primary underline">
        {t('germanOnlyLink', { total: germanTotal })}
      </a>
    </p>
  );
}

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** An office: address with a map link (no embedded third-party map), hours, access, booking. */
export async function OfficeDetails({ locale, office, headingLevel = 3, link = true }: { locale: Locale; office: Office; headingLevel?: 2 | 3; link?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'directory' });
  const H = `h${headingLevel}` as const;
  // A fixed Monday in January 2024 + n days: weekday names from the locale, no tables of our own.
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d)));
  const byDay = new Map<number, string[]>();
  for (const h of office.openingHours) byDay.set(h.day, [...(byDay.get(h.day) ?? []), `${h.opens}–${h.closes}`]);
  const address = `${office.street}, ${office.postalCode} ${office.city}`;
  const map = office.latitude !== null && office.longitude !== null
    ? `https://www.openstreetmap.org/?mlat=${office.latitude}&mlon=${office.longitude}#map=18/${office.latitude}/${office.longitude}`
    : `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  const access = office.accessibility;
  const features = access ? (['stepFreeEntrance', 'lift', 'accessibleToilet', 'hearingLoop'] as const).filter((k) => access[k]) : [];
  return (
    <section className="mb-6 border-l-8 border-primary bg-white p-4 shadow-sm" aria-label={office.name}>
      <H className="text-lg font-bold">{link ? <a className="text-primary underline" href={href(locale, `/locations/${office.slug}`)}>{office.name}</a> : office.name}</H>
      <p className="mt-1">
        {address}
        {office.district ? ` (${office.district})` : ''} · <a className="text-primary underline" href={map}>{t('mapLink')}</a>
      </p>
      {office.phone || office.email ? (
        <p className="mt-1">
          {office.phone ? <><a className="text-primary underline" href={`tel:${office.phone.replace(/[^+0-9]/g, '')}`}>{office.phone}</a>{office.email ? ' · ' : ''}</> : null}
          {office.email ? <a className="text-primary underline" href={`mailto:${office.email}`}>{office.email}</a> : null}
        </p>
      ) : null}
      {byDay.size ? (
        <div className="mt-3">
          <p className="font-semibold">{t('openingHours')}</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
            {DAYS.filter((d) => byDay.has(d)).map((d) => (
              <div key={d} className="contents">
                <dt>{dayName(d)}</dt>
                <dd>{byDay.get(d)!.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {access ? (
        <div className="mt-3">
          <p className="font-semibold">{t('accessibility')}</p>
          <p>{features.length ? features.map((f) => t(`access.${f}`)).join(' · ') : t('access.none')}</p>
          {access.notes ? <p className="mt-1">{access.notes}</p> : null}
        </div>
      ) : null}
      {office.appointmentUrl ? (
        <p className="mt-3 print:hidden">
          <a className="font-semibold text-primary underline" href={office.appointmentUrl}>{t('bookAppointment', { office: office.name })}</a>
        </p>
      ) : null}
    </section>
  );
}
