import type { Locale } from '@dsh/content-model';
import { getFormatter } from 'next-intl/server';

/** Dates as the pages show them: a day, a month, or an event's span in Hamburg's time zone. */
export async function dates(locale: Locale) {
  const format = await getFormatter({ locale });
  const tz = 'Europe/Berlin';
  return {
    day: (iso: string) => ({ iso, label: format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: tz }) }),
    month: (iso: string) => ({ iso, label: format.dateTime(new Date(iso), { month: 'long', year: 'numeric', timeZone: tz }) }),
    span: (start: string, end: string) => format.dateTimeRange(new Date(start), new Date(end), { dateStyle: 'full', timeStyle: 'short', timeZone: tz }),
  };
}

/** A query-string value: the first if repeated. */
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's own address with the given filters, leaving out empty ones. */
export function withQuery(path: string, q: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) p.set(k, String(v));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}
