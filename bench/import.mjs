#!/usr/bin/env node
// Services per second for the whole OZG/LeiKa catalogue through the importer (create and
// publish, then an idempotent re-run), on SQLite and, when one answers, on PostgreSQL.
// Baseline: the same number of plain rows through Strapi's query engine in the same run.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { startMeili } from '../scripts/lib/meili.mjs';
import { root } from '../scripts/lib/stack.mjs';
import { report } from './lib/report.mjs';

await ensureBuilt({ log: () => {} });
const file = path.join(root, 'apps/cms/seed/ozg-leika-services.tsv');
const meili = await startMeili();
const pgBase = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgAvailable() {
  const c = new Client({ connectionString: pgBase, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

function run(env) {
  const r = spawnSync(process.execPath, ['--max-semi-space-size=64', path.join(root, 'bench/lib/import-worker.mjs'), file, meili.url, meili.masterKey], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) throw new Error(`import worker failed:\n${r.stderr.slice(-3000)}`);
  return JSON.parse(line);
}

const rows = [];
try {
  const lite = run({ DATABASE_URL: '' });
  rows.push(
    { metric: `SQLite: plain rows through the query engine (baseline)`, value: lite.rows / (lite.baseline / 1000), unit: 'rows/s' },
    { metric: `SQLite: import ${lite.created} services, create + publish`, value: lite.created / (lite.first / 1000), unit: 'services/s', ratio: (lite.created / lite.first) / (lite.rows / lite.baseline), goal: 'catalogue < 60 s' },
    { metric: 'SQLite: whole catalogue', value: lite.first, unit: 'ms' },
    { metric: 'SQLite: re-run (idempotent update)', value: lite.second, unit: 'ms' },
  );
  if (await pgAvailable()) {
    const name = `dsh_bench_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(pgBase);
    url.pathname = `/${name}`;
    try {
      const pg = run({ DATABASE_URL: url.toString() });
      rows.push(
        { metric: `PostgreSQL: plain rows through the query engine (baseline)`, value: pg.rows / (pg.baseline / 1000), unit: 'rows/s' },
        { metric: `PostgreSQL: import ${pg.created} services, create + publish`, value: pg.created / (pg.first / 1000), unit: 'services/s', ratio: (pg.created / pg.first) / (pg.rows / pg.baseline), goal: 'catalogue < 60 s' },
        { metric: 'PostgreSQL: whole catalogue', value: pg.first, unit: 'ms' },
        { metric: 'PostgreSQL: re-run (idempotent update)', value: pg.second, unit: 'ms' },
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('PostgreSQL not reachable at BENCH_DATABASE_URL: measured SQLite only');
  }
  report('import', rows);
} finally {
  await meili.stop();
}
