#!/usr/bin/env node
// CI's dependency check: no high or critical advisory in production dependencies
// (`pnpm audit --prod --audit-level high`). When the registry's advisory endpoint cannot be
// reached (some mirrors refuse it; this project's CI machines answer 405), the check says so
// loudly and exits 2: "not checked" must never read as "no findings".
import { spawnSync } from 'node:child_process';

const r = spawnSync('pnpm', ['audit', '--prod', '--audit-level', 'high', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const out = `${r.stdout}\n${r.stderr}`;
if (/ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT|ENOTFOUND|ECONNREFUSED|ETIMEDOUT/.test(out)) {
  console.error(`[audit] NOT CHECKED: the advisory endpoint could not be reached:\n${out.trim().split('\n').slice(0, 6).join('\n')}`);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(`[audit] NOT CHECKED: pnpm audit gave no JSON report:\n${out.trim().slice(0, 800)}`);
  process.exit(2);
}
const advisories = Object.values(report.advisories ?? {});
const serious = advisories.filter((a) => a.severity === 'high' || a.severity === 'critical');
for (const a of serious) console.error(`[audit] ${a.severity}: ${a.module_name} ${a.vulnerable_versions} — ${a.title} (${a.url})`);
console.log(`[audit] production dependencies: ${advisories.length} advisories, ${serious.length} high or critical`);
process.exit(serious.length ? 1 : 0);
