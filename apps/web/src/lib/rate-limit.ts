/**
 * A fixed-window limit per client key, in this process's memory: enough for one web process;
 * several replicas need a shared store (Redis), see the scale-out issue.
 */
export function rateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  let sweptAt = Date.now();
  return {
    /** Counts one hit; false when the client has used up its window. */
    take(key: string, now = Date.now()): { ok: boolean; retryAfterSeconds: number } {
      if (now - sweptAt > windowMs) {
        for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        sweptAt = now;
      }
      const cur = hits.get(key);
      if (!cur || cur.resetAt <= now) {
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return { ok: true, retryAfterSeconds: 0 };
      }
      cur.count++;
      return { ok: cur.count <= limit, retryAfterSeconds: Math.ceil((cur.resetAt - now) / 1000) };
    },
  };
}

/** The client's address as the reverse proxy in front of us reports it, else a shared bucket. */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
