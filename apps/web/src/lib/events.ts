import { eventType, venue, type Locale } from '@dsh/content-model';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { z } from 'zod';
import { cmsList } from './cms';
import { AudienceRef, TopicRef } from './taxonomies';

const TAG = 'event';

type EventEntry = z.infer<typeof eventType.entry>;

export interface CityEvent {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  description: NonNullable<EventEntry['description']>;
  start: string;
  end: string;
  venue: z.infer<typeof venue.zod> | null;
  onlineUrl: string | null;
  organiser: string;
  participation: EventEntry['participation'];
  registrationUrl: string | null;
  audiences: { key: string; name: string }[];
  topics: { name: string; slug: string }[];
  updatedAt: string | null;
}

const Entry = eventType.entry.safeExtend({ audiences: z.array(AudienceRef).optional(), topics: z.array(TopicRef).optional() });

function toEvent(e: z.infer<typeof Entry>, locale: Locale): CityEvent {
  return {
    id: e.documentId,
    locale,
    title: e.title,
    slug: e.slug,
    summary: e.summary,
    description: e.description ?? [],
    start: e.start,
    end: e.end,
    venue: e.venue ?? null,
    onlineUrl: e.onlineUrl ?? null,
    organiser: e.organiser,
    participation: e.participation,
    registrationUrl: e.registrationUrl ?? null,
    audiences: (e.audiences ?? []).map(({ key, name }) => ({ key, name })),
    topics: (e.topics ?? []).map(({ name, slug }) => ({ name, slug })),
    updatedAt: e.updatedAt ?? null,
  };
}

/** A draft in preview, without populated relations. */
export const toCityEvent = (e: EventEntry, locale: Locale): CityEvent => toEvent(Entry.parse({ ...e, audiences: undefined, topics: undefined }), locale);

const QUERY = { populate: { venue: true, audiences: ['key', 'name', 'slug'], topics: ['name', 'slug'] } } as const;

export const EventFilters = z.object({
  when: z.enum(['upcoming', 'past']).catch('upcoming'),
  audience: z.string().regex(/^[a-z-]{1,40}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type EventFilters = z.infer<typeof EventFilters>;

/**
 * Upcoming events soonest first (an event still running counts as upcoming), past ones latest
 * first. "Now" is rounded to the hour so the cached answer is shared by an hour of requests.
 */
export async function listEvents(locale: Locale, f: Partial<EventFilters>, pageSize = 12) {
  const now = new Date();
  now.setUTCMinutes(0, 0, 0);
  const when = f.when ?? 'upcoming';
  const timeFilters: Record<string, string> = { [when === 'upcoming' ? '[end][$gte]' : '[end][$lt]']: now.toISOString() };
  const filters: Record<string, string> = {};
  if (f.audience) filters['[audiences][key][$eq]'] = f.audience;
  const res = await cmsList('events', Entry, { locale, filters, timeFilters, populate: { ...QUERY.populate }, sort: [when === 'upcoming' ? 'start:asc' : 'start:desc', 'id:asc'], page: f.page ?? 1, pageSize }, [TAG]);
  return { events: res.data.map((e) => toEvent(e, locale)), pageCount: res.meta.pagination?.pageCount ?? 1, total: res.meta.pagination?.total ?? res.data.length };
}

export async function eventBySlug(locale: Locale, slug: string): Promise<CityEvent | null> {
  const res = await cmsList('events', Entry, { locale, filters: { '[slug][$eq]': slug }, populate: { ...QUERY.populate }, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toEvent(entry, locale) : null;
}

export async function eventTranslation(documentId: string, locale: Locale): Promise<{ slug: string; locale: Locale } | null> {
  const res = await cmsList('events', eventType.entry.pick({ id: true, documentId: true, slug: true }), { locale, filters: { '[documentId][$eq]': documentId }, fields: ['slug'], pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? { slug: entry.slug, locale } : null;
}

/** Every event of the last year and the future, for the iCal feed. */
export async function calendarEvents(locale: Locale): Promise<CityEvent[]> {
  const since = new Date(Date.now() - 365 * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  const res = await cmsList('events', Entry, { locale, timeFilters: { '[end][$gte]': since.toISOString() }, populate: { venue: true }, sort: ['start:asc'], pageSize: 200 }, [TAG]);
  return res.data.map((e) => toEvent(e, locale));
}

export const venueLine = (v: CityEvent['venue']) => (v ? `${v.name}, ${v.street}, ${v.postalCode} ${v.city}` : null);

/**
 * An iCalendar file (RFC 5545) of events, built with ical-generator. Each event's UID is its
 * document id, the same in every download, so a calendar updates an event instead of doubling it.
 */
export function toICalendar(events: CityEvent[], opts: { name: string; url: (e: CityEvent) => string; host: string; ttlSeconds?: number }): string {
  const cal = ical({ name: opts.name, prodId: { company: 'Freie und Hansestadt Hamburg', product: 'Digitale Stadt Hamburg', language: 'DE' }, ttl: opts.ttlSeconds ?? 3600 });
  if (events.length === 1) cal.method(ICalCalendarMethod.PUBLISH);
  for (const e of events) {
    const url = opts.url(e);
    cal.createEvent({
      id: `${e.id}-${e.locale}@${opts.host}`,
      start: new Date(e.start),
      end: new Date(e.end),
      summary: e.title,
      description: [e.summary, e.organiser, url].join('\n\n'),
      location: venueLine(e.venue) ?? e.onlineUrl ?? undefined,
      url,
      lastModified: e.updatedAt ? new Date(e.updatedAt) : undefined,
    });
  }
  return cal.toString();
}
