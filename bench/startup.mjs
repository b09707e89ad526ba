#!/usr/bin/env node
// Time from `start` to a served home page: cold (empty data folder: migrations, seed, index)
// and warm (the same folder again), against a baseline measured in the same run: the web app
// alone, from spawn to its first answer (the framework's floor on this machine).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../scripts/lib/build.mjs';
import { freePort, root, startStack } from '../scripts/lib/stack.mjs';
import { report } from './lib/report.mjs';

await ensureBuilt({ log: () => {} });

async function untilServed(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} not served within ${ms} ms`);
}

async function timedStart(dataDir) {
  const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
  const t0 = performance.now();
  const stack = await startStack({ dataDir, ports, seed: true, build: false });
  await untilServed(stack.urls.digital);
  const ms = performance.now() - t0;
  await stack.stop();
  return ms;
}

async function baseline() {
  const port = await freePort();
  const t0 = performance.now();
  const web = spawn(process.execPath, [path.join(root, 'apps/web/node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', 'localhost'], {
    cwd: path.join(root, 'apps/web'),
    env: { ...process.env, CMS_URL: 'http://127.0.0.1:9', MEILI_URL: 'http://127.0.0.1:9', MEILI_SEARCH_KEY: 'x'.repeat(32), REVALIDATE_SECRET: 'x'.repeat(32) },
    stdio: 'ignore',
  });
  await untilServed(`http://localhost:${port}/api/health`);
  const ms = performance.now() - t0;
  web.kill('SIGTERM');
  return ms;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-startup-'));
try {
  const base = await baseline();
  const cold = await timedStart(dataDir);
  const warm = await timedStart(dataDir);
  report('startup', [
    { metric: 'web app alone, spawn to first answer (baseline)', value: base, unit: 'ms' },
    { metric: 'cold start to served home page', value: cold, unit: 'ms', ratio: cold / base },
    { metric: 'warm start to served home page', value: warm, unit: 'ms', ratio: warm / base, goal: 'under 60 s' },
  ]);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
