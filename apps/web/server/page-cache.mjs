// A short-lived copy of the pages Next serves from its ISR cache, kept in front of Next.
//
// Why: a page Next answers from its cache still costs its whole request pipeline (proxy,
// route matching, cache lookup, response assembly): under load a cached service page managed
// about a third of the requests per second of Next's empty 404 page. A reverse proxy's
// micro-cache (nginx `proxy_cache_valid 1s`) is the usual cure; this is the same thing inside
// the app's own server, so every deployment gets it and it can be emptied the moment the CMS
// revalidates.
//
// What is kept: GET answers with status 200, HTML, that Next itself marked as coming from its
// page cache (x-nextjs-cache), without Set-Cookie, for `ttlMs` (1 s by default). The body is
// kept as Next wrote it, with the CSP placeholder nonce: each answer still gets its own nonce
// and compression on the way out. Never kept or answered from here: draft-mode visitors
// (their cookie), the router's RSC and prefetch requests (Vary), server actions, anything else.
//
// Consistency: a revalidation through this process empties the copy at once; with Redis, the
// replica that was revalidated tells the others on a channel, so no replica serves a page
// older than the publish for longer than the channel takes (and never longer than `ttlMs`,
// even with Redis away).
import { LRUCache } from 'lru-cache';
import { DRAFT_COOKIE, toBuffer } from './security.mjs';

/** Request headers that make Next answer with something other than the page's HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
/** What of Next's answer is replayed; everything else is per response (set by server.mjs). */
const KEPT_HEADERS = ['content-type', 'vary', 'content-language', 'link', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time'];
const FROM_NEXT_CACHE = new Set(['HIT', 'STALE', 'MISS', 'REVALIDATED']);

/**
 * @param {{ ttlMs: number, maxBytes?: number, maxEntryBytes?: number }} o
 */
export function pageCache({ ttlMs, maxBytes = 64 * 1024 * 1024, maxEntryBytes = 2 * 1024 * 1024 }) {
  const entries = ttlMs > 0 ? new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => e.body.length + 512, ttl: ttlMs }) : undefined;
  // Bumped by clear(): an answer that was being rendered when the cache was emptied belongs to
  // the time before the revalidation and must not be stored after it.
  let generation = 0;

  /** The key for a request that may be answered from the copy, else undefined. */
  function keyFor(req) {
    if (!entries || (req.method !== 'GET' && req.method !== 'HEAD')) return undefined;
    for (const h of ROUTER_HEADERS) if (req.headers[h] !== undefined) return undefined;
    // A draft-mode visitor sees drafts, never a shared copy.
    if (DRAFT_COOKIE.test(req.headers.cookie ?? '')) return undefined;
    const url = req.url ?? '/';
    if (url.includes('_rsc=')) return undefined;
    return `${String(req.headers.host ?? '').toLowerCase()} ${url}`;
  }

  return {
    keyFor,

    /** Answers `res` from the copy and returns true, or returns false when there is none. */
    serve(key, req, res) {
      const hit = key === undefined ? undefined : entries?.get(key);
      if (!hit) return false;
      res.statusCode = 200;
      for (const [k, v] of hit.headers) res.setHeader(k, v);
      res.setHeader('x-page-cache', 'HIT');
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return true;
    },

    /**
     * Watches Next's answer to a GET and keeps it when it qualifies. Install it after the nonce
     * rewrite and compression, so it keeps the page with its placeholder nonce, uncompressed
     * (and, installed before server/client-runtime.mjs, already without Next's scripts).
     */
    capture(key, req, res) {
      if (key === undefined || req.method !== 'GET') return;
      const startedIn = generation;
      const chunks = [];
      let size = 0;
      let tooBig = false;
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      const keep = (chunk, encoding) => {
        if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
        const buf = toBuffer(chunk, encoding);
        size += buf.length;
        if (size > maxEntryBytes) {
          tooBig = true;
          chunks.length = 0;
        } else chunks.push(Buffer.from(buf));
      };
      res.write = function capturedWrite(chunk, encoding, cb) {
        keep(chunk, encoding);
        return write(chunk, encoding, cb);
      };
      res.end = function capturedEnd(chunk, encoding, cb) {
        keep(chunk, encoding);
        const result = end(chunk, encoding, cb);
        if (!tooBig && startedIn === generation && qualifies(res)) {
          const headers = KEPT_HEADERS.map((h) => [h, res.getHeader(h)]).filter(([, v]) => v !== undefined);
          entries.set(key, { headers, body: Buffer.concat(chunks) });
        }
        return result;
      };
    },

    /** Forgets every copy (after a revalidation). */
    clear() {
      generation++;
      entries?.clear();
    },

    get size() {
      return entries?.size ?? 0;
    },
  };
}

function qualifies(res) {
  if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return false;
  if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return false;
  return FROM_NEXT_CACHE.has(String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase());
}
