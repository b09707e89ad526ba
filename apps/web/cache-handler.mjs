// Next's cache for rendered pages and fetched CMS answers (ISR and the data cache), named by
// next.config.ts as `cacheHandler`. Next loads it at run time, so one build serves both ways:
//
// - REDIS_URL unset: Next's own file-system cache with its in-memory copy, exactly as without
//   this file. Right for one process; a second replica would never learn of a publish.
// - REDIS_URL set: every replica reads and writes one Redis (@fortedigital/nextjs-cache-handler,
//   redis-strings). A publish calls revalidateTag on one replica; that deletes the tagged
//   entries in Redis, so every replica renders the page afresh on its next request. The handler
//   keeps no copy in the process (each lookup asks Redis), so no replica can hold a stale one.
//
// `next build` always uses the file-system cache: a build needs no Redis, and its prerendered
// pages would carry build-time content into the shared cache.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import pino from 'pino';
import { z } from 'zod';

const Env = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'redis://[user:password@]host:port[/db] or rediss://…' }).optional(),
  // Keys are REDIS_KEY_PREFIX:<build id>:…, so a new build never serves pages that name the old
  // build's scripts, and tests or deployments sharing one Redis stay apart.
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, '1 to 64 letters, digits, _ . -').default('dsh-web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
const parsed = Env.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== '')));
if (!parsed.success) {
  throw new Error(`The web app cannot start:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
}
const env = parsed.data;
const log = pino({ level: env.LOG_LEVEL, base: { app: 'web', part: 'cache' }, timestamp: pino.stdTimeFunctions.isoTime });

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/**
 * Deletes every key of this build's prefix. Run when the connection comes back: a publish
 * while it was down could not delete its tagged entries, so none of them can be trusted.
 */
async function forgetAll(client, keyPrefix) {
  let removed = 0;
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
    if (keys.length) removed += await client.unlink(keys);
  }
  return removed;
}

// The library's names for its two hashes (entry → its tags, entry → when it expires), passed
// to it explicitly because revalidateTags below reads them too.
const SHARED_TAGS = '__sharedTags__';
const SHARED_TTL = '__sharedTagsTtl__';
const IMPLICIT_TAG = '_N_T_';

/** Set when the handler is configured (first use): the connection and this build's prefix. */
let shared;

/**
 * Deletes every entry carrying one of `tags`, in one pass over the tag index. The library makes
 * one pass per tag, and a publish of 100 documents sends 101 tags: with 5,000 cached entries
 * that took 2.5 s here, against the CMS's 5 s limit for the call. Also drops index rows whose
 * entry has expired, as the library's pass does.
 */
async function revalidateTags(tags) {
  const { client, keyPrefix } = shared;
  if (!client.isReady) throw new Error('Redis not reachable: tags not revalidated');
  const wanted = new Set(tags);
  const now = Date.now() / 1000;
  const stale = new Set();
  for (const [hash, matches] of [
    [SHARED_TAGS, (value) => JSON.parse(value).some((t) => wanted.has(t))],
    [SHARED_TTL, (value) => Number(value) < now],
  ]) {
    let cursor = '0';
    do {
      const page = await client.hScan(keyPrefix + hash, cursor, { COUNT: 10_000 });
      for (const { field, value } of page.entries) if (matches(value)) stale.add(field);
      cursor = String(page.cursor);
    } while (cursor !== '0');
  }
  const fields = [...stale];
  for (let i = 0; i < fields.length; i += 1_000) {
    const batch = fields.slice(i, i + 1_000);
    await Promise.all([client.unlink(batch.map((f) => keyPrefix + f)), client.hDel(keyPrefix + SHARED_TAGS, batch), client.hDel(keyPrefix + SHARED_TTL, batch)]);
  }
}

class SharedCacheHandler extends CacheHandler {
  async revalidateTag(tag, durations) {
    const tags = typeof tag === 'string' ? [tag] : tag;
    // Path tags (revalidatePath) keep the library's handling: it records when, for entries
    // that carry the path only implicitly.
    const paths = tags.filter((t) => t.startsWith(IMPLICIT_TAG));
    await super.revalidateTag(paths, durations); // also configures the handler on first use
    const explicit = tags.filter((t) => !t.startsWith(IMPLICIT_TAG));
    if (explicit.length) await revalidateTags(explicit);
  }
}

function redisCacheHandler(url, prefix) {
  SharedCacheHandler.onCreation(({ buildId }) => {
    // The library reads BUILD_ID as the file is; Redis refuses a client name with a newline.
    const keyPrefix = `${prefix}:${(buildId ?? 'dev').trim()}:`;
    const client = createClient({
      url,
      // Names the replicas' connections in CLIENT LIST.
      name: `web-cache:${keyPrefix}`,
      // A dead connection is noticed within seconds, not at the next TCP timeout.
      pingInterval: 5_000,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    let wasReady = false;
    let down = false;
    // Without a listener an error event would end the process; while Redis is away the handler
    // answers "not cached" and pages are rendered for every request instead.
    client.on('error', (err) => {
      if (!down) log.warn({ err: err.message, redis: new URL(url).host }, 'Redis not reachable: pages are rendered without the shared cache');
      down = true;
    });
    client.on('ready', () => {
      if (wasReady) {
        forgetAll(client, keyPrefix).then(
          (removed) => log.info({ removed }, 'Redis back: shared cache emptied, since publishes in between could not reach it'),
          (err) => log.error({ err: err.message }, 'Redis back, but the shared cache could not be emptied'),
        );
      } else log.info({ keyPrefix }, 'shared cache: Redis');
      wasReady = true;
      down = false;
    });
    // Not awaited: the first requests must not wait for Redis (the handler reports a miss until
    // the connection is ready), and a Redis that is down at start must not stop the app.
    client.connect().catch(() => {});
    shared = { client, keyPrefix };
    return { handlers: [createRedisHandler({ client, keyPrefix, sharedTagsKey: SHARED_TAGS, sharedTagsTtlKey: SHARED_TTL, timeoutMs: 1_000 })] };
  });
  return SharedCacheHandler;
}

const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
/**
 * Not-found renders are not kept: detail routes are rendered on demand for any slug, so every
 * made-up address would otherwise add a cache entry (about seven files on disk), and a crawler
 * of random URLs could fill the disk or Redis. A 404 is rendered again on each request; the
 * CMS answer behind it is still cached by fetch.
 */
function withoutNotFound(Base) {
  return class extends Base {
    async set(key, data, ctx) {
      if (data && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status === 404) return;
      return super.set(key, data, ctx);
    }
  };
}

export default withoutNotFound(env.REDIS_URL && !building ? redisCacheHandler(env.REDIS_URL, env.REDIS_KEY_PREFIX) : FileSystemCache);
