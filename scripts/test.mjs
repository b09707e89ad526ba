#!/usr/bin/env node
// `pnpm test`: every test, against real parts. Builds what is stale, then runs
// unit + integration (Vitest; a real Strapi in-process, a real Meilisearch, SQLite or the
// PostgreSQL of DATABASE_URL), scale (two web replicas on Redis) and the journeys (Playwright, Debian Chromium, the whole portal).
// Ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { root } from './lib/stack.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const suites = only ? [only] : ['unit', 'integration', 'scale', 'e2e'];
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const log = (l) => console.log(`[test] ${l}`);

function chromium() {
  const bin = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(bin)) return true;
  // A fresh Debian machine run as root gets the browser from Debian; elsewhere we say how.
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    log('Chromium is missing: installing Debian’s chromium (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (r.status === 0 && fs.existsSync(bin)) return true;
  }
  console.error(`[test] The journeys need Chromium at ${bin}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  return false;
}

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
// CI shows only the end of the output: the failed tests are named again just above the count.
const failures = [];

// ANSI colours and stack traces make a one-line reason unreadable.
function firstLine(text) {
  return String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 300) ?? '';
}

function readVitest(file) {
  if (!fs.existsSync(file)) return false;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  // A file that fails to load has no failed test but must still count.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.some((a) => a.status === 'failed')).length;
  counts.failed += r.numFailedTests + brokenFiles;
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const f of r.testResults ?? []) {
    const file = path.relative(root, f.name);
    const failed = (f.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (f.status === 'failed' && !failed.length) failures.push(`${file}: ${firstLine(f.message) || 'did not load'}`);
    for (const a of failed) failures.push(`${file} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  }
  return true;
}

function readPlaywright(file) {
  if (!fs.existsSync(file)) return false;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts.passed += r.stats.expected;
  counts.failed += r.stats.unexpected + r.stats.flaky;
  counts.skipped += r.stats.skipped;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
        const error = t.results?.find((x) => x.error)?.error?.message;
        failures.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are the files: their titles are the file names, already in spec.file.
  for (const suite of r.suites ?? []) walk(suite, []);
  return true;
}

let failedRuns = 0;
const t0 = Date.now();
await ensureBuilt({ log });

// Scale runs whole stacks as processes (two web replicas, PostgreSQL, Redis) with a time bound:
// after unit and integration, not beside them.
const vitestRuns = [suites.filter((s) => s === 'unit' || s === 'integration'), suites.filter((s) => s === 'scale')].filter((p) => p.length);
for (const vitestProjects of vitestRuns) {
  const out = path.join(results, vitestProjects.includes('scale') ? 'vitest-scale.json' : 'vitest.json');
  fs.rmSync(out, { force: true });
  const status = run('pnpm', ['exec', 'vitest', 'run', ...vitestProjects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!readVitest(out)) counts.failed++;
  if (status !== 0) failedRuns++;
}

if (suites.includes('e2e')) {
  const out = path.join(results, 'e2e.json');
  fs.rmSync(out, { force: true });
  if (!chromium()) {
    counts.failed++;
    failedRuns++;
  } else {
    const status = run('pnpm', ['exec', 'playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    if (!readPlaywright(out)) counts.failed++;
    if (status !== 0) failedRuns++;
  }
}

for (const f of failures) console.log(`[test] FAILED ${f}`);
log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedRuns || counts.failed ? 1 : 0);
