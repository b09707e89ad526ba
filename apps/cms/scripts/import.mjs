#!/usr/bin/env node
// pnpm --filter cms run import <ozg|dldb> <file> [--locations <file>] [--source <name>]
//                              [--dry-run] [--publish] [--batch <n>]
// Upserts services (by LeiKa key) and locations into the CMS: idempotent, with a progress
// bar, a per-row error report and one transaction per batch. Without --publish, new and
// changed services are drafts that wait for ITD11.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { appDir, useLocalPortalEnv } from './lib/cli-env.mjs';
import cliProgress from 'cli-progress';

const require = createRequire(import.meta.url);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locations: { type: 'string' },
    source: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    batch: { type: 'string', default: '250' },
    'data-dir': { type: 'string' },
  },
});
const [format, file] = positionals;
const usage = 'usage: import <ozg|dldb> <file> [--locations <file>] [--source <name>] [--dry-run] [--publish] [--batch <n>]';
if (!['ozg', 'dldb'].includes(format ?? '') || !file) {
  console.error(usage);
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`no such file: ${file}`);
  process.exit(2);
}
const batchSize = Number(values.batch);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
  console.error('--batch must be a whole number from 1 to 5000');
  process.exit(2);
}

await useLocalPortalEnv(values['data-dir']);

const dist = path.join(appDir, 'dist');
if (!fs.existsSync(path.join(dist, 'src/importers/write.js'))) {
  console.error('the CMS is not built: run `pnpm --filter cms build` first');
  process.exit(2);
}
const { parseOzgFile } = require(path.join(dist, 'src/importers/ozg.js'));
const { parseDldbFiles } = require(path.join(dist, 'src/importers/dldb.js'));
const { importServices, importLocations } = require(path.join(dist, 'src/importers/write.js'));

const t0 = Date.now();
const source = values.source ?? path.basename(path.dirname(path.resolve(file)));
const parsed = format === 'ozg' ? { services: parseOzgFile(file), locations: { records: [], errors: [] } } : parseDldbFiles(file, values.locations, source);

const { createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ appDir, distDir: dist }).load();
let exitCode = 0;
try {
  const locationIds = await importLocations(strapi, parsed.locations.records, { dryRun: values['dry-run'], publish: values.publish });
  const bar = new cliProgress.SingleBar({ format: 'services |{bar}| {value}/{total} {eta_formatted}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 }, cliProgress.Presets.shades_classic);
  bar.start(parsed.services.records.length, 0);
  const report = await importServices(strapi, parsed.services.records, {
    dryRun: values['dry-run'],
    publish: values.publish,
    batchSize,
    locationIds,
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  const errors = [...parsed.services.errors, ...parsed.locations.errors, ...report.errors];
  const seconds = (Date.now() - t0) / 1000;
  console.log(
    `${values["dry-run"] ? "dry run: would create" : "created"} ${report.created}, ${values["dry-run"] ? "would update" : "updated"} ${report.updated}, unchanged ${report.unchanged} services` +
      `${parsed.locations.records.length ? `, ${parsed.locations.records.length} locations` : ''} in ${seconds.toFixed(1)} s ` +
      `(${((report.created + report.updated) / seconds).toFixed(0)} services/s); ${errors.length} rows with problems (see below)`,
  );
  for (const e of errors.slice(0, 50)) console.log(`  row ${e.row}${e.key ? ` (${e.key})` : ''}: ${e.message}`);
  if (errors.length > 50) console.log(`  … and ${errors.length - 50} more`);
  if (report.keptAsDraft?.length) {
    console.log(`${report.keptAsDraft.length} services written as drafts, not published: an editor's change to them awaits ITD11's review (${report.keptAsDraft.slice(0, 10).join(', ')}${report.keptAsDraft.length > 10 ? ', …' : ''})`);
  }
  if (report.aborted) {
    console.error(report.aborted);
    exitCode = 1;
  }
} finally {
  await strapi.destroy();
}
process.exit(exitCode);
