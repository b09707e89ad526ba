import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { z } from 'zod';

/**
 * Two CMS replicas (`strapi start`, as deployed) on one PostgreSQL and one Meilisearch, behind
 * no load balancer: the test sends each request to one of them on purpose. What must hold is
 * what a second replica could break: every change reaches the index and the web app exactly
 * once, a scheduled publication happens once, a login works on either replica, and the login
 * rate limit counts attempts made on both.
 *
 * PostgreSQL only: SQLite is one file written by one process, so the CMS on SQLite is a single
 * replica by definition.
 */
const pgBase = process.env.DATABASE_URL;
const appDir = path.resolve(__dirname, '..');

interface Replica {
  name: string;
  url: string;
  child: ChildProcess;
  log: string;
}

// What this test reads from the replicas, the index and its stand-in web app, parsed rather than trusted.
const RevalidateBody = z.object({ tags: z.array(z.unknown()).optional() }).catch({});
const Answer = z.looseObject({ data: z.looseObject({ documentId: z.string().optional() }).nullish(), error: z.object({ message: z.string() }).optional() });
const IndexedArticle = z.looseObject({ title: z.string().optional() });
const Login = z.object({ data: z.object({ token: z.string().optional(), accessToken: z.string().optional() }).optional() });

/** Every revalidation the replicas sent to the "web app": one entry per call. */
const revalidations: string[][] = [];
const web = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString('utf8')));
  req.on('end', () => {
    if (req.method === 'POST' && req.url === '/api/revalidate') {
      const parsed = RevalidateBody.parse(JSON.parse(body));
      if (parsed.tags) revalidations.push(parsed.tags.filter((t): t is string => typeof t === 'string'));
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
  });
});
const revalidated = (tag: string) => revalidations.filter((tags) => tags.includes(tag)).length;

const database = `dsh_replicas_${crypto.randomBytes(5).toString('hex')}`;
const index = `replicas_${crypto.randomBytes(4).toString('hex')}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-replicas-'));
const replicas: Replica[] = [];
const tokens: Record<'editor' | 'itd11', string> = { editor: '', itd11: '' };
let db: Client;

async function admin(pg: string, sql: string) {
  const c = new Client({ connectionString: pg });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const r = () => crypto.randomBytes(18).toString('base64url');
/** One deployment's secrets: every replica has the same ones. */
const secrets = {
  APP_KEYS: `${r()},${r()}`,
  API_TOKEN_SALT: r(),
  ADMIN_JWT_SECRET: r(),
  JWT_SECRET: r(),
  TRANSFER_TOKEN_SALT: r(),
  ENCRYPTION_KEY: r(),
  REVALIDATE_SECRET: r(),
  PREVIEW_SECRET: r(),
  FORM_SECRET: r(),
};

async function startReplica(name: string, databaseUrl: string, webUrl: string): Promise<Replica> {
  const port = await new Promise<number>((resolve) => {
    const s = http.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const log = path.join(tmp, `${name}.log`);
  const out = fs.openSync(log, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '5',
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    MEILI_INDEX: index,
    WEB_URL: webUrl,
    SEED_DEMO_CONTENT: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    STRAPI_LOG_LEVEL: 'warn',
    LOG_FORMAT: 'text',
    BROWSER: 'none',
  };
  // A Redis of the run (REDIS_URL) shares the login rate limit; without it the test of that is skipped.
  if (!process.env.REDIS_URL) delete env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], { cwd: appDir, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const replica = { name, url: `http://127.0.0.1:${port}`, child, log };
  const until = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited (${child.exitCode}):\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    const ok = await fetch(`${replica.url}/api/health`).then((res) => res.ok, () => false);
    if (ok) return replica;
    if (Date.now() > until) throw new Error(`replica ${name} not healthy after 150 s:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    await new Promise((res) => setTimeout(res, 300));
  }
}

async function stopReplica(replica: Replica) {
  if (replica.child.exitCode !== null || replica.child.signalCode !== null) return;
  const exited = new Promise((resolve) => replica.child.once('exit', resolve));
  try {
    process.kill(-replica.child.pid!, 'SIGTERM');
  } catch {}
  const killer = setTimeout(() => {
    try {
      process.kill(-replica.child.pid!, 'SIGKILL');
    } catch {}
  }, 10_000);
  await exited;
  clearTimeout(killer);
}

async function login(replica: Replica, email: string, password: string) {
  return fetch(`${replica.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

async function call(replica: Replica, who: 'editor' | 'itd11', method: string, urlPath: string, body?: unknown) {
  const res = await fetch(`${replica.url}${urlPath}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = Answer.parse(text ? JSON.parse(text) : {});
  if (!res.ok) throw new Error(`${replica.name} ${method} ${urlPath}: ${res.status} ${parsed.error?.message ?? text}`);
  return parsed;
}

const CM = '/content-manager/collection-types/api::article.article';
/** The version each article was submitted in: ITD11's decisions name it. */
const versions = new Map<string, string>();
const target = (documentId: string) => ({ uid: 'api::article.article', documentId, locale: 'de', ...(versions.has(documentId) ? { versionHash: versions.get(documentId) } : {}) });
const Submitted = z.object({ data: z.object({ versionHash: z.string() }) });

/** A new article taken through the workflow up to its approval; the editor and ITD11 each use the given replicas. */
async function approvedDraft(name: string, editorOn: Replica, itd11On: Replica, publishAt?: Date): Promise<string> {
  const created = await call(editorOn, 'editor', 'POST', `${CM}?locale=de`, {
    title: `Mehrere Instanzen ${name}`,
    slug: `replicas-${name}`,
    kind: 'news',
    date: '2026-11-29',
    lead: `Eine Meldung, die über zwei CMS-Instanzen veröffentlicht wird (${name}).`,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Text ${name}` }] }],
  });
  const id = created.data?.documentId;
  if (!id) throw new Error(`no documentId for ${name}`);
  versions.set(id, Submitted.parse(await call(editorOn, 'editor', 'POST', '/dsh-review/submit', target(id))).data.versionHash);
  await call(itd11On, 'itd11', 'POST', '/dsh-review/approve', { ...target(id), ...(publishAt ? { publishAt: publishAt.toISOString() } : {}) });
  return id;
}

async function inIndex(id: string): Promise<string | null> {
  const res = await fetch(`${inject('meiliUrl')}/indexes/${index}/documents/article-${id}-de`, { headers: { authorization: `Bearer ${inject('meiliKey')}` } });
  return res.ok ? IndexedArticle.parse(await res.json()).title ?? '' : null;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 30_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

// Replicas need a shared database: SQLite is one process by definition. CI's PostgreSQL pass runs it.
describe.skipIf(!pgBase)('two CMS replicas on one PostgreSQL (skipped on SQLite: one process by definition)', () => {
  let A: Replica;
  let B: Replica;

  beforeAll(async () => {
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    await admin(pgBase!, `CREATE DATABASE ${database}`);
    const url = new URL(pgBase!);
    url.pathname = `/${database}`;
    db = new Client({ connectionString: url.toString() });
    // The first replica creates the schema; a second one starting at the same moment on an
    // empty database would race it (a rollout starts replicas one after another).
    A = await startReplica('A', url.toString(), webUrl);
    replicas.push(A);
    B = await startReplica('B', url.toString(), webUrl);
    replicas.push(B);
    await db.connect();
    // Logged in on A only: the token works on B as well (sessions are in the database).
    for (const [who, email, password] of [
      ['editor', 'redaktion@example.org', 'Redaktion-Demo-2026!'],
      ['itd11', 'itd11@example.org', 'Itd11-Demo-2026!'],
    ] as const) {
      const body = Login.parse(await (await login(A, email, password)).json());
      tokens[who] = body.data?.token ?? body.data?.accessToken ?? '';
      expect(tokens[who], `${who} can log in`).not.toBe('');
    }
  }, 330_000);

  afterAll(async () => {
    await Promise.all(replicas.map(stopReplica));
    await db?.end().catch(() => {});
    if (pgBase) await admin(pgBase, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await fetch(`${inject('meiliUrl')}/indexes/${index}`, { method: 'DELETE', headers: { authorization: `Bearer ${inject('meiliKey')}` } }).catch(() => {});
    await new Promise<void>((resolve) => web.close(() => resolve()));
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('delivers every change published through either replica to the index and the web app exactly once', async () => {
    const n = 10;
    const names = Array.from({ length: n }, (_, i) => `p${i}-${crypto.randomBytes(3).toString('hex')}`);
    // Editors on one replica, ITD11 on the other, and the publications go to both at once: both
    // outbox workers are busy while rows of the other replica's commits are due.
    const ids = await Promise.all(names.map((name, i) => approvedDraft(name, i % 2 ? A : B, i % 2 ? B : A)));
    await Promise.all(ids.map((id, i) => call(i % 2 ? A : B, 'itd11', 'POST', '/dsh-review/publish', target(id))));

    await waitFor('the outbox to be empty and every change indexed', async () => (await count('SELECT count(*) AS n FROM outbox_events', [])) === 0 && (await Promise.all(ids.map(inIndex))).every((t) => t !== null));
    // A duplicate would arrive right after the first delivery: give it time to show.
    await new Promise((res) => setTimeout(res, 1_500));

    for (const [i, id] of ids.entries()) {
      expect(await inIndex(id)).toBe(`Mehrere Instanzen ${names[i]}`);
      expect(revalidated(`article:${id}`), `revalidations of ${names[i]}`).toBe(1);
      expect(await count('SELECT count(*) AS n FROM outbox_deliveries WHERE target = $1', [id]), `deliveries of ${names[i]}`).toBe(1);
    }
    expect(await count('SELECT count(*) AS n FROM outbox_events', [])).toBe(0);
  });

  it('publishes scheduled approvals exactly once while both replicas run the scheduler', async () => {
    // Both replicas' schedulers tick on the same 5-second boundaries: they contend for these
    // rows at the same moment. Far enough ahead that none is live before all three are
    // approved and checked, on a slow machine too.
    const publishAt = new Date(Date.now() + 8_000);
    const names = Array.from({ length: 3 }, (_, i) => `s${i}-${crypto.randomBytes(3).toString('hex')}`);
    const ids = await Promise.all(names.map((name, i) => approvedDraft(name, i % 2 ? A : B, i % 2 ? B : A, publishAt)));
    expect(await count('SELECT count(*) AS n FROM audit_entries WHERE target = ANY($1) AND action = $2', [ids, 'publish'])).toBe(0);

    await waitFor('the scheduled articles to be live', async () => (await count('SELECT count(DISTINCT document_id) AS n FROM articles WHERE document_id = ANY($1) AND published_at IS NOT NULL', [ids])) === ids.length, 30_000);
    await waitFor('the scheduled articles to be delivered', async () => (await count('SELECT count(*) AS n FROM outbox_events', [])) === 0);
    // One more tick of both schedulers: a second publication would happen now.
    await new Promise((res) => setTimeout(res, 6_000));

    for (const [i, id] of ids.entries()) {
      expect(await count('SELECT count(*) AS n FROM audit_entries WHERE target = $1 AND action = $2', [id, 'publish']), `publish audit entries of ${names[i]}`).toBe(1);
      expect(await count('SELECT count(*) AS n FROM outbox_deliveries WHERE target = $1', [id]), `deliveries of ${names[i]}`).toBe(1);
      expect(revalidated(`article:${id}`), `revalidations of ${names[i]}`).toBe(1);
      expect(await inIndex(id)).toBe(`Mehrere Instanzen ${names[i]}`);
    }
  });

  // The shared login limit lives in Redis; without REDIS_URL each replica counts alone, as
  // documented. `.ci/run` passes the machine's Redis to the PostgreSQL pass.
  it.skipIf(!process.env.REDIS_URL)('counts login attempts made on both replicas together (REDIS_URL; skipped without a Redis)', async () => {
    const email = `niemand-${crypto.randomBytes(4).toString('hex')}@example.org`;
    for (let i = 0; i < 5; i++) {
      const res = await login(i % 2 ? B : A, email, `falsch-${i}-Passwort`);
      expect(res.status, `attempt ${i + 1}`).toBe(400);
    }
    // Three attempts went to A, two to B: only a shared count reaches the limit of five.
    expect((await login(B, email, 'noch-ein-Versuch')).status).toBe(429);
    expect((await login(A, email, 'noch-ein-Versuch')).status).toBe(429);
    expect((await login(B, 'itd11@example.org', 'Itd11-Demo-2026!')).status).toBe(200);
  });
});
