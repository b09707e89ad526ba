import { analyticsQuery } from '@dsh/search';
import type { Locale, Site } from '@dsh/content-model';
import { z } from 'zod';
import { env } from '@/env';

/*
 * Search analytics, counted here and delivered to the CMS in batches (ITD11 reads them in the
 * admin's "Suchanalyse"). What is kept: the query as the pipeline reads it, the site, the
 * language, whether it found anything, which result position was opened. Not kept: IP
 * addresses, user agents, cookies, times (the CMS files a delivery under its ISO week), and
 * queries that may carry personal data (analyticsQuery drops them before anything is counted).
 * A delivery that fails is kept for the next one; counts are lost only when the process dies,
 * which costs a few seconds of figures, never a visitor's request.
 */

interface Entry {
  site: Site;
  language: Locale;
  query: string;
  searches: number;
  zeroResults: number;
  clicks: number;
  positions: Record<string, number>;
}

// Process-wide: the search page, the API route and server.mjs's fast path are separate bundles.
const SLOT = Symbol.for('dsh.web.search-analytics');
type State = { pending: Map<string, Entry>; timer?: NodeJS.Timeout; flushing?: Promise<void> };
type Slot = typeof globalThis & { [SLOT]?: State };

/** Upper bound of distinct queries held between deliveries: a flood of random words is dropped, not stored. */
const MAX_PENDING = 5_000;

function state(): State | undefined {
  const seconds = env().SEARCH_ANALYTICS_SECONDS;
  if (!seconds) return undefined;
  const slot = globalThis as Slot;
  if (!slot[SLOT]) {
    const s: State = { pending: new Map() };
    s.timer = setInterval(() => void flushSearchStats(), seconds * 1000);
    s.timer.unref();
    slot[SLOT] = s;
  }
  return slot[SLOT];
}

function entry(site: Site, language: Locale, q: string): Entry | undefined {
  const s = state();
  const query = analyticsQuery(q, language);
  if (!s || !query) return undefined;
  const key = `${site}\u0000${language}\u0000${query}`;
  let e = s.pending.get(key);
  if (!e) {
    if (s.pending.size >= MAX_PENDING) return undefined;
    e = { site, language, query, searches: 0, zeroResults: 0, clicks: 0, positions: {} };
    s.pending.set(key, e);
  }
  return e;
}

/** A search someone ran (first page only: paging is the same search). */
export function countSearch(site: Site, language: Locale, q: string, total: number): void {
  const e = entry(site, language, q);
  if (!e) return;
  e.searches += 1;
  if (total === 0) e.zeroResults += 1;
}

/** A result someone opened, by its position in the list (1 = first). */
export function countClick(site: Site, language: Locale, q: string, position: number): void {
  const e = entry(site, language, q);
  if (!e) return;
  e.clicks += 1;
  e.positions[String(position)] = (e.positions[String(position)] ?? 0) + 1;
}

/** Delivers what was counted since the last delivery; on failure it stays for the next. */
export function flushSearchStats(): Promise<void> {
  const s = (globalThis as Slot)[SLOT];
  if (!s || !s.pending.size) return Promise.resolve();
  if (s.flushing) return s.flushing;
  const batch = [...s.pending.values()].slice(0, 1000);
  for (const e of batch) s.pending.delete(`${e.site}\u0000${e.language}\u0000${e.query}`);
  const e = env();
  s.flushing = fetch(new URL('/api/search-stats/intake', e.CMS_URL), {
    method: 'POST',
    headers: { authorization: `Bearer ${e.FORM_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ entries: batch }),
    signal: AbortSignal.timeout(10_000),
  })
    .then(async (res) => {
      // A refused batch (400) would be refused again: it is dropped. Anything else is retried.
      if (!res.ok && res.status !== 400) throw new Error(`CMS answered ${res.status}`);
      if (res.status === 400) console.error(`search analytics: CMS refused a delivery: ${await res.text()}`);
    })
    .catch((err: Error) => {
      for (const b of batch) {
        const key = `${b.site}\u0000${b.language}\u0000${b.query}`;
        const now = s.pending.get(key);
        if (!now) s.pending.set(key, b);
        else {
          now.searches += b.searches;
          now.zeroResults += b.zeroResults;
          now.clicks += b.clicks;
          for (const [p, n] of Object.entries(b.positions)) now.positions[p] = (now.positions[p] ?? 0) + n;
        }
      }
      console.error(`search analytics: delivery failed, kept for the next: ${err.message}`);
    })
    .finally(() => {
      s.flushing = undefined;
    });
  return s.flushing;
}

/**
 * A result link on the search page goes through /api/search/click, which counts the click and
 * sends the visitor on (303). Only addresses of the two sites are followed, so the route is no
 * open redirect.
 */
export const ClickQuery = z.object({
  q: z.string().trim().min(1, 'q: mindestens 1 Zeichen').max(200, 'q: höchstens 200 Zeichen'),
  locale: z.enum(['de', 'en']).default('de'),
  pos: z.coerce.number().int().min(1, 'pos: ab 1').max(1000, 'pos: höchstens 1000'),
  to: z.string().min(1).max(2000),
});

/** The address to send a click on to, or undefined when it is not a page of the two sites. */
export function clickTarget(to: string): string | undefined {
  // A path of this site: "/x", never "//host" or "/\\host" (both leave the site in browsers).
  if (/^\/(?![/\\])[^\s\\]*$/.test(to)) return to;
  try {
    const url = new URL(to);
    const e = env();
    const allowed = [new URL(e.DIGITAL_ORIGIN).origin, new URL(e.SERVICE_ORIGIN).origin];
    return allowed.includes(url.origin) && !url.username && !url.password ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The link of a result on the search page: through the click counter. */
export function clickHref(locale: Locale, q: string, position: number, to: string): string {
  return `/api/search/click?${new URLSearchParams({ q, locale, pos: String(position), to })}`;
}
