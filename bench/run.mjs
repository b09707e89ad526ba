#!/usr/bin/env node
// `pnpm bench`: every benchmark under bench/, one after another (this machine has two cores),
// then one table of all figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && (!only.length || only.some((o) => f.startsWith(o))));
const all = [];
let failed = 0;
for (const f of files.sort()) {
  const r = spawnSync(process.execPath, [path.join(dir, f)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  process.stdout.write(r.stdout.split('\n').filter((l) => !l.startsWith('BENCH ')).join('\n'));
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${f} failed with exit code ${r.status}`);
  }
  for (const line of r.stdout.split('\n')) if (line.startsWith('BENCH ')) all.push(JSON.parse(line.slice(6)));
}
console.log('\nSummary');
for (const b of all) for (const r of b.rows) {
  const v = r.unit === 'ms' ? `${r.value.toFixed(0)} ms` : `${r.value.toFixed(2)} ${r.unit ?? ''}`;
  console.log(`  ${b.name.padEnd(16)} ${r.metric.padEnd(52)} ${v.padStart(12)}${typeof r.ratio === 'number' && Number.isFinite(r.ratio) ? `  ×${r.ratio < 0.1 ? r.ratio.toPrecision(2) : r.ratio.toFixed(2)}` : ''}`);
}
process.exit(failed ? 1 : 0);
