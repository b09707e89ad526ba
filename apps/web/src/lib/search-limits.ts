import { env } from '@/env';
import { rateLimiter } from '@/lib/rate-limit';

// Created on the first request, not at import: `next build` loads the route modules without
// the runtime environment.
let search: ReturnType<typeof rateLimiter> | undefined;
let suggest: ReturnType<typeof rateLimiter> | undefined;

/** /api/search: SEARCH_RATE_LIMIT_PER_MINUTE per client. */
export const searchLimiter = () => (search ??= rateLimiter({ limit: env().SEARCH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }));

/** /api/search/suggest: twice the search budget, since the header box asks on every pause in typing. */
export const suggestLimiter = () => (suggest ??= rateLimiter({ limit: 2 * env().SEARCH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }));
