import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { inject } from 'vitest';
import { z } from 'zod';

const appDir = path.resolve(__dirname, '..');
// Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses;
// its CommonJS build is what `strapi start` runs too.
const requireCjs = createRequire(import.meta.url);
const { createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

/**
 * A module of the CMS as the running Strapi loaded it (from dist): state such as the
 * workflow's AsyncLocalStorage must be the same instance Strapi uses, not a second copy from src.
 */
export function cmsModule<T>(file: string): T {
  return requireCjs(path.join(appDir, 'dist/src', file)) as T;
}

/** Runs `fn` as an operator job (publishing without review), for tests about other things. */
export function asOperator<T>(fn: () => Promise<T>): Promise<T> {
  return cmsModule<typeof import('../src/lib/review/actor')>('lib/review/actor.js').asOperatorJob('Test', fn);
}

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  index: string;
  /** What the web app sends to deliver form messages. */
  formSecret: string;
  stop: () => Promise<void>;
}

/**
 * A real Strapi, booted in this process from the built app, on a fresh SQLite file (or on the
 * PostgreSQL of DATABASE_URL, in a schema of its own), against the real Meilisearch of the run.
 */
/** Captured before any test changes it: the server on which each test gets its own database. */
const postgresBase = process.env.DATABASE_URL;
export const dialect = postgresBase ? 'postgres' : 'sqlite';

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: postgresBase });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** `meili`: a Meilisearch of the test's own (one it stops and starts), instead of the run's. */
export async function startCms({ meili }: { meili?: { url: string; key: string } } = {}): Promise<TestCms> {
  if (postgresBase) {
    // Dropped by the global teardown, once this process (and its pool) is gone.
    const name = `${inject('pgPrefix')}${crypto.randomBytes(5).toString('hex')}`;
    await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(postgresBase);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-cms-'));
  const r = () => crypto.randomBytes(18).toString('base64url');
  const index = `test_${crypto.randomBytes(4).toString('hex')}`;
  const formSecret = r();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: `${r()},${r()}`,
    API_TOKEN_SALT: r(),
    ADMIN_JWT_SECRET: r(),
    JWT_SECRET: r(),
    TRANSFER_TOKEN_SALT: r(),
    ENCRYPTION_KEY: r(),
    DATABASE_FILENAME: path.join(tmp, 'cms.db'),
    MEILI_URL: meili?.url ?? inject('meiliUrl'),
    MEILI_MASTER_KEY: meili?.key ?? inject('meiliKey'),
    MEILI_INDEX: index,
    // Nothing listens here: revalidation is logged as unreachable, which the CMS tolerates.
    WEB_URL: 'http://127.0.0.1:9',
    REVALIDATE_SECRET: r(),
    PREVIEW_SECRET: r(),
    FORM_SECRET: formSecret,
    SEED_DEMO_CONTENT: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'warn',
  });
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.log.level = 'warn';
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  // The CMS applies the index settings in the background at start; tests search right away.
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${meili?.url ?? inject('meiliUrl')}/indexes/${index}/settings/filterable-attributes`, { headers: { authorization: `Bearer ${meili?.key ?? inject('meiliKey')}` } });
    if (res.ok && z.array(z.string()).parse(await res.json()).length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi did not bind a port');
  return {
    strapi,
    url: `http://127.0.0.1:${address.port}`,
    index,
    formSecret,
    async stop() {
      // destroy() ends with process.removeAllListeners(), which would also cut the test
      // runner's own IPC listeners: keep them and put them back.
      const events = ['message', 'disconnect', 'exit', 'uncaughtException', 'unhandledRejection'] as const;
      const kept = events.map((e) => [e, process.listeners(e)] as const);
      await strapi.destroy();
      // …and with them Node's own listeners that keep the IPC channel referenced: without
      // this the worker exits mid-run once its event loop is empty.
      process.channel?.ref();
      for (const [e, listeners] of kept) for (const l of listeners) if (!process.listeners(e).includes(l)) process.on(e, l as never);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The seeded workflow logins (README), as the tests sign in. */
export const WORKFLOW_ACCOUNTS = {
  editor: { email: 'redaktion@example.org', password: 'Redaktion-Demo-2026!' },
  itd11: { email: 'itd11@example.org', password: 'Itd11-Demo-2026!' },
} as const;

const LoginAnswer = z.object({ data: z.object({ token: z.string().min(1) }) });

/** Admin bearer tokens of the workflow accounts, signed in through the real admin login. */
export async function workflowTokens(cms: TestCms): Promise<Record<keyof typeof WORKFLOW_ACCOUNTS, string>> {
  const tokens = { editor: '', itd11: '' };
  for (const who of ['editor', 'itd11'] as const) {
    const res = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(WORKFLOW_ACCOUNTS[who]) });
    tokens[who] = LoginAnswer.parse(await res.json()).data.token;
  }
  return tokens;
}
