import { z } from 'zod';
import type { SearchParams as MeiliSearchParams } from 'meilisearch';
import { searchTypes } from './documents.js';

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(10));

const token = z.string().trim().min(1).max(80).regex(/^[\p{L}\p{N} _.-]+$/u, 'enthält unzulässige Zeichen');

/** `GET /api/search` query. Repeated keys (type=a&type=b) arrive as arrays. */
export const SearchQuery = z.object({
  q: z.string().max(200, 'q: höchstens 200 Zeichen').default(''),
  type: many(z.enum(searchTypes)),
  locale: z.enum(['de', 'en']).default('de'),
  audience: many(token),
  topic: many(token),
  lebenslage: many(token),
  online: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
  page: z.coerce.number().int().min(1).max(500).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  /** One result per LeiKa object (`leika`, its variants counted), or every variant (`none`). */
  groupBy: z.enum(['leika', 'none']).default('leika'),
  /** The variants of one LeiKa object (a group's "+ 12 Varianten" link). */
  variantsOf: z.string().regex(/^leika-\d{8}$/, 'variantsOf: eine LeiKa-Objektgruppe wie leika-99093003').optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Turn URLSearchParams into the shape SearchQuery parses (repeatable keys as arrays). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const anyOf = (field: string, values: string[]) =>
  values.length ? [`${field} IN [${values.map(quote).join(', ')}]`] : [];

/**
 * Meilisearch does not escape the text around its highlight tags, so it marks matches with
 * control characters that never occur in content; they become <mark> only after escaping.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Text with marked matches, as segments a template renders without innerHTML. */
export function markedSegments(text: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  for (const part of text.split(MARK_START)) {
    const [inside, after] = part.includes(MARK_END) ? part.split(MARK_END, 2) : [undefined, part];
    if (inside) out.push({ text: inside, match: true });
    if (after) out.push({ text: after, match: false });
  }
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Escaped HTML with <mark> around matches: the API's `highlight`. */
export function markedToHtml(text: string): string {
  return markedSegments(text)
    .map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

export const facetNames = ['type', 'audiences', 'topics', 'lebenslagen', 'online'] as const;

export function buildSearchRequest(q: SearchQuery): MeiliSearchParams {
  const filter = [
    `locale = ${quote(q.locale)}`,
    ...anyOf('type', q.type),
    ...anyOf('audiences', q.audience),
    ...anyOf('topics', q.topic),
    ...anyOf('lebenslagen', q.lebenslage),
    ...(q.online ? ['online = true'] : []),
    ...(q.variantsOf ? [`group = ${quote(q.variantsOf)}`] : []),
  ];
  return {
    filter,
    ...(q.groupBy === 'leika' && !q.variantsOf ? { distinct: 'group' } : {}),
    page: q.page,
    hitsPerPage: q.limit,
    facets: [...facetNames],
    attributesToHighlight: ['title', 'summary'],
    attributesToCrop: ['summary'],
    cropLength: 40,
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    // Lists of one query are merged by it (English results and German-only services).
    showRankingScore: true,
  };
}
