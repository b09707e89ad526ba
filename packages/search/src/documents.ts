import { z } from 'zod';
import { compoundParts } from './decompound.js';
import {
  articleText,
  blocksToText,
  type ArticleEntry,
  type campaignType,
  type eventType,
  type Locale,
  type projectType,
  type serviceType,
  type Site,
} from '@dsh/content-model';

type Entry<T extends { entry: z.ZodType }> = z.infer<T['entry']>;
export type ServiceEntry = Entry<typeof serviceType>;
export type ProjectEntry = Entry<typeof projectType>;
export type EventEntry = Entry<typeof eventType>;
export type CampaignEntry = Entry<typeof campaignType>;

export const searchTypes = ['service', 'project', 'article', 'event', 'campaign'] as const;
export type SearchType = (typeof searchTypes)[number];

/** One published document in one locale, as Meilisearch holds it. No internal fields. */
export const SearchDocument = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  type: z.enum(searchTypes),
  documentId: z.string(),
  locale: z.enum(['de', 'en']),
  site: z.enum(['digital', 'service']),
  path: z.string().startsWith('/'),
  title: z.string(),
  summary: z.string(),
  text: z.string(),
  keywords: z.array(z.string()),
  /** Parts of the compound words in title, keywords and summary (see decompound.ts). */
  parts: z.array(z.string()),
  audiences: z.array(z.string()),
  topics: z.array(z.string()),
  lebenslagen: z.array(z.string()),
  online: z.boolean(),
  leikaKey: z.string().nullable(),
  /**
   * One result per LeiKa object: a service's first 8 key digits (the Leistungsobjekt; its
   * variants differ in the Verrichtung and its detail), anything else its own id. Optional
   * only for documents indexed before it existed (the CMS rebuilds such an index at start).
   */
  group: z.string().optional(),
  /** Query keys (bestBetKey) this document is pinned for as a best bet: set by the CMS's sync. */
  bestFor: z.array(z.string()).optional(),
  date: z.number().int().nullable(),
});
export type SearchDocument = z.infer<typeof SearchDocument>;

/** The field every document of the current mapping has: an index without it is rebuilt. */
export const MAPPING_FIELD = 'bestFor';

/** "leika-99093003" for a 14-digit LeiKa key, else the document's own id. */
export function groupOf(id: string, leikaKey: string | null | undefined): string {
  return leikaKey && /^\d{14}$/.test(leikaKey) ? `leika-${leikaKey.slice(0, 8)}` : id;
}

export function documentKey(type: SearchType, documentId: string, locale: Locale): string {
  return `${type}-${documentId}-${locale}`;
}

/** Path of a page inside its site, with the locale prefix German omits. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'de' ? path : `/${locale}${path === '/' ? '' : path}`;
}

export const typeSite: Record<SearchType, Site> = {
  service: 'service',
  project: 'digital',
  article: 'digital',
  event: 'digital',
  campaign: 'digital',
};

/** Section of each type inside its site. */
export const typePath: Record<SearchType, string> = {
  service: '/services',
  project: '/projects',
  article: '/news',
  event: '/events',
  campaign: '/campaigns',
};

/** Text of sanitised HTML, for the index. */
export function htmlToText(html: string | null | undefined): string {
  return (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const keys = (refs: { key?: unknown; slug?: unknown }[] | null | undefined, field: 'key' | 'slug') =>
  (refs ?? []).map((r) => r[field]).filter((v): v is string => typeof v === 'string');

const truncate = (text: string, max = 300) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1) > 0 ? text.lastIndexOf(' ', max - 1) : max)} …`);

const base = (type: SearchType, e: { documentId: string; slug: string }, locale: Locale) => ({
  id: documentKey(type, e.documentId, locale),
  type,
  documentId: e.documentId,
  locale,
  site: typeSite[type],
  path: localePath(locale, `${typePath[type]}/${e.slug}`),
});

export function serviceDocument(e: ServiceEntry, locale: Locale): SearchDocument {
  const description = htmlToText(e.description);
  const summary = e.teaser ?? truncate(description);
  const keywords = (e.keywords ?? '').split(/\n|,/).map((k) => k.trim()).filter(Boolean);
  return {
    ...base('service', e, locale),
    title: e.name,
    summary,
    text: [description, htmlToText(e.prerequisites), htmlToText(e.documents)].filter(Boolean).join('\n\n'),
    keywords,
    parts: locale === 'de' ? compoundParts(e.name, summary, ...keywords) : [],
    audiences: e.audience === 'both' ? ['citizens', 'businesses'] : [e.audience],
    topics: e.themenfeld ? [e.themenfeld] : [],
    lebenslagen: keys(e.lebenslagen, 'slug'),
    online: Boolean(e.onlineService?.url),
    leikaKey: e.leikaKey,
    group: groupOf(documentKey('service', e.documentId, locale), e.leikaKey),
    date: null,
  };
}

/** Projects, events, campaigns and articles: editorial pages with audiences and topics. */
function editorialDocument(
  type: Exclude<SearchType, 'service'>,
  e: { documentId: string; slug: string; audiences?: Record<string, unknown>[] | null; topics?: Record<string, unknown>[] | null },
  locale: Locale,
  content: { title: string; summary: string; text: string; date: string },
): SearchDocument {
  return {
    ...base(type, e, locale),
    ...content,
    keywords: [],
    parts: locale === 'de' ? compoundParts(content.title, content.summary) : [],
    audiences: keys(e.audiences, 'key'),
    topics: keys(e.topics, 'slug'),
    lebenslagen: [],
    online: false,
    leikaKey: null,
    group: documentKey(type, e.documentId, locale),
    date: Math.floor(Date.parse(content.date) / 1000),
  };
}

export function projectDocument(e: ProjectEntry, locale: Locale): SearchDocument {
  return editorialDocument('project', e, locale, { title: e.title, summary: e.summary, text: blocksToText(e.story), date: e.start });
}

export function eventDocument(e: EventEntry, locale: Locale): SearchDocument {
  const text = [blocksToText(e.description), e.organiser, e.venue?.name ?? '', e.venue?.city ?? ''].filter(Boolean).join('\n\n');
  return editorialDocument('event', e, locale, { title: e.title, summary: e.summary, text, date: e.start });
}

/** Only public fields: the campaign's budget and planning never reach the index. */
export function campaignDocument(e: CampaignEntry, locale: Locale): SearchDocument {
  // Campaigns have no topics.
  return editorialDocument('campaign', { ...e, topics: [] }, locale, { title: e.name, summary: e.slogan, text: blocksToText(e.intro), date: e.start });
}

export function articleDocument(e: ArticleEntry, locale: Locale): SearchDocument {
  return editorialDocument('article', e, locale, { title: e.title, summary: e.lead, text: articleText(e), date: e.date });
}
