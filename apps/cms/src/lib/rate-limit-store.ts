import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { createClient } from '@redis/client';

interface LimitOptions {
  /** The window in milliseconds (koa2-ratelimit converts `{ min: 5 }` before calling a store). */
  interval: number;
}
interface Hit {
  counter: number;
  dateEnd: number;
}
interface StoreApi {
  incr(key: string, options: LimitOptions, weight: number): Promise<Hit>;
  decrement(key: string, options: LimitOptions, weight: number): Promise<void> | void;
  saveAbuse(): void;
}
type StoreClass = new () => StoreApi;

/**
 * koa2-ratelimit is a dependency of Strapi's admin, not ours, and the admin checks the store
 * with `instanceof` its own Store class: load the copy the admin itself loads.
 */
function koa2RateLimit(): { Stores: { Store: StoreClass; Memory: StoreClass } } {
  const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
  const fromAdmin = createRequire(fromStrapi.resolve('@strapi/admin/strapi-server'));
  return fromAdmin('koa2-ratelimit') as { Stores: { Store: StoreClass; Memory: StoreClass } };
}

let client: ReturnType<typeof createClient> | undefined;
let connecting: Promise<unknown> | undefined;

/**
 * The admin login's attempt counts in Redis, shared by every CMS replica: Strapi's default
 * store counts in the memory of one process, so behind a load balancer over N replicas an
 * attacker would get N × the allowed attempts. Counting is INCRBY on a key that expires with
 * the window (set NX with the window's TTL first, so the window starts at the first attempt).
 * Redis unreachable: the count falls back to this process's memory (logged), so logging in
 * keeps working with the per-process limit rather than failing.
 */
export function redisRateLimitStore(url: string, namespace: string, log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): StoreApi {
  const { Stores } = koa2RateLimit();
  const fallback = new Stores.Memory();
  // One Redis may serve several deployments (staging, production): their counts must not mix.
  const prefix = `dsh:admin-login:${crypto.createHash('sha256').update(namespace).digest('hex').slice(0, 12)}:`;
  let warnedAt = 0;

  async function redis() {
    if (!client) {
      // No offline queue: a command while Redis is away fails at once instead of waiting.
      client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 10_000) } });
      client.on('error', () => {});
      connecting = client.connect().catch(() => undefined);
    }
    if (!client.isReady && connecting) {
      // The first login waits briefly for the first connection; after that the client keeps
      // reconnecting in the background and logins do not wait for it.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((resolve) => (timer = setTimeout(resolve, 1_000)));
      await Promise.race([connecting, late]).finally(() => clearTimeout(timer));
      connecting = undefined;
    }
    if (!client.isReady) throw new Error('not connected');
    return client;
  }

  function degraded(err: unknown) {
    if (Date.now() - warnedAt > 60_000) {
      warnedAt = Date.now();
      log(`admin login rate limit: Redis not reachable (${(err as Error).message}); counting in this process only`);
    }
  }

  class RedisStore extends Stores.Store {
    async incr(key: string, options: LimitOptions, weight: number): Promise<Hit> {
      try {
        const r = await redis();
        const k = prefix + key;
        const [, counter, ttl] = await r.multi().set(k, '0', { condition: 'NX', expiration: { type: 'PX', value: options.interval } }).incrBy(k, weight).pTTL(k).exec();
        return { counter: Number(counter), dateEnd: Date.now() + Math.max(0, Number(ttl)) };
      } catch (err) {
        degraded(err);
        return fallback.incr(key, options, weight);
      }
    }

    async decrement(key: string, options: LimitOptions, weight: number): Promise<void> {
      try {
        await (await redis()).decrBy(prefix + key, weight);
      } catch (err) {
        degraded(err);
        await fallback.decrement(key, options, weight);
      }
    }

    saveAbuse(): void {}
  }
  return new RedisStore();
}

/** Closed on shutdown, so a stopping CMS leaves no socket open. */
export async function closeRateLimitStore(): Promise<void> {
  const c = client;
  client = undefined;
  connecting = undefined;
  if (!c) return;
  if (c.isReady) await c.close().catch(() => c.destroy());
  else if (c.isOpen) c.destroy();
}
