#!/usr/bin/env node
// The relevance set (tests/relevance) on the seeded portal: success@5 and MRR of the portal's
// search (/api/search), against two baselines measured in the same run on the same documents:
// Meilisearch with default settings (no compound parts, no synonyms), and PostgreSQL full-text
// search (german configuration, ts_rank_cd) when a PostgreSQL answers at BENCH_DATABASE_URL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { freePort, startStack } from '../scripts/lib/stack.mjs';
import { evaluate } from '../tests/relevance/evaluate.mjs';
import { report } from './lib/report.mjs';

await ensureBuilt({ log: () => {} });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-relevance-'));
const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
const stack = await startStack({ dataDir, ports, seed: true, build: false });
const meili = stack.urls.meili;
const auth = { authorization: `Bearer ${stack.secrets.MEILI_MASTER_KEY}`, 'content-type': 'application/json' };
const call = async (method, p, body) => {
  const res = await fetch(`${meili}${p}`, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (json.taskUid !== undefined) for (;;) {
    const t = await (await fetch(`${meili}/tasks/${json.taskUid}`, { headers: auth })).json();
    if (t.status === 'succeeded') break;
    if (t.status === 'failed') throw new Error(JSON.stringify(t.error));
    await new Promise((r) => setTimeout(r, 50));
  }
  return json;
};
const rows = [];
try {
  // The German services as the portal indexed them.
  const docs = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call('POST', '/indexes/content/documents/fetch', { filter: 'type = "service" AND locale = "de"', limit: 1000, offset });
    docs.push(...page.results);
    if (page.results.length < 1000) break;
  }
  const ours = await evaluate(async (q) => {
    const body = await (await fetch(`${stack.urls.digital}/api/search?${new URLSearchParams({ q, type: 'service', locale: 'de', limit: '10' })}`)).json();
    return body.hits.map((h) => h.leikaKey ?? '');
  });

  // Baseline 1: Meilisearch out of the box on the same documents (without the portal's parts).
  await call('POST', '/indexes', { uid: 'relevance_default', primaryKey: 'id' });
  await call('PATCH', '/indexes/relevance_default/settings', { filterableAttributes: ['type', 'locale'] });
  await call('POST', '/indexes/relevance_default/documents', docs.map(({ parts, ...d }) => d));
  const plain = await evaluate(async (q) => {
    const r = await call('POST', '/indexes/relevance_default/search', { q, limit: 10 });
    return r.hits.map((h) => h.leikaKey ?? '');
  });
  rows.push(
    { metric: `portal search: success@5 (${docs.length} services)`, value: ours.successAt5, unit: '' },
    { metric: 'portal search: MRR', value: ours.mrr, unit: '' },
    { metric: 'Meilisearch defaults: success@5 (baseline)', value: plain.successAt5, unit: '' },
    { metric: 'Meilisearch defaults: MRR (baseline)', value: plain.mrr, unit: '' },
    { metric: 'portal vs Meilisearch defaults, MRR', value: ours.mrr, unit: '', ratio: ours.mrr / Math.max(plain.mrr, 1e-9) },
  );

  // Baseline 2: PostgreSQL full-text search, german configuration.
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new Client({ connectionString: base, connectionTimeoutMillis: 2000 });
  let pgDone = false;
  try {
    await admin.connect();
    const name = `dsh_relevance_${crypto.randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const pg = new Client({ connectionString: url.toString() });
    await pg.connect();
    try {
      await pg.query('CREATE TABLE services (leika_key text, title text, body text)');
      for (let i = 0; i < docs.length; i += 500) {
        const chunk = docs.slice(i, i + 500);
        const values = chunk.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3})`).join(',');
        await pg.query(`INSERT INTO services VALUES ${values}`, chunk.flatMap((d) => [d.leikaKey, d.title, [d.keywords.join(' '), d.summary, d.text].join(' ')]));
      }
      await pg.query(`ALTER TABLE services ADD COLUMN tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B')) STORED`);
      const fts = await evaluate(async (q) => {
        const r = await pg.query(`SELECT leika_key FROM services, websearch_to_tsquery('german', $1) query WHERE tsv @@ query ORDER BY ts_rank_cd(tsv, query) DESC LIMIT 10`, [q]);
        return r.rows.map((x) => x.leika_key ?? '');
      });
      rows.push(
        { metric: 'PostgreSQL full-text: success@5 (baseline)', value: fts.successAt5, unit: '' },
        { metric: 'PostgreSQL full-text: MRR (baseline)', value: fts.mrr, unit: '' },
        { metric: 'portal vs PostgreSQL full-text, MRR', value: ours.mrr, unit: '', ratio: ours.mrr / Math.max(fts.mrr, 1e-9) },
      );
      pgDone = true;
    } finally {
      await pg.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } catch (err) {
    if (!pgDone) console.log(`PostgreSQL baseline skipped: ${err.message}`);
  } finally {
    await admin.end().catch(() => {});
  }
  report('relevance', rows);
  for (const m of ours.misses) console.log(`  portal: not in the first five: "${m.q}"`);
} finally {
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
