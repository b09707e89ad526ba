import { markedToHtml, SearchQuery, searchParamsToObject } from '@dsh/search';
import { z } from 'zod';
import { env } from '@/env';
import { badRequestAnswer, errorAnswer, type JsonAnswer, rateLimitHeaders, tooManyRequestsAnswer } from '@/lib/http';
import { clientKey } from '@/lib/rate-limit';
import { searchWithGerman, type SearchHit, SearchUnavailableError, suggestSearch } from '@/lib/search';
import { searchLimiter, suggestLimiter } from '@/lib/search-limits';
import { siteForHost } from '@/lib/site';

// The two search endpoints as functions of the query and the request headers. Next's route
// handlers call them, and so does server.mjs directly (see registerSearchFastPath): under load
// Next's request pipeline costs several times what a search does.

/** A hit as the API shows it: highlight as HTML, German-only ones marked, no internal score. */
function apiHit({ score: _score, ...h }: SearchHit) {
  return { ...h, highlight: markedToHtml(h.highlight), ...(h.germanOnly ? { lang: 'de' } : {}) };
}

/** GET /api/search: results with highlights, facets and pages. */
export async function searchAnswer(params: URLSearchParams, headers: Headers): Promise<JsonAnswer> {
  // Counted before anything else: a flood of malformed queries is a flood too.
  const budget = searchLimiter().take(clientKey(headers));
  if (!budget.ok) return tooManyRequestsAnswer(budget);
  const parsed = SearchQuery.safeParse(searchParamsToObject(params));
  if (!parsed.success) return badRequestAnswer(parsed.error, rateLimitHeaders(budget));
  const site = siteForHost(headers.get('host'), env().SERVICE_HOSTS);
  try {
    // English visitors find the directory's German-only services too, marked as such (as on the page).
    const { result: r, germanOnly: german } = await searchWithGerman(parsed.data, site);
    return {
      status: 200,
      headers: { 'cache-control': 'public, max-age=30', ...rateLimitHeaders(budget) },
      body: {
        query: r.query,
        total: r.total,
        page: r.page,
        pageCount: r.pageCount,
        hits: r.hits.map(apiHit),
        facets: r.facets,
        // What was searched for when that is not what was typed (filler dropped, a fallback).
        interpretation: r.interpretation ?? null,
        // Also listed among `hits` on the first page, by how well they match.
        ...(german ? { germanOnly: { total: german.total, hits: german.hits.map((h) => apiHit({ ...h, germanOnly: true })) } } : {}),
      },
    };
  } catch (err) {
    if (err instanceof SearchUnavailableError) {
      return errorAnswer(503, 'search_unavailable', 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.');
    }
    throw err;
  }
}

const SuggestQuery = z.object({
  q: z.string().trim().min(1, 'q: mindestens 1 Zeichen').max(200, 'q: höchstens 200 Zeichen'),
  locale: z.enum(['de', 'en']).default('de'),
});

/** GET /api/search/suggest: a few titles with their links for the header's search box. */
export async function suggestAnswer(params: URLSearchParams, headers: Headers): Promise<JsonAnswer> {
  const budget = suggestLimiter().take(clientKey(headers));
  if (!budget.ok) return tooManyRequestsAnswer(budget);
  const parsed = SuggestQuery.safeParse({ q: params.get('q') ?? '', locale: params.get('locale') ?? undefined });
  if (!parsed.success) return badRequestAnswer(parsed.error, rateLimitHeaders(budget));
  const site = siteForHost(headers.get('host'), env().SERVICE_HOSTS);
  try {
    // The same pipeline as the results page: English visitors are offered German-only services too.
    const r = await suggestSearch({ q: parsed.data.q, locale: parsed.data.locale, type: [], audience: [], topic: [], lebenslage: [], online: false, page: 1, limit: 6, groupBy: 'leika' }, site);
    return {
      status: 200,
      headers: { 'cache-control': 'public, max-age=60', ...rateLimitHeaders(budget) },
      body: { query: r.query, suggestions: r.hits.map((h) => ({ type: h.type, title: h.title, url: h.url, ...(h.germanOnly ? { lang: 'de' } : {}) })) },
    };
  } catch (err) {
    if (err instanceof SearchUnavailableError) return errorAnswer(503, 'search_unavailable', 'Die Suche ist gerade nicht erreichbar.');
    throw err;
  }
}

/** The key server.mjs looks up; a Symbol.for key is the same in every module graph of the process. */
const FAST_PATH = Symbol.for('dsh.web.search-api');

/**
 * Offers both endpoints to server.mjs, which then answers them without Next's pipeline (same
 * functions, same budget and cache as the search page). Called once at start (instrumentation).
 */
export function registerSearchFastPath(): void {
  Object.assign(globalThis, { [FAST_PATH]: { '/api/search': searchAnswer, '/api/search/suggest': suggestAnswer } });
}
