import { bestBetKey, buildSearchRequest, countWords, createSearchClient, ENOUGH_HITS, facetNames, relaxedWords, SearchDocument, understandQuery, type SearchQuery } from '@dsh/search';
import type { Site } from '@dsh/content-model';
import { closest, distance } from 'fastest-levenshtein';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { env } from '@/env';
import { countSearch } from '@/lib/search-analytics';

let client: ReturnType<typeof createSearchClient> | undefined;
function search() {
  const e = env();
  return (client ??= createSearchClient({ url: e.MEILI_URL, apiKey: e.MEILI_SEARCH_KEY, timeoutMs: 3_000 }));
}

export interface SearchHit {
  type: SearchDocument['type'];
  id: string;
  title: string;
  url: string;
  summary: string;
  highlight: string;
  leikaKey?: string;
  /** The LeiKa object (or the document itself) this hit stands for. */
  group?: string;
  /** Further matching variants of the same LeiKa object, grouped under this hit. */
  variants?: number;
  /** A best bet ITD11 pinned for this query ("Empfohlen"), shown first. */
  pinned?: boolean;
  /** In an English list: a service described in German only (the page is German). */
  germanOnly?: boolean;
  /** Meilisearch's ranking score (0–1), to merge lists of one query; not part of the API. */
  score?: number;
}

/** How the query was read, when that differs from what was typed: the page says so. */
export interface Interpretation {
  /** The words searched for ("Ergebnisse für …"). */
  searchedFor: string;
  /** Typed words that match nothing and were left out. */
  withoutMatch: string[];
  /** Not every word had to match (the strict search found too little). */
  relaxed: boolean;
}

export interface SearchResult {
  query: string;
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Record<string, Record<string, number>>;
  interpretation?: Interpretation;
}

/** Meilisearch's answer for page-based search, parsed rather than trusted. */
const Response = z.object({
  hits: z.array(z.unknown()),
  totalHits: z.number().int(),
  totalPages: z.number().int(),
  page: z.number().int(),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  processingTimeMs: z.number().optional(),
});

const Hit = SearchDocument.extend({
  _formatted: z.object({ title: z.string().optional(), summary: z.string().optional() }).partial().optional(),
  _rankingScore: z.number().optional(),
});

function toHit(h: z.infer<typeof Hit>, site: Site): SearchHit {
  return {
    type: h.type,
    id: h.documentId,
    title: h.title,
    url: hitUrl(h, site),
    summary: h.summary,
    /** Summary with matches between MARK_START and MARK_END (see markedSegments). */
    highlight: h._formatted?.summary ?? h.summary,
    ...(h.leikaKey ? { leikaKey: h.leikaKey } : {}),
    ...(h.group ? { group: h.group } : {}),
    ...(h._rankingScore !== undefined ? { score: h._rankingScore } : {}),
  };
}

/** A hit's link: relative on its own site, absolute when it lives on the other one. */
export function hitUrl(doc: { site: Site; path: string }, currentSite: Site): string {
  if (doc.site === currentSite) return doc.path;
  const e = env();
  return new URL(doc.path, doc.site === 'service' ? e.SERVICE_ORIGIN : e.DIGITAL_ORIGIN).toString();
}

export class SearchUnavailableError extends Error {}

/**
 * Identical searches within SEARCH_CACHE_SECONDS share one Meilisearch query, and identical
 * searches in flight share one request: the day a new online service is announced, thousands
 * type the same words. Short, so a publish reaches search results within the publish-to-live
 * goal even when the cache was filled just before the index changed; emptied on every
 * revalidation too. A failed query is not kept.
 */
// Process-wide, like the search budgets (search-limits.ts): the revalidate route, the search
// page and server.mjs's fast path come from different bundles and must empty one cache.
const CACHE = Symbol.for('dsh.web.search-cache');
type Slot = typeof globalThis & { [CACHE]?: LRUCache<string, Promise<SearchResult>> };
function searchCache() {
  const ttl = env().SEARCH_CACHE_SECONDS * 1000;
  const slot = globalThis as Slot;
  return ttl > 0 ? (slot[CACHE] ??= new LRUCache<string, Promise<SearchResult>>({ max: 2_000, ttl })) : undefined;
}

/** Called when the CMS revalidates: the next searches ask Meilisearch again. */
export function forgetSearches(): void {
  (globalThis as Slot)[CACHE]?.clear();
}

function cached(key: unknown[], run: () => Promise<SearchResult>): Promise<SearchResult> {
  const cache = searchCache();
  if (!cache) return run();
  const k = JSON.stringify(key);
  const hit = cache.get(k);
  if (hit) return hit;
  const pending = run();
  cache.set(k, pending);
  pending.catch(() => cache.delete(k));
  return pending;
}

/** `relax: false`: every word required, no fallback (see searchWithGerman). */
export function runSearch(q: SearchQuery, site: Site, { relax = true } = {}): Promise<SearchResult> {
  return cached([site, q, relax], () => understoodSearch(q, site, q.locale, relax));
}

/**
 * A search in the visitor's language, and for English visitors of services also the matches
 * among the services described in German only. The English fallback (not every word needed)
 * runs only when the German text has nothing either: "speeding fine" should lead to the German
 * Bußgeld service, not to any English page that says "fine".
 */
export async function searchWithGerman(q: SearchQuery, site: Site): Promise<{ result: SearchResult; germanOnly: SearchResult | null }> {
  // Best bets are looked up beside the search, and only for the first page of a typed query.
  const first = q.page === 1 && q.q.trim() !== '' && !q.variantsOf;
  const pins = first ? bestBets(q, site).catch(() => []) : Promise.resolve([]);
  const answer = await searchInLanguages(q, site);
  const result = withPins(answer.result, await pins);
  // Counted once the answer stands (search analytics): the query, and whether it found anything.
  if (first) countSearch(site, q.locale, q.q, result.total + (answer.germanOnly?.total ?? 0));
  return { result, germanOnly: answer.germanOnly };
}

/** The same in both languages, uncounted: the header's suggestions. */
export async function suggestSearch(q: SearchQuery, site: Site): Promise<SearchResult> {
  const { result } = await searchInLanguages(q, site);
  return { ...result, hits: result.hits.slice(0, q.limit) };
}

async function searchInLanguages(q: SearchQuery, site: Site): Promise<{ result: SearchResult; germanOnly: SearchResult | null }> {
  const wantsGerman = q.locale === 'en' && q.q.trim() !== '' && (!q.type.length || q.type.includes('service'));
  if (!wantsGerman) return { result: await runSearch(q, site), germanOnly: null };
  // The German one is an extra: when it fails, the English results still show.
  const [strict, germanOnly] = await Promise.all([runSearch(q, site, { relax: false }), germanOnlyServices(q, site).catch(() => null)]);
  const english = strict.total >= ENOUGH_HITS || (germanOnly?.total ?? 0) > 0 ? strict : await runSearch(q, site);
  return { result: q.page === 1 && germanOnly ? withGerman(english, germanOnly.hits) : english, germanOnly };
}

/**
 * One English list: the German-only services among the English results by how well they match
 * (Meilisearch's ranking score of the same query), marked as German. A service that has an
 * English page is never one of them. Only the first page mixes; later pages are English.
 */
function withGerman(english: SearchResult, german: SearchHit[]): SearchResult {
  if (!german.length) return english;
  // Without a variants link: that list is the German search's (linked below the list).
  const marked = german.map(({ variants: _v, ...h }) => ({ ...h, germanOnly: true }));
  // Pinned hits stay first; the rest by score, English first among equals (sort is stable).
  const pinned = english.hits.filter((h) => h.pinned);
  const rest = [...english.hits.filter((h) => !h.pinned), ...marked].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  return { ...english, total: english.total + marked.length, hits: [...pinned, ...rest] };
}

/** The pinned hits first, each once; the total counts a pinned page the search did not find. */
function withPins(result: SearchResult, pins: SearchHit[]): SearchResult {
  if (!pins.length) return result;
  const pinned = new Set(pins.map((p) => p.id));
  const rest = result.hits.filter((h) => !pinned.has(h.id));
  const added = pins.length - (result.hits.length - rest.length);
  return { ...result, total: result.total + Math.max(0, added), hits: [...pins, ...rest] };
}

const BestBetKeys = z.object({ facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional() });
/** The facet lists at most this many keys (indexSettings.faceting); beyond it, every search asks. */
const FACET_VALUES = 100;

/**
 * Which query keys have best bets at all, kept for a second (like the search cache): most
 * searches have none, and then cost no second request. Published best bets show within it.
 */
const KEYS = Symbol.for('dsh.web.best-bet-keys');
type KeySlot = typeof globalThis & { [KEYS]?: { at: number; keys: Promise<Set<string> | 'all'> } };
function bestBetKeys(): Promise<Set<string> | 'all'> {
  const slot = globalThis as KeySlot;
  const now = Date.now();
  const held = slot[KEYS];
  if (held && now - held.at < 1000) return held.keys;
  const keys = search()
    .index(env().MEILI_INDEX)
    .search('', { facets: ['bestFor'], limit: 0 })
    .then((raw) => {
      const values = Object.keys(BestBetKeys.parse(raw).facetDistribution?.bestFor ?? {});
      return values.length >= FACET_VALUES ? ('all' as const) : new Set(values);
    });
  keys.catch(() => {
    if (slot[KEYS]?.keys === keys) slot[KEYS] = undefined;
  });
  slot[KEYS] = { at: now, keys };
  return keys;
}

/** The pages ITD11 pinned for this query (its best-bet key), within the query's filters. */
async function bestBets(q: SearchQuery, site: Site): Promise<SearchHit[]> {
  const key = bestBetKey(q.q, q.locale);
  if (!key) return [];
  const keys = await bestBetKeys();
  if (keys !== 'all' && !keys.has(key)) return [];
  const request = buildSearchRequest({ ...q, groupBy: 'none' });
  const { page: _p, hitsPerPage: _h, distinct: _d, facets: _f, filter, ...display } = request;
  const found = HitList.parse(await search().index(env().MEILI_INDEX).search('', { ...display, filter: [...(filter as string[]), `bestFor = ${JSON.stringify(key)}`], limit: 3 }));
  return found.hits.map((raw) => ({ ...toHit(Hit.parse(raw), site), pinned: true }));
}

/**
 * The query pipeline of packages/search (understand.ts): the typed words without filler,
 * every remaining word required; when that finds fewer than a handful, the words that match
 * nothing are replaced by their compound parts or left out and the rest need not all match
 * (Meilisearch's `frequency` strategy: the rarest words count most). The answer says what
 * was searched for whenever that is not what was typed.
 */
async function understoodSearch(q: SearchQuery, site: Site, language: 'de' | 'en' = q.locale, relax = true, preferWritten = true): Promise<SearchResult> {
  const understood = understandQuery(q.q, language);
  if (!understood.words.length) return querySearch(q, site, undefined, preferWritten);
  // Long queries are the ones that fall back: their word counts are asked for beside the strict
  // search (Meilisearch answers both at once on two cores) instead of after it.
  const toCount = countWords(understood);
  const early = relax && toCount.length > 2 ? wordCounts(toCount, q) : null;
  early?.catch(() => {});
  const strict = await querySearch({ ...q, q: understood.text }, site, 'all', preferWritten);
  const interpretation = (searchedFor: string, withoutMatch: string[], relaxed: boolean): Interpretation | undefined =>
    searchedFor !== q.q.trim().toLowerCase() || withoutMatch.length || relaxed ? { searchedFor, withoutMatch, relaxed } : undefined;
  const asStrict = { ...strict, query: q.q, interpretation: understood.rewritten ? interpretation(understood.text, [], false) : undefined };
  if (strict.total >= ENOUGH_HITS || !relax) return asStrict;
  const counts = await (early ?? wordCounts(toCount, q));
  const { words, withoutMatch } = relaxedWords(understood, counts);
  if (!words.length) return asStrict;
  // Meilisearch's `frequency` strategy (the rarest words count most) and, asked in the same
  // request, `last` with the rarest word first: each returns nothing for some queries whose words
  // do match on their own (multi-word synonyms), so the first that finds something is taken.
  const count = (w: string) => (Object.hasOwn(counts, w) ? (counts[w] ?? 0) : 0);
  const rarestFirst = [...words].sort((a, b) => count(a) - count(b)).join(' ');
  const { result: loose, text } = await firstFound(q, site, [
    { text: words.join(' '), strategy: 'frequency' },
    { text: rarestFirst, strategy: 'last' },
  ], preferWritten);
  if (loose.total <= strict.total && !withoutMatch.length) return asStrict;
  return { ...loose, query: q.q, interpretation: interpretation(text, withoutMatch, loose.total > strict.total) };
}

const HitList = z.object({ hits: z.array(z.unknown()) });
/** A written service stands for its group when it scores at least this share of the best variant. */
const WRITTEN_SCORE = 0.95;
const GroupCounts = z.object({
  hits: z.array(z.object({ documentId: z.string(), group: z.string().optional(), text: z.string().optional(), _rankingScore: z.number().optional() })),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

/**
 * Grouped results: for the LeiKa objects on the page, how many matching documents each has and
 * which one stands for it. Meilisearch keeps the best-ranked variant of a group; a service the
 * editors wrote in full (it has a description) is shown instead when it is among the group's
 * matches, so a catalogue variant never hides the page that helps. One request for the page; a
 * hit with more than one match shows "+ N Varianten", a link to all of them.
 */
async function groupVariants(q: SearchQuery, site: Site, hits: SearchHit[], matchingStrategy?: Strategy, preferWritten = true): Promise<SearchHit[]> {
  const groups = [...new Set(hits.map((h) => h.group).filter((g): g is string => Boolean(g?.startsWith('leika-'))))];
  if (q.groupBy !== 'leika' || q.variantsOf || !groups.length) return hits;
  const index = search().index(env().MEILI_INDEX);
  const request = buildSearchRequest({ ...q, groupBy: 'none' });
  const filter = request.filter as string[];
  let res: z.infer<typeof GroupCounts>;
  try {
    // Ids in rank order and the counts only: catalogue variants have no text, so this stays small.
    res = GroupCounts.parse(
      await index.search(q.q, {
        filter: [...filter, `group IN [${groups.map((g) => JSON.stringify(g)).join(', ')}]`],
        facets: ['group'],
        limit: 400,
        attributesToRetrieve: ['documentId', 'group', 'text'],
        showRankingScore: true,
        ...(matchingStrategy ? { matchingStrategy } : {}),
      }),
    );
  } catch (err) {
    throw new SearchUnavailableError((err as Error).message);
  }
  const counts = res.facetDistribution?.group ?? {};
  // Per group, the best-ranked service written in full, where it is not the hit already and
  // matches nearly as well as the best variant: "auto abmelden" shows the deregistration
  // variant, not "Fahrzeug zulassen" with the deregistration among its variants.
  const written = new Map<string, string>();
  const best = new Map<string, number>();
  for (const c of res.hits) {
    if (!c.group || !preferWritten) continue;
    if (!best.has(c.group)) best.set(c.group, c._rankingScore ?? 0);
    if (c.text?.trim() && !written.has(c.group) && (c._rankingScore ?? 0) >= (best.get(c.group) ?? 0) * WRITTEN_SCORE) written.set(c.group, c.documentId);
  }
  const swap = hits.filter((h) => h.group && written.has(h.group) && written.get(h.group) !== h.id).map((h) => written.get(h.group!)!);
  const replacements = new Map<string, SearchHit>();
  if (swap.length) {
    try {
      const { filter: _f, page: _p, hitsPerPage: _h, distinct: _d, facets: _x, ...display } = request;
      const found = HitList.parse(await index.search(q.q, { ...display, filter: [...filter, `documentId IN [${swap.map((id) => JSON.stringify(id)).join(', ')}]`], limit: swap.length, ...(matchingStrategy ? { matchingStrategy } : {}) }));
      for (const raw of found.hits) {
        const h = toHit(Hit.parse(raw), site);
        replacements.set(h.id, h);
      }
    } catch (err) {
      throw new SearchUnavailableError((err as Error).message);
    }
  }
  return hits.map((h) => {
    if (!h.group || !Object.hasOwn(counts, h.group)) return h;
    const shown = replacements.get(written.get(h.group) ?? '') ?? h;
    const variants = (counts[h.group] ?? 1) - 1;
    return variants > 0 ? { ...shown, variants } : shown;
  });
}

const Counts = z.object({ results: z.array(z.object({ estimatedTotalHits: z.number().optional(), totalHits: z.number().optional() })) });

/** How many documents each word finds on its own (with the query's filters), in one request. */
async function wordCounts(words: string[], q: SearchQuery): Promise<Record<string, number>> {
  const filter = buildSearchRequest(q).filter;
  let raw: unknown;
  try {
    raw = await search().multiSearch({ queries: words.map((w) => ({ indexUid: env().MEILI_INDEX, q: w, filter, limit: 0 })) });
  } catch (err) {
    throw new SearchUnavailableError((err as Error).message);
  }
  const { results } = Counts.parse(raw);
  return Object.fromEntries(words.map((w, i) => [w, results[i]?.totalHits ?? results[i]?.estimatedTotalHits ?? 0]));
}

/**
 * For an English search: the services that match it in German and have no English description.
 * Most of the directory is written in German only (the LeiKa catalogue); an English visitor who
 * types "Fischereischein" or whose words match only German text must still find the service.
 * `total` counts every German service match (the German search it links to shows them all);
 * `hits` holds at most `limit` of those without an English version.
 */
export function germanOnlyServices(q: SearchQuery, site: Site, limit = 5): Promise<SearchResult> {
  // Grouped like every list: one hit per LeiKa object, or the ten variants of one object would
  // crowd out every other service.
  const german: SearchQuery = { ...q, locale: 'de', type: ['service'], page: 1, limit: 20, groupBy: 'leika' };
  return cached(['german-only', site, german, limit], async () => {
    // Meilisearch's best match of each object, not its written service: that one mostly has an
    // English page, and the German-only variant that matches ("Kraftfahrzeug Abmeldung") would be lost.
    const found = await understoodSearch(german, site, q.locale, true, false);
    if (!found.hits.length) return found;
    let english: unknown;
    try {
      english = await search()
        .index(env().MEILI_INDEX)
        .search('', {
          filter: [`locale = "en"`, `type = "service"`, `documentId IN [${found.hits.map((h) => JSON.stringify(h.id)).join(', ')}]`],
          attributesToRetrieve: ['documentId'],
          limit: found.hits.length,
        });
    } catch (err) {
      throw new SearchUnavailableError((err as Error).message);
    }
    const translated = new Set(EnglishIds.parse(english).hits.map((h) => h.documentId));
    return { ...found, hits: found.hits.filter((h) => !translated.has(h.id)).slice(0, limit) };
  });
}

const EnglishIds = z.object({ hits: z.array(z.object({ documentId: z.string() })) });

type Strategy = 'all' | 'last' | 'frequency';

/** One reading of the query (the filters of `q`, its text), grouped and counted. */
async function querySearch(q: SearchQuery, site: Site, matchingStrategy?: Strategy, preferWritten = true): Promise<SearchResult> {
  return (await firstFound(q, site, [{ text: q.q, strategy: matchingStrategy }], preferWritten)).result;
}

const Results = z.object({ results: z.array(z.unknown()) });

/** Several readings of one query in one request: the first that finds anything (or the last). */
async function firstFound(q: SearchQuery, site: Site, tries: { text: string; strategy?: Strategy }[], preferWritten = true): Promise<{ result: SearchResult; text: string }> {
  let raw: unknown;
  try {
    raw = await search().multiSearch({ queries: tries.map((t) => ({ indexUid: env().MEILI_INDEX, q: t.text, ...buildSearchRequest(q), ...(t.strategy ? { matchingStrategy: t.strategy } : {}) })) });
  } catch (err) {
    throw new SearchUnavailableError((err as Error).message);
  }
  const all = Results.parse(raw).results.map((r) => Response.parse(r));
  const i = Math.max(0, all.findIndex((r) => r.totalHits > 0));
  const chosen = tries[i]!;
  return { result: await answer({ ...q, q: chosen.text }, site, all[i]!, chosen.strategy, preferWritten), text: chosen.text };
}

async function answer(q: SearchQuery, site: Site, res: z.infer<typeof Response>, matchingStrategy?: Strategy, preferWritten = true): Promise<SearchResult> {
  const hits = await groupVariants(q, site, res.hits.map((raw) => toHit(Hit.parse(raw), site)), matchingStrategy, preferWritten);
  const facets = Object.fromEntries(facetNames.map((f) => [f, res.facetDistribution?.[f] ?? {}]));
  return {
    query: q.q,
    total: res.totalHits,
    page: res.page,
    pageCount: res.totalPages,
    hits,
    facets,
  };
}

/**
 * "Did you mean": for a query with no results, each word is replaced by the closest word of the
 * titles that share its first letters (edit distance, at most a third of the word), and the
 * suggestion is offered only if it finds something.
 */
export async function spellingSuggestion(q: SearchQuery): Promise<string | null> {
  try {
    return await suggestSpelling(q);
  } catch (err) {
    // Like the search itself: an engine that fails is "unavailable", never a crashed page.
    throw new SearchUnavailableError((err as Error).message);
  }
}

async function suggestSpelling(q: SearchQuery): Promise<string | null> {
  const words = q.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  if (!words.length) return null;
  const index = search().index(env().MEILI_INDEX);
  const fixed: string[] = [];
  for (const word of words) {
    if (word.length < 4) {
      fixed.push(word);
      continue;
    }
    // The first three characters, not UTF-16 units: half an emoji is a lone surrogate, which
    // Meilisearch refuses as malformed JSON.
    const res = await index.search([...word].slice(0, 3).join(''), { filter: [`locale = "${q.locale}"`], attributesToRetrieve: ['title', 'keywords'], limit: 100 });
    const candidates = new Set<string>();
    for (const hit of res.hits) {
      const text = [String(hit.title ?? ''), ...(Array.isArray(hit.keywords) ? hit.keywords.map(String) : [])].join(' ');
      for (const t of text.toLowerCase().match(/[a-zäöüß]{3,}/g) ?? []) candidates.add(t);
    }
    const best = closest(word, [...candidates]);
    fixed.push(best && distance(word, best) <= Math.max(1, Math.floor(word.length / 3)) ? best : word);
  }
  const suggestion = fixed.join(' ');
  if (suggestion === q.q.toLowerCase()) return null;
  const check = await index.search(suggestion, { filter: buildSearchRequest(q).filter, limit: 1 });
  return check.estimatedTotalHits || check.hits.length ? suggestion : null;
}
