export interface RateVerdict {
  ok: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the client's window ends (0 on its first hit). */
  retryAfterSeconds: number;
}

/**
 * A fixed-window limit per client key, in this process's memory: enough for one web process;
 * several replicas need a shared store (Redis), see the scale-out issue.
 *
 * `maxKeys` bounds the memory a flood of distinct keys can take (each forged X-Forwarded-For is
 * a new key): past it the oldest window is dropped, which at worst gives that client a fresh one.
 */
export function rateLimiter({ limit, windowMs, maxKeys = 50_000 }: { limit: number; windowMs: number; maxKeys?: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  let sweptAt = Number.NEGATIVE_INFINITY;
  return {
    /** Counts one hit; not ok when the client has used up its window. */
    take(key: string, now = Date.now()): RateVerdict {
      if (now - sweptAt > windowMs) {
        for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        sweptAt = now;
      }
      const cur = hits.get(key);
      if (!cur || cur.resetAt <= now) {
        hits.delete(key);
        // A Map iterates in insertion order: the first key is the oldest window.
        if (hits.size >= maxKeys) hits.delete(hits.keys().next().value as string);
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return { ok: limit >= 1, limit, remaining: Math.max(0, limit - 1), retryAfterSeconds: 0 };
      }
      cur.count++;
      return { ok: cur.count <= limit, limit, remaining: Math.max(0, limit - cur.count), retryAfterSeconds: Math.max(1, Math.ceil((cur.resetAt - now) / 1000)) };
    },
    /** How many clients currently hold a window (for tests). */
    get size() {
      return hits.size;
    },
  };
}

/**
 * The client's address: the first X-Forwarded-For entry, else X-Real-IP. Next fills
 * X-Forwarded-For with the peer's address when a request arrives without one; a value a client
 * sends itself is taken as it is, so in production the reverse proxy must overwrite it.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip') || 'unknown').slice(0, 100);
}
