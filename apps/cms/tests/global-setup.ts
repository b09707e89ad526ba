import crypto from 'node:crypto';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper without types
import { startMeili } from '../../../scripts/lib/meili.mjs';
// @ts-expect-error plain ESM helper without types
import { ensureBuilt } from '../../../scripts/lib/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
    pgPrefix: string;
  }
}

/** One real Meilisearch for the whole integration run; the CMS build is brought up to date first. */
export default async function setup(project: TestProject) {
  await ensureBuilt({ log: () => {} });
  const meili = await startMeili();
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
  const pgPrefix = `dsh_test_${crypto.randomBytes(3).toString('hex')}_`;
  project.provide('pgPrefix', pgPrefix);
  return async () => {
    await meili.stop();
    if (process.env.DATABASE_URL) await dropTestDatabases(process.env.DATABASE_URL, pgPrefix);
  };
}

async function dropTestDatabases(url: string, prefix: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}
