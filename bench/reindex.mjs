#!/usr/bin/env node
// A full reindex of everything (the seeded portal: the OZG/LeiKa catalogue plus all editorial
// content) into a new index swapped in at the end. Goal: under 15 s. Baseline, same run: the
// same documents, already mapped, written into an empty index (Meilisearch's share alone).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { startMeili } from '../scripts/lib/meili.mjs';
import { root } from '../scripts/lib/stack.mjs';
import { report } from './lib/report.mjs';

await ensureBuilt({ log: () => {} });
const meili = await startMeili();
try {
  const r = spawnSync(process.execPath, ['--max-semi-space-size=64', path.join(root, 'bench/lib/reindex-worker.mjs'), meili.url, meili.masterKey], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) throw new Error(`reindex worker failed:\n${r.stderr.slice(-3000)}`);
  const x = JSON.parse(line);
  if (!x.consistent) throw new Error('the rebuilt index does not match the published content');
  report('reindex', [
    { metric: `${x.documents} documents, mapped, into an empty index (baseline)`, value: x.plain, unit: 'ms' },
    { metric: 'full reindex: read, map, index, swap', value: x.rebuild, unit: 'ms', ratio: x.rebuild / x.plain, goal: '< 15000 ms' },
  ]);
} finally {
  await meili.stop();
}
