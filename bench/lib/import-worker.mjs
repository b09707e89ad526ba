// One import run in a fresh CMS (SQLite or the PostgreSQL of DATABASE_URL): prints a JSON line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from '../../scripts/lib/stack.mjs';

// Strapi resolves from the CMS package (it is not a root dependency).
const require = createRequire(path.join(root, 'apps/cms/package.json'));
const appDir = path.join(root, 'apps/cms');
const [file, meiliUrl, meiliKey] = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-import-'));
const r = () => crypto.randomBytes(18).toString('base64url');
Object.assign(process.env, {
  APP_KEYS: `${r()},${r()}`, API_TOKEN_SALT: r(), ADMIN_JWT_SECRET: r(), JWT_SECRET: r(), TRANSFER_TOKEN_SALT: r(), ENCRYPTION_KEY: r(),
  DATABASE_FILENAME: path.join(tmp, 'cms.db'), MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey, MEILI_INDEX: `bench_${crypto.randomBytes(3).toString('hex')}`,
  WEB_URL: 'http://127.0.0.1:9', REVALIDATE_SECRET: r(), PREVIEW_SECRET: r(), FORM_SECRET: r(), SEED_DEMO_CONTENT: 'false', STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'test',
});
const { createStrapi } = require('@strapi/strapi');
const { parseOzgFile } = require(path.join(appDir, 'dist/src/importers/ozg.js'));
const { importServices } = require(path.join(appDir, 'dist/src/importers/write.js'));
const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
strapi.log.level = 'error';
const parsed = parseOzgFile(file);
const records = parsed.records;

// Baseline: the same number of rows straight through Strapi's query engine (no documents,
// no relations, no validation): the floor the importer's bookkeeping is measured against.
let t = performance.now();
await strapi.db.transaction(async () => {
  for (let i = 0; i < records.length; i += 500) {
    await strapi.db.query('api::topic.topic').createMany({ data: records.slice(i, i + 500).map((x, j) => ({ name: x.name.slice(0, 120), slug: `b-${i + j}`, locale: 'de', documentId: `bench${i + j}` })) });
  }
});
const baseline = performance.now() - t;

t = performance.now();
const report = await importServices(strapi, records, { publish: true, batchSize: 500 });
const first = performance.now() - t;
t = performance.now();
const again = await importServices(strapi, records, { publish: true, batchSize: 500 });
const second = performance.now() - t;
await strapi.destroy();
fs.rmSync(tmp, { recursive: true, force: true });
console.log(JSON.stringify({ rows: records.length, baseline, first, second, created: report.created, updatedOnRerun: again.updated, unchangedOnRerun: again.unchanged, errors: report.errors.length + again.errors.length }));
process.exit(0);
