import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
// @ts-expect-error plain ESM helper without types
import { cmsEnvironment, freePort, root, startStack } from '../../scripts/lib/stack.mjs';
// @ts-expect-error plain ESM helper without types
import { startWebReplica } from '../../scripts/lib/web-replica.mjs';
// @ts-expect-error plain ESM helper without types
import { redisReachable } from '../../scripts/lib/redis.mjs';

/**
 * Scale-out, as a Kubernetes Deployment runs it: two `next start` replicas (server.mjs) and two
 * CMS processes (`strapi start`) with one PostgreSQL, one Meilisearch and one Redis, all on
 * 127.0.0.1. The editor works on one CMS, ITD11 on the other (a load balancer's choice). The
 * CMS revalidates through ONE web replica's URL (a Service reaches one pod); the shared cache
 * has to carry the publish to the other. PostgreSQL: SCALE_DATABASE_URL, else DATABASE_URL when it is one, else
 * the local server; Redis: SCALE_REDIS_URL or the local one. Either missing: skipped, saying so.
 */
const pgBase = process.env.SCALE_DATABASE_URL ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres');
const redisUrl = process.env.SCALE_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The web app's own Redis client (a dependency of apps/web, not of the repository root). */
interface Redis {
  on(event: 'error', f: () => void): void;
  connect(): Promise<unknown>;
  ping(): Promise<unknown>;
  close(): Promise<unknown>;
  scanIterator(o: { MATCH: string }): AsyncIterable<string[]>;
  unlink(keys: string[]): Promise<number>;
}
const { createClient } = createRequire(path.join(root, 'apps/web/package.json'))('@redis/client') as { createClient(o: object): Redis };

async function sql(url: string, text: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    await c.query(text);
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}
const missing = [!(await sql(pgBase, 'SELECT 1')) && `PostgreSQL at ${pgBase} (set SCALE_DATABASE_URL)`, !(await redisReachable(redisUrl)) && `Redis at ${redisUrl} (set SCALE_REDIS_URL)`].filter(Boolean);

const Login = z.object({ data: z.object({ token: z.string().min(1) }) });
const Created = z.object({ data: z.object({ documentId: z.string().min(1) }) });
const LogLine = z.object({ reqId: z.string(), cache: z.string().optional() });
const CM = '/content-manager/collection-types/api::article.article';

interface Stack {
  urls: { digital: string; cms: string; meili: string };
  secrets: Record<string, string>;
  webEnv: Record<string, string>;
  logins: { editor: { email: string; password: string }; approver: { email: string; password: string } };
  stop(): Promise<void>;
}
interface Replica {
  url: string;
  stop(): Promise<void>;
}

// Two replicas share PostgreSQL and Redis; a machine without them (a laptop with only Node) skips
// and says which is missing. CI machines have both.
describe.skipIf(missing.length > 0)(`two web replicas, one Redis (${missing.length ? `skipped: needs ${missing.join(' and ')}` : 'PostgreSQL, Meilisearch, Redis on 127.0.0.1'})`, () => {
  const run = crypto.randomBytes(4).toString('hex');
  const database = `dsh_scale_${run}`;
  const prefix = `scale-${run}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-scale-'));
  let stack: Stack;
  let second: Replica;
  let secondCms: Replica;
  let replicas: { name: string; url: string; log: string }[];

  beforeAll(async () => {
    expect(await sql(pgBase, `CREATE DATABASE ${database}`)).toBe(true);
    const dbUrl = new URL(pgBase);
    dbUrl.pathname = `/${database}`;
    const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
    // The CMS's WEB_URL is the first replica's URL: every revalidation reaches that one only.
    // Each replica keeps a copy of its cached pages (server/page-cache.mjs) for PAGE_CACHE_MS:
    // set far above the 2 s bound, so only the flush that replica 1 sends over Redis can make
    // replica 2 serve the new text in time.
    stack = await startStack({ dataDir, ports, seed: false, build: false, env: { DATABASE_URL: dbUrl.toString(), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, PAGE_CACHE_MS: '10000' } });
    const log = path.join(dataDir, 'logs', 'web-2.log');
    second = await startWebReplica({ env: stack.webEnv, port: await freePort(), log });
    secondCms = await startCms({ ...ports, cms: await freePort() }, { DATABASE_URL: dbUrl.toString(), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix });
    replicas = [
      { name: 'replica 1 (WEB_URL of the CMS)', url: stack.urls.digital, log: path.join(dataDir, 'logs', 'web.log') },
      { name: 'replica 2', url: second.url, log },
    ];
  }, 300_000);

  afterAll(async () => {
    await secondCms?.stop();
    await second?.stop();
    await stack?.stop();
    await sql(pgBase, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*` })) if (keys.length) await redis.unlink(keys);
    await redis.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** A second CMS process on the same database, Meilisearch and secrets; its WEB_URL is replica 1 too. */
  async function startCms(ports: { web: number; cms: number; meili: number }, extra: Record<string, string>): Promise<Replica> {
    const env = cmsEnvironment({ dataDir, ports, meiliUrl: stack.urls.meili, masterKey: stack.secrets.MEILI_MASTER_KEY, extra: { ...process.env, ...extra } });
    const cmsDir = path.join(root, 'apps/cms');
    const out = fs.openSync(path.join(dataDir, 'logs', 'cms-2.log'), 'a');
    const child = spawn(process.execPath, [path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], { cwd: cmsDir, env, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    const url = `http://127.0.0.1:${ports.cms}`;
    for (const until = Date.now() + 120_000; ; ) {
      if (child.exitCode !== null) throw new Error(`the second CMS exited with ${child.exitCode}; see ${dataDir}/logs/cms-2.log`);
      if (await fetch(`${url}/_health`).then((r) => r.ok || r.status === 204, () => false)) break;
      if (Date.now() > until) throw new Error('the second CMS did not answer within 120 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      });
    return { url, stop };
  }

  async function login(who: { email: string; password: string }, cms: string) {
    const res = await fetch(`${cms}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
    const { token } = Login.parse(await res.json()).data;
    return async (method: string, url: string, body?: unknown) => {
      const r = await fetch(`${cms}${url}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${text.slice(0, 300)}`);
      return text ? (JSON.parse(text) as unknown) : null;
    };
  }

  /** A page as one replica serves it, and whether it came from the cache (its request log). */
  async function page(replica: { url: string; log: string }, pathname: string) {
    const reqId = crypto.randomUUID();
    const res = await fetch(`${replica.url}${pathname}`, { headers: { 'x-request-id': reqId } });
    const html = await res.text();
    // The log line is written when the response has finished; give it a moment to land.
    let cache: string | undefined;
    for (let i = 0; i < 20 && cache === undefined; i++) {
      const line = fs.readFileSync(replica.log, 'utf8').split('\n').find((l) => l.includes(reqId));
      if (line) cache = LogLine.parse(JSON.parse(line)).cache ?? 'none';
      else await new Promise((r) => setTimeout(r, 25));
    }
    return { status: res.status, html, cache };
  }

  it('ITD11 publishes a change on the second CMS; revalidated through one web replica, both serve it within 2 s', async () => {
    const editor = await login(stack.logins.editor, stack.urls.cms);
    const itd11 = await login(stack.logins.approver, secondCms.url);
    const slug = `skalierung-${run}`;
    const article = (lead: string) => ({ title: `Skalierung ${run}`, slug, kind: 'news', date: '2026-11-29', lead, body: [] });
    const { documentId } = Created.parse(await editor('POST', `${CM}?locale=de`, article('Erste Fassung: zwei Repliken, ein Cache.'))).data;
    const target = { uid: 'api::article.article', documentId, locale: 'de', versionHash: '' };
    const review = async () => {
      // ITD11's decisions name the version that was submitted.
      target.versionHash = z.object({ data: z.object({ versionHash: z.string() }) }).parse(await editor('POST', '/dsh-review/submit', { ...target, versionHash: undefined })).data.versionHash;
      await itd11('POST', '/dsh-review/approve', { ...target, comment: 'Freigegeben (Skalierungstest).' });
    };
    await review();
    await itd11('POST', '/dsh-review/publish', target);
    const pathname = `/news/${slug}`;

    // The first version, rendered by replica 1 once the first publish's revalidation has come
    // (it would delete the entry again), until replica 1 itself serves it from Redis; then
    // replica 2 serves it from the shared cache without a render of its own.
    await new Promise((r) => setTimeout(r, 2_000));
    let first = await page(replicas[0]!, pathname);
    for (let i = 0; i < 50 && !(first.html.includes('Erste Fassung') && first.cache === 'HIT'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      first = await page(replicas[0]!, pathname);
    }
    expect(first.html).toContain('Erste Fassung');
    expect(first.cache).toBe('HIT');
    const fromShared = await page(replicas[1]!, pathname);
    expect(fromShared.html).toContain('Erste Fassung');
    expect(fromShared.cache, 'replica 2 renders what replica 1 already cached').toBe('HIT');

    // The change: a new draft, reviewed; the clock starts when ITD11 sends the publish.
    await editor('PUT', `${CM}/${documentId}?locale=de`, article('Zweite Fassung: beide Repliken zeigen sie.'));
    await review();
    const t0 = Date.now();
    await itd11('POST', '/dsh-review/publish', target);
    const publishMs = Date.now() - t0;
    const seenAfter: Record<string, number> = {};
    while (Object.keys(seenAfter).length < replicas.length && Date.now() - t0 < 10_000) {
      await Promise.all(
        replicas.map(async (r) => {
          if (seenAfter[r.name] !== undefined) return;
          const { html } = await page(r, pathname);
          if (html.includes('Zweite Fassung')) seenAfter[r.name] = Date.now() - t0;
        }),
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    // When the CMS's revalidation reached replica 1, from its request log: tells a slow outbox
    // from a slow cache.
    const revalidations = fs
      .readFileSync(replicas[0]!.log, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"path":"/api/revalidate"'))
      .map((l) => z.object({ time: z.string(), ms: z.number() }).parse(JSON.parse(l)))
      .map((l) => ({ at: Date.parse(l.time) - t0, took: l.ms }))
      .filter((l) => l.at >= 0)
      .map((l) => `${l.at} (answered in ${Math.round(l.took)})`);
    console.log(`[scale] publish request ${publishMs} ms; revalidate reached replica 1 after ${revalidations.join(', ') || '–'} ms; publish → new text served: ${replicas.map((r) => `${r.name} ${seenAfter[r.name] ?? 'never (10 s)'} ms`).join(', ')}`);
    for (const r of replicas) {
      expect(seenAfter[r.name], `${r.name} serves the new text`).toBeDefined();
      expect(seenAfter[r.name], `${r.name}: ms from the publish request`).toBeLessThanOrEqual(2_000);
    }
    // And neither goes back to the old text (no replica kept a copy of its own).
    for (const r of replicas) {
      for (let i = 0; i < 3; i++) expect((await page(r, pathname)).html).not.toContain('Erste Fassung');
    }
  }, 120_000);
});
