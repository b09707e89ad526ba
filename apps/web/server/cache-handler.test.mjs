import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisReachable } from '../../../scripts/lib/redis.mjs';

/**
 * The shared cache of web replicas (cache-handler.mjs): each replica is its own Node process
 * with the handler Next would load, both on one real Redis (TEST_REDIS_URL, default the local
 * one on 6379). Without Redis the Redis cases are skipped and say so; tests/scale/replicas
 * runs the same through two real `next start` servers and a publish.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const haveRedis = await redisReachable(redisUrl);

/** A built app's dist folder, as far as the handler reads it (BUILD_ID one level up). */
function distDir(buildId) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-cache-'));
  fs.mkdirSync(path.join(dir, 'server'));
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  return path.join(dir, 'server');
}

function replica(env, serverDir) {
  const child = spawn(process.execPath, [path.join(here, 'cache-replica.fixture.mjs'), serverDir], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  const ask = async (cmd) => {
    child.stdin.write(`${JSON.stringify(cmd)}\n`);
    const answer = await next();
    if (answer.error) throw new Error(answer.error);
    return answer;
  };
  return {
    ready: next(),
    set: (key, body, tags) =>
      ask({ op: 'set', key, value: { kind: 'FETCH', data: { headers: {}, body, status: 200, url: `http://cms/${key}` }, revalidate: 3600 }, ctx: { fetchCache: true, tags, revalidate: 3600 } }),
    get: async (key, tags) => (await ask({ op: 'get', key, ctx: { kind: 'FETCH', revalidate: 3600, tags, softTags: [] } })).entry,
    revalidateTag: (tags) => ask({ op: 'revalidateTag', tags }),
    stop: () => child.kill(),
  };
}

// The shared cache needs a real Redis (CI machines run one on 127.0.0.1:6379); without one the
// default file-system cache is what runs, checked below.
describe.skipIf(!haveRedis)(`shared cache of two web replicas on one Redis (${haveRedis ? redisUrl : `skipped: no Redis at ${redisUrl}; set TEST_REDIS_URL`})`, () => {
  const prefix = `test-${crypto.randomBytes(4).toString('hex')}`;
  const serverDir = distDir('build-1');
  const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
  let a, b, redis;

  beforeAll(async () => {
    redis = createClient({ url: redisUrl });
    await redis.connect();
    a = replica(env, serverDir);
    b = replica(env, serverDir);
    expect((await a.ready).handler).not.toBe('FileSystemCache');
    await b.ready;
  });
  afterAll(async () => {
    a?.stop();
    b?.stop();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*` })) if (keys.length) await redis.unlink(keys);
    await redis?.close();
  });

  /** The handler reports a miss until its connection is up (it never blocks a request on Redis). */
  async function eventually(read, want) {
    for (let i = 0; i < 50; i++) {
      const got = await read();
      if (want(got)) return got;
      await new Promise((r) => setTimeout(r, 50));
    }
    return read();
  }

  it('a CMS answer one replica cached is served by the other', async () => {
    await eventually(() => a.set('articles-1', 'Alter Text', ['article']).then(() => redis.keys(`${prefix}:build-1:articles-1`)), (k) => k.length === 1);
    const entry = await eventually(() => b.get('articles-1', ['article']), Boolean);
    expect(entry?.value.data.body).toBe('Alter Text');
  });

  it('a publish revalidating a tag on one replica removes the tagged entries for every replica, and only those', async () => {
    await a.set('articles-2', 'Alter Text', ['article']);
    await a.set('events-1', 'Termin', ['event']);
    expect(await b.get('articles-2', ['article'])).not.toBeNull();
    await a.revalidateTag(['article']);
    expect(await b.get('articles-2', ['article'])).toBeNull();
    expect(await a.get('articles-2', ['article'])).toBeNull();
    expect((await b.get('events-1', ['event']))?.value.data.body).toBe('Termin');
  });

  it('a publish of several documents removes each one’s entries and leaves the others', async () => {
    await a.set('article-a', 'A', ['article', 'article:a']);
    await a.set('article-b', 'B', ['article', 'article:b']);
    await a.set('article-c', 'C', ['article', 'article:c']);
    await a.revalidateTag(['article:a', 'article:c', 'page:x']);
    expect(await b.get('article-a', ['article', 'article:a'])).toBeNull();
    expect(await b.get('article-c', ['article', 'article:c'])).toBeNull();
    expect((await b.get('article-b', ['article', 'article:b']))?.value.data.body).toBe('B');
  });

  it('a replica of another build neither sees nor overwrites this build’s entries', async () => {
    await a.set('articles-3', 'Seite von Build 1', ['article']);
    const other = replica(env, distDir('build-2'));
    try {
      await other.ready;
      await eventually(() => other.set('articles-3', 'Seite von Build 2', ['article']).then(() => redis.keys(`${prefix}:build-2:articles-3`)), (k) => k.length === 1);
      expect((await other.get('articles-3', ['article']))?.value.data.body).toBe('Seite von Build 2');
      expect((await b.get('articles-3', ['article']))?.value.data.body).toBe('Seite von Build 1');
    } finally {
      other.stop();
    }
  });

  it('after its connection to Redis broke, a replica empties the shared cache (a publish in between may be lost)', async () => {
    await a.set('articles-4', 'Vor der Unterbrechung', ['article']);
    expect(await b.get('articles-4', ['article'])).not.toBeNull();
    // Cut replica a's connection only, as a network fault between it and Redis would.
    const mine = (await redis.sendCommand(['CLIENT', 'LIST'])).split('\n').filter((l) => l.includes(` name=web-cache:${prefix}:build-1: `));
    expect(mine).toHaveLength(2);
    const id = /\bid=(\d+)/.exec(mine[0])[1];
    await redis.sendCommand(['CLIENT', 'KILL', 'ID', id]);
    const left = await eventually(() => redis.keys(`${prefix}:build-1:*`), (k) => k.length === 0);
    expect(left).toEqual([]);
    // And the cache works again for both.
    await eventually(() => a.set('articles-5', 'Danach', ['article']).then(() => b.get('articles-5', ['article'])), Boolean);
    expect((await b.get('articles-5', ['article']))?.value.data.body).toBe('Danach');
  });
});

describe('without REDIS_URL', () => {
  it('the handler is Next’s own file-system cache (keeping no not-found pages), as if none were configured', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(path.join(here, '../cache-handler.mjs'))}); console.log(Object.getPrototypeOf(m.default).name)`], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe('FileSystemCache');
  });

  it('a REDIS_URL that is no Redis address stops the app with a message naming it', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(path.join(here, '../cache-handler.mjs'))})`], {
      env: { PATH: process.env.PATH, REDIS_URL: 'http://127.0.0.1:6379' },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('REDIS_URL: redis://');
  });
});
