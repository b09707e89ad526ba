#!/usr/bin/env node
// pnpm --filter cms run reconcile [--dry-run] [--data-dir <dir>]
// Compares the search index with the published content and repairs the difference (missing,
// stale and no-longer-published documents). Exit code 0 when the index matched or was
// repaired, 1 on a dry run that found differences, 2 on bad usage.
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { appDir, useLocalPortalEnv } from './lib/cli-env.mjs';

const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, 'data-dir': { type: 'string' } } });

await useLocalPortalEnv(values['data-dir']);

const dist = path.join(appDir, 'dist');
const { createSearchSync } = require(path.join(dist, 'src/lib/search-sync.js'));
const { createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ appDir, distDir: dist }).load();
strapi.log.level = 'warn';
let code = 0;
try {
  const t0 = Date.now();
  const r = await createSearchSync(strapi).reconcile({ dryRun: values['dry-run'] });
  const diff = r.missing.length + r.stale.length + r.extra.length;
  console.log(
    `${r.published} published, ${r.indexed} in the index: ${r.missing.length} missing, ${r.stale.length} stale, ${r.extra.length} no longer published` +
      ` — ${diff === 0 ? 'index matches' : r.repaired ? 'repaired' : 'not repaired (dry run)'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  for (const [label, ids] of [['missing', r.missing], ['stale', r.stale], ['extra', r.extra]]) if (ids.length) console.log(`  ${label}: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ` … (${ids.length})` : ''}`);
  if (diff && !r.repaired) code = 1;
} finally {
  await strapi.destroy();
}
process.exit(code);
