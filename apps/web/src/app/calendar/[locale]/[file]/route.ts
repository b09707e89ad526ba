import { locales, type Locale } from '@dsh/content-model';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { env } from '@/env';
import { calendarEvents, eventBySlug, toICalendar, type CityEvent } from '@/lib/events';
import { badRequest, jsonError } from '@/lib/http';
import { href } from '@/lib/paths';

export const dynamic = 'force-dynamic';

/**
 * "Add to calendar": /calendar/de/events.ics is the iCal feed of all events (calendars
 * subscribe to it and update), /calendar/de/event-<slug>.ics one event to import.
 */
const Params = z.object({
  locale: z.enum(locales),
  file: z.string().max(210, 'file: slug too long').regex(/^(events|event-[a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/, 'file: events.ics or event-<slug>.ics'),
});

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const { file } = parsed.data;
  const locale: Locale = parsed.data.locale;
  const origin = env().DIGITAL_ORIGIN;
  const t = await getTranslations({ locale, namespace: 'events' });
  const url = (e: CityEvent) => new URL(href(locale, `/events/${e.slug}`), origin).toString();
  const host = new URL(origin).hostname;
  let events: CityEvent[];
  let name = t('calendarName');
  if (file === 'events.ics') {
    events = await calendarEvents(locale);
  } else {
    const one = await eventBySlug(locale, file.slice(6, -4));
    if (!one) return jsonError(404, 'not_found', `no published event "${file.slice(6, -4)}" in ${locale}`);
    events = [one];
    name = one.title;
  }
  const body = toICalendar(events, { name, url, host });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `${file === 'events.ics' ? 'inline' : 'attachment'}; filename="${file}"`,
      'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
