import { env } from '@/env';
import { rateLimiter } from '@/lib/rate-limit';

// One budget per client for the search page (proxy.ts) and the search endpoints (their routes,
// and server.mjs's fast path): Next bundles the proxy, the routes and instrumentation apart, so
// module state would be one copy per bundle; the process-wide slot makes it one.
// Created on the first request, not at import: `next build` loads the route modules without
// the runtime environment.
type Limits = { search?: ReturnType<typeof rateLimiter>; suggest?: ReturnType<typeof rateLimiter> };
const KEY = Symbol.for('dsh.web.search-limits');
const limits = (): Limits => {
  const slot = globalThis as typeof globalThis & { [KEY]?: Limits };
  return (slot[KEY] ??= {});
};

/** /api/search and the search page: SEARCH_RATE_LIMIT_PER_MINUTE per client. */
export const searchLimiter = () => (limits().search ??= rateLimiter({ limit: env().SEARCH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }));

/** /api/search/suggest: twice the search budget, since the header box asks on every pause in typing. */
export const suggestLimiter = () => (limits().suggest ??= rateLimiter({ limit: 2 * env().SEARCH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }));
