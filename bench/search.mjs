#!/usr/bin/env node
// p50/p95 of GET /api/search through the web app on the seeded portal (the whole OZG/LeiKa
// catalogue plus all editorial content), against Meilisearch's own processing time for the
// same queries in the same run (the baseline). Goal: p95 < 50 ms end to end, < 10 ms in
// Meilisearch. Queries: the relevance set plus partial words and filters, cycled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchRequest, SearchQuery } from '../packages/search/dist/index.js';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { freePort, root, startStack } from '../scripts/lib/stack.mjs';
import { report } from './lib/report.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
await ensureBuilt({ log: () => {} });
const set = JSON.parse(fs.readFileSync(path.join(root, 'tests/relevance/queries.json'), 'utf8')).queries.map((q) => q.q);
const queries = [
  ...set.map((q) => ({ q })),
  ...set.slice(0, 10).map((q) => ({ q: q.slice(0, Math.max(3, q.length - 3)) })), // typing in progress
  { q: 'antrag', type: 'service', online: 'true' },
  { q: 'digital', type: 'project' },
  { q: 'hamburg', locale: 'en' },
  { q: 'anmeldung', audience: 'businesses' },
];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-search-'));
const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
const stack = await startStack({ dataDir, ports, seed: true, build: false, env: { SEARCH_RATE_LIMIT_PER_MINUTE: '100000000' } });
const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
try {
  const web = stack.urls.digital;
  const meili = stack.urls.meili;
  const key = stack.secrets.MEILI_SEARCH_KEY;
  const index = 'content';
  const e2e = [];
  const engine = [];
  // Warm up: connections, caches, the first tasks after the seed.
  for (const q of queries) await fetch(`${web}/api/search?${new URLSearchParams(q)}`).then((r) => r.text());
  for (let i = 0; i < ROUNDS; i++) {
    const q = queries[i % queries.length];
    const t0 = performance.now();
    const res = await fetch(`${web}/api/search?${new URLSearchParams(q)}`);
    await res.text();
    if (res.status !== 200) throw new Error(`/api/search?${new URLSearchParams(q)} answered ${res.status}`);
    e2e.push(performance.now() - t0);
    // The same request straight to Meilisearch: its own processing time.
    const parsed = SearchQuery.parse({ locale: 'de', ...q, ...(q.type ? { type: [q.type] } : {}) });
    const body = { q: parsed.q, ...buildSearchRequest(parsed) };
    const m = await fetch(`${meili}/indexes/${index}/search`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    engine.push((await m.json()).processingTimeMs);
  }
  const stats = await fetch(`${meili}/indexes/${index}/stats`, { headers: { authorization: `Bearer ${stack.secrets.MEILI_MASTER_KEY}` } }).then((r) => r.json());
  report('search', [
    { metric: `Meilisearch processing, p50 (${stats.numberOfDocuments} documents)`, value: p(engine, 0.5), unit: 'ms' },
    { metric: 'Meilisearch processing, p95 (baseline)', value: p(engine, 0.95), unit: 'ms', goal: '< 10 ms' },
    { metric: `/api/search end to end, p50 (${ROUNDS} requests)`, value: p(e2e, 0.5), unit: 'ms' },
    { metric: '/api/search end to end, p95', value: p(e2e, 0.95), unit: 'ms', ratio: p(e2e, 0.95) / Math.max(1, p(engine, 0.95)), goal: '< 50 ms' },
  ]);
} finally {
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
