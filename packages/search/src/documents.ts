import { z } from 'zod';
import { articleText, type ArticleEntry, type Locale, type Site } from '@dsh/content-model';

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
  audiences: z.array(z.string()),
  topics: z.array(z.string()),
  lebenslagen: z.array(z.string()),
  online: z.boolean(),
  leikaKey: z.string().nullable(),
  date: z.number().int().nullable(),
});
export type SearchDocument = z.infer<typeof SearchDocument>;

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

export function articleDocument(e: ArticleEntry, locale: Locale): SearchDocument {
  return {
    id: documentKey('article', e.documentId, locale),
    type: 'article',
    documentId: e.documentId,
    locale,
    site: 'digital',
    path: localePath(locale, `/news/${e.slug}`),
    title: e.title,
    summary: e.lead,
    text: articleText(e),
    keywords: [],
    audiences: [],
    topics: [],
    lebenslagen: [],
    online: false,
    leikaKey: null,
    date: Math.floor(Date.parse(e.date) / 1000),
  };
}
