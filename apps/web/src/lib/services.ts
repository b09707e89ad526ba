import 'server-only';
import { accessibility, link, lebenslageType, locationType, onlineService, openingHours, serviceType, themenfeldKeys, type Locale, type ThemenfeldKey } from '@dsh/content-model';
import { sanitizeServiceHtml } from '@dsh/content-model/html';
import { z } from 'zod';
import { cmsList } from './cms';

const TAG = 'service';

export type OnlineService = z.infer<typeof onlineService.zod>;

export interface ServiceCard {
  id: string;
  name: string;
  slug: string;
  teaser: string | null;
  online: OnlineService | null;
}

export interface Office {
  name: string;
  slug: string;
  street: string;
  postalCode: string;
  city: string;
  district: string | null;
  phone: string | null;
  email: string | null;
  appointmentUrl: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: z.infer<typeof openingHours.zod>[];
  accessibility: z.infer<typeof accessibility.zod> | null;
}

export interface ServiceDetail extends ServiceCard {
  locale: Locale;
  leikaKey: string;
  ozgId: string | null;
  themenfeld: ThemenfeldKey | null;
  audience: 'citizens' | 'businesses' | 'both';
  /** Sanitised HTML, ready to render. */
  description: string | null;
  prerequisites: string | null;
  documents: string | null;
  fees: string | null;
  deadlines: string | null;
  processingTime: string | null;
  legalBasis: string[];
  forms: z.infer<typeof link.zod>[];
  organisations: { name: string; website: string | null }[];
  offices: Office[];
  lebenslagen: { name: string; slug: string }[];
  appointmentUrl: string | null;
  lastReviewed: string | null;
  updatedAt: string | null;
}

const OfficeEntry = locationType.entry
  .pick({ documentId: true, name: true, slug: true, street: true, postalCode: true, city: true, district: true, phone: true, email: true, appointmentUrl: true, latitude: true, longitude: true, openingHours: true, accessibility: true })
  .extend({ id: z.number().optional() });

export const toOffice = (o: z.infer<typeof OfficeEntry>): Office => ({
  name: o.name,
  slug: o.slug,
  street: o.street,
  postalCode: o.postalCode,
  city: o.city,
  district: o.district ?? null,
  phone: o.phone ?? null,
  email: o.email ?? null,
  appointmentUrl: o.appointmentUrl ?? null,
  latitude: o.latitude ?? null,
  longitude: o.longitude ?? null,
  openingHours: [...(o.openingHours ?? [])].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens)),
  accessibility: o.accessibility ?? null,
});

const DetailEntry = serviceType.entry.safeExtend({
  lebenslagen: z.array(z.object({ documentId: z.string(), name: z.string(), slug: z.string() })).optional(),
  organisations: z.array(z.object({ documentId: z.string(), name: z.string(), slug: z.string(), website: z.string().nullish() })).optional(),
  locations: z.array(OfficeEntry).optional(),
});

const clean = (html: string | null | undefined) => sanitizeServiceHtml(html) ?? null;

function toDetail(e: z.infer<typeof DetailEntry>, locale: Locale): ServiceDetail {
  return {
    id: e.documentId,
    locale,
    name: e.name,
    slug: e.slug,
    teaser: e.teaser ?? null,
    online: e.onlineService ?? null,
    leikaKey: e.leikaKey,
    ozgId: e.ozgId ?? null,
    themenfeld: e.themenfeld ?? null,
    audience: e.audience,
    description: clean(e.description),
    prerequisites: clean(e.prerequisites),
    documents: clean(e.documents),
    fees: clean(e.fees),
    deadlines: e.deadlines ?? null,
    processingTime: e.processingTime ?? null,
    legalBasis: (e.legalBasis ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
    forms: e.forms ?? [],
    organisations: (e.organisations ?? []).map((o) => ({ name: o.name, website: o.website ?? null })),
    offices: (e.locations ?? []).map(toOffice).sort((a, b) => a.name.localeCompare(b.name, locale)),
    lebenslagen: (e.lebenslagen ?? []).map(({ name, slug }) => ({ name, slug })),
    appointmentUrl: e.appointmentUrl ?? null,
    lastReviewed: e.lastReviewed ?? null,
    updatedAt: e.updatedAt ?? null,
  };
}

/** A draft in preview: relations are not populated there. */
export const toServiceDetail = (e: z.infer<typeof serviceType.entry>, locale: Locale) => toDetail(DetailEntry.parse({ ...e, lebenslagen: undefined, organisations: undefined, locations: undefined }), locale);

const OFFICE_FIELDS = ['name', 'slug', 'street', 'postalCode', 'city', 'district', 'phone', 'email', 'appointmentUrl', 'latitude', 'longitude'];
const DETAIL_POPULATE: Record<string, string> = {
  '[onlineService]': 'true',
  '[forms]': 'true',
  '[lebenslagen][fields][0]': 'name',
  '[lebenslagen][fields][1]': 'slug',
  '[organisations][fields][0]': 'name',
  '[organisations][fields][1]': 'website',
  '[organisations][fields][2]': 'slug',
  ...Object.fromEntries(OFFICE_FIELDS.map((f, i) => [`[locations][fields][${i}]`, f])),
  '[locations][populate][openingHours]': 'true',
  '[locations][populate][accessibility]': 'true',
};

export async function serviceBySlug(locale: Locale, slug: string): Promise<ServiceDetail | null> {
  const res = await cmsList('services', DetailEntry, { locale, filters: { '[slug][$eq]': slug }, rawPopulate: DETAIL_POPULATE, pageSize: 1 }, [TAG, 'location']);
  const e = res.data[0];
  return e ? toDetail(e, locale) : null;
}

export async function serviceTranslation(documentId: string, locale: Locale): Promise<{ slug: string; locale: Locale } | null> {
  const res = await cmsList('services', serviceType.entry.pick({ id: true, documentId: true, slug: true }), { locale, filters: { '[documentId][$eq]': documentId }, fields: ['slug'], pageSize: 1 }, [TAG]);
  return res.data[0] ? { slug: res.data[0].slug, locale } : null;
}

const CardEntry = serviceType.entry.pick({ id: true, documentId: true, name: true, slug: true, teaser: true, onlineService: true });
const toCard = (e: z.infer<typeof CardEntry>): ServiceCard => ({ id: e.documentId, name: e.name, slug: e.slug, teaser: e.teaser ?? null, online: e.onlineService ?? null });

/** German initials: Ä, Ö, Ü sort with A, O, U. */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const UMLAUT: Record<string, string> = { A: 'Ä', O: 'Ö', U: 'Ü' };

export const ServiceListQuery = z.object({
  letter: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(LETTERS as [string, ...string[]]))
    .optional()
    .catch(undefined),
  audience: z.enum(['citizens', 'businesses']).optional().catch(undefined),
  themenfeld: z.enum(themenfeldKeys).optional().catch(undefined),
  maturity: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  login: z.enum(['servicekonto', 'none']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type ServiceListQuery = z.infer<typeof ServiceListQuery>;

/**
 * Services by name, narrowed by initial letter, audience, Themenfeld, Lebenslage, office or
 * online availability. Every list of the directory is this one query.
 */
export async function listServices(
  locale: Locale,
  q: Partial<ServiceListQuery> & { lebenslage?: string; location?: string; onlineOnly?: boolean; editorial?: boolean },
  pageSize = 50,
) {
  const filters: Record<string, string> = {};
  if (q.letter) {
    filters['[$or][0][name][$startsWithi]'] = q.letter;
    if (UMLAUT[q.letter]) filters['[$or][1][name][$startsWithi]'] = UMLAUT[q.letter]!;
  }
  if (q.audience) {
    filters['[audience][$in][0]'] = q.audience;
    filters['[audience][$in][1]'] = 'both';
  }
  if (q.themenfeld) filters['[themenfeld][$eq]'] = q.themenfeld;
  if (q.lebenslage) filters['[lebenslagen][slug][$eq]'] = q.lebenslage;
  if (q.location) filters['[locations][slug][$eq]'] = q.location;
  if (q.onlineOnly || q.maturity || q.login) filters['[onlineService][url][$notNull]'] = 'true';
  if (q.maturity) filters['[onlineService][maturity][$gte]'] = String(q.maturity);
  if (q.login) filters['[onlineService][login][$eq]'] = q.login;
  if (q.editorial) filters['[source][$eq]'] = 'editorial';
  const res = await cmsList('services', CardEntry, { locale, filters, fields: ['name', 'slug', 'teaser'], populate: { onlineService: true }, sort: ['name:asc', 'id:asc'], page: q.page ?? 1, pageSize }, [TAG]);
  return { services: res.data.map(toCard), pageCount: res.meta.pagination?.pageCount ?? 1, total: res.meta.pagination?.total ?? res.data.length };
}

/** How many services the German version of an English list holds; null when it cannot say. */
export function germanTotal(locale: Locale, q: Parameters<typeof listServices>[1]): Promise<number | null> | null {
  return locale === 'en' ? listServices('de', { ...q, page: 1 }, 1).then((r) => r.total, () => null) : null;
}

/** Other services of the same Lebenslagen: "what else you may need". */
export async function relatedServices(locale: Locale, service: ServiceDetail, limit = 6): Promise<ServiceCard[]> {
  if (!service.lebenslagen.length) return [];
  const filters: Record<string, string> = { '[documentId][$ne]': service.id };
  service.lebenslagen.slice(0, 5).forEach((l, i) => (filters[`[lebenslagen][slug][$in][${i}]`] = l.slug));
  // Editorial services (the ones people use most) first, then by name.
  const res = await cmsList('services', CardEntry, { locale, filters, fields: ['name', 'slug', 'teaser'], populate: { onlineService: true }, sort: ['source:asc', 'name:asc'], pageSize: limit }, [TAG]);
  return res.data.map(toCard);
}

export interface Lebenslage {
  /** The language of this entry: German when it has no translation (the OZG catalogue is German). */
  locale: Locale;
  name: string;
  slug: string;
  themenfeld: ThemenfeldKey;
  audience: 'citizens' | 'businesses';
  description: string | null;
}

/** Lebens- and Geschäftslagen; in a language without translations, the German ones. */
export async function allLebenslagen(locale: Locale): Promise<Lebenslage[]> {
  const read = async (l: Locale) => {
    const res = await cmsList('lebenslagen', lebenslageType.entry, { locale: l, fields: ['name', 'slug', 'themenfeld', 'audience', 'description'], sort: ['name:asc'], pageSize: 200 }, ['lebenslage']);
    return res.data.map((e) => ({ locale: l, name: e.name, slug: e.slug, themenfeld: e.themenfeld, audience: e.audience, description: e.description ?? null }));
  };
  const own = await read(locale);
  return own.length || locale === 'de' ? own : read('de');
}

export async function lebenslageBySlug(locale: Locale, slug: string): Promise<(Lebenslage & { id: string }) | null> {
  const res = await cmsList('lebenslagen', lebenslageType.entry, { locale, filters: { '[slug][$eq]': slug }, pageSize: 1 }, ['lebenslage']);
  const l = res.data[0];
  return l ? { id: l.documentId, locale, name: l.name, slug: l.slug, themenfeld: l.themenfeld, audience: l.audience, description: l.description ?? null } : null;
}

export async function lebenslageTranslation(documentId: string, locale: Locale) {
  const res = await cmsList('lebenslagen', lebenslageType.entry.pick({ id: true, documentId: true, slug: true }), { locale, filters: { '[documentId][$eq]': documentId }, fields: ['slug'], pageSize: 1 }, ['lebenslage']);
  return res.data[0]?.slug ?? null;
}

export async function offices(locale: Locale): Promise<Office[]> {
  const res = await cmsList('locations', OfficeEntry, { locale, fields: OFFICE_FIELDS, populate: { openingHours: true, accessibility: true }, sort: ['name:asc'], pageSize: 200 }, ['location']);
  return res.data.map(toOffice);
}

export async function officeBySlug(locale: Locale, slug: string): Promise<(Office & { id: string }) | null> {
  const res = await cmsList('locations', OfficeEntry, { locale, filters: { '[slug][$eq]': slug }, fields: OFFICE_FIELDS, populate: { openingHours: true, accessibility: true }, pageSize: 1 }, ['location']);
  const o = res.data[0];
  return o ? { ...toOffice(o), id: o.documentId } : null;
}

export async function officeTranslation(documentId: string, locale: Locale) {
  const res = await cmsList('locations', locationType.entry.pick({ id: true, documentId: true, slug: true }), { locale, filters: { '[documentId][$eq]': documentId }, fields: ['slug'], pageSize: 1 }, ['location']);
  return res.data[0]?.slug ?? null;
}

/** The projects on Digitale Stadt Hamburg that brought this service online. */
export async function projectsForService(locale: Locale, serviceId: string): Promise<{ title: string; slug: string }[]> {
  const Entry = z.object({ id: z.number(), documentId: z.string(), title: z.string(), slug: z.string() });
  const res = await cmsList('projects', Entry, { locale, filters: { '[services][documentId][$eq]': serviceId }, fields: ['title', 'slug'], pageSize: 5 }, ['project']);
  return res.data.map(({ title, slug }) => ({ title, slug }));
}

/**
 * The directory's search while Meilisearch is unreachable: services whose name or search terms
 * (keywords) contain every word typed, straight from the CMS. No ranking, stemming or
 * synonyms, so the page says that results are limited; a citizen still finds "Personalausweis".
 */
export async function searchServicesInCms(locale: Locale, q: string, page = 1, pageSize = 20) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  if (!words.length) return { services: [] as ServiceCard[], pageCount: 0, total: 0 };
  const filters: Record<string, string> = {};
  words.forEach((w, i) => {
    filters[`[$and][${i}][$or][0][name][$containsi]`] = w;
    filters[`[$and][${i}][$or][1][keywords][$containsi]`] = w;
  });
  // Editorial services (the ones people use most) first, as the related services do.
  const res = await cmsList('services', CardEntry, { locale, filters, fields: ['name', 'slug', 'teaser'], populate: { onlineService: true }, sort: ['source:asc', 'name:asc', 'id:asc'], page, pageSize }, [TAG]);
  return { services: res.data.map(toCard), pageCount: res.meta.pagination?.pageCount ?? 1, total: res.meta.pagination?.total ?? res.data.length };
}
