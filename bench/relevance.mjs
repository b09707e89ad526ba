#!/usr/bin/env node
// The relevance sets (tests/relevance: the common questions and the long tail, German and
// English) on the seeded portal: success@1, success@5, MRR and the zero-result rate of the
// portal's search (/api/search: the whole query pipeline, synonyms, thesaurus, glossary;
// English queries count the English results, then the German-only services the answer lists),
// per locale and per Themenfeld, against two baselines measured in the same run on the same
// German service documents: Meilisearch with default settings (no compound parts, no
// synonyms), and PostgreSQL full-text search (german configuration, ts_rank_cd) when a
// PostgreSQL answers at BENCH_DATABASE_URL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { freePort, startStack } from '../scripts/lib/stack.mjs';
import { evaluate, longTailSet, relevanceSet } from '../tests/relevance/evaluate.mjs';
import { report } from './lib/report.mjs';

await ensureBuilt({ log: () => {} });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-relevance-'));
const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
// Hundreds of queries from one client, each measured uncached.
const stack = await startStack({ dataDir, ports, seed: true, build: false, env: { SEARCH_RATE_LIMIT_PER_MINUTE: '100000000', SEARCH_CACHE_SECONDS: '0' } });
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
  const sets = { common: relevanceSet, 'long tail': longTailSet };
  const portal = async (q, item) => {
    const locale = item.locale ?? 'de';
    const res = await fetch(`${stack.urls.digital}/api/search?${new URLSearchParams({ q, type: 'service', locale, limit: '10' })}`);
    if (!res.ok) throw new Error(`/api/search?q=${q}: ${res.status} ${await res.text()}`);
    const body = await res.json();
    return [...body.hits, ...(body.germanOnly?.hits ?? [])].map((h) => h.leikaKey ?? '');
  };

  // Baseline 1: Meilisearch out of the box on the same documents (without the portal's parts).
  await call('POST', '/indexes', { uid: 'relevance_default', primaryKey: 'id' });
  await call('PATCH', '/indexes/relevance_default/settings', { filterableAttributes: ['type', 'locale'] });
  await call('POST', '/indexes/relevance_default/documents', docs.map(({ parts, ...d }) => d));
  const plain = async (q) => {
    const r = await call('POST', '/indexes/relevance_default/search', { q, limit: 10 });
    return r.hits.map((h) => h.leikaKey ?? '');
  };
  /** @type {Record<string, Record<string, Awaited<ReturnType<typeof evaluate>>>>} */
  const results = {};
  for (const [name, set] of Object.entries(sets)) {
    if (!set.length) continue;
    results[name] = { portal: await evaluate(portal, set), 'Meilisearch defaults': await evaluate(plain, set) };
  }
  const latencies = [];
  for (const { q, locale = 'de' } of [...relevanceSet, ...longTailSet]) {
    const s0 = performance.now();
    await fetch(`${stack.urls.digital}/api/search?${new URLSearchParams({ q, type: 'service', locale, limit: '10' })}`).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - s0);
  }
  latencies.sort((a, b) => a - b);
  rows.push({ metric: `portal /api/search p95 over the sets (${docs.length} services)`, value: latencies[Math.floor(latencies.length * 0.95)] ?? 0, unit: 'ms', goal: '< 50 ms' });

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
      const fts = async (q) => {
        const r = await pg.query(`SELECT leika_key FROM services, websearch_to_tsquery('german', $1) query WHERE tsv @@ query ORDER BY ts_rank_cd(tsv, query) DESC LIMIT 10`, [q]);
        return r.rows.map((x) => x.leika_key ?? '');
      };
      for (const [name, set] of Object.entries(sets)) if (set.length) results[name]['PostgreSQL full-text'] = await evaluate(fts, set);
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
  for (const [name, engines] of Object.entries(results)) {
    const groups = [...new Set(Object.values(engines).flatMap((r) => Object.keys(r.byGroup)))].sort((a, b) => (a.startsWith('locale') === b.startsWith('locale') ? a.localeCompare(b) : a.startsWith('locale') ? -1 : 1));
    for (const [engine, r] of Object.entries(engines)) {
      const baseline = engine === 'portal' ? engines['Meilisearch defaults'] : undefined;
      rows.push(
        { metric: `${name}: ${engine}: success@1`, value: r.successAt1, unit: '' },
        { metric: `${name}: ${engine}: success@5`, value: r.successAt5, unit: '', ...(engine === 'portal' ? { goal: '≥ 0.90' } : {}) },
        { metric: `${name}: ${engine}: MRR`, value: r.mrr, unit: '', ...(baseline ? { ratio: r.mrr / Math.max(baseline.mrr, 1e-9), goal: '≥ 0.80' } : {}) },
        { metric: `${name}: ${engine}: zero-result rate`, value: r.zeroResults, unit: '', ...(engine === 'portal' ? { goal: '< 0.02' } : {}) },
      );
    }
    for (const g of groups) {
      const line = Object.entries(engines).map(([engine, r]) => (r.byGroup[g] ? `${engine} s@5 ${r.byGroup[g].successAt5.toFixed(2)} MRR ${r.byGroup[g].mrr.toFixed(2)}` : '')).filter(Boolean).join(' · ');
      console.log(`  ${name} · ${g} (${engines.portal.byGroup[g]?.n ?? 0}): ${line}`);
    }
  }
  report('relevance', rows);
  for (const [name, engines] of Object.entries(results)) for (const m of engines.portal.misses) console.log(`  ${name}: portal: not in the first five: "${m.q}" → ${m.top.join(', ')}`);
} finally {
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
