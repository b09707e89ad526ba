// A seeded CMS in this process (fresh SQLite), then a timed full reindex: prints a JSON line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from '../../scripts/lib/stack.mjs';

const require = createRequire(path.join(root, 'apps/cms/package.json'));
const appDir = path.join(root, 'apps/cms');
const [meiliUrl, meiliKey] = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-bench-reindex-'));
const r = () => crypto.randomBytes(18).toString('base64url');
const index = `bench_${crypto.randomBytes(3).toString('hex')}`;
Object.assign(process.env, {
  APP_KEYS: `${r()},${r()}`, API_TOKEN_SALT: r(), ADMIN_JWT_SECRET: r(), JWT_SECRET: r(), TRANSFER_TOKEN_SALT: r(), ENCRYPTION_KEY: r(), PREVIEW_SECRET: r(), FORM_SECRET: r(),
  DATABASE_FILENAME: path.join(tmp, 'cms.db'), MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey, MEILI_INDEX: index,
  WEB_URL: 'http://127.0.0.1:9', REVALIDATE_SECRET: r(), SEED_DEMO_CONTENT: 'true', STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'test',
});
const { createStrapi } = require('@strapi/strapi');
const { createSearchSync } = require(path.join(appDir, 'dist/src/lib/search-sync.js'));
const { upsertDocuments, ensureIndex } = await import(path.join(root, 'packages/search/dist/index.js'));
const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
strapi.log.level = 'error';
const sync = createSearchSync(strapi);

let t = performance.now();
const { documents } = await sync.rebuild();
const rebuild = performance.now() - t;

// Baseline: the same documents, already mapped, into an empty index (Meilisearch alone).
const all = [];
const report = await sync.reconcile({ dryRun: true });
const client = sync.client;
for (let offset = 0; ; offset += 1000) {
  const page = await client.index(index).getDocuments({ limit: 1000, offset });
  all.push(...page.results);
  if (page.results.length < 1000) break;
}
await ensureIndex(client, `${index}_plain`);
t = performance.now();
for (let i = 0; i < all.length; i += 500) await upsertDocuments(client, all.slice(i, i + 500), `${index}_plain`);
const plain = performance.now() - t;
await client.deleteIndexIfExists(`${index}_plain`);
await client.deleteIndexIfExists(index);
await strapi.destroy();
fs.rmSync(tmp, { recursive: true, force: true });
console.log(JSON.stringify({ documents, rebuild, plain, consistent: report.missing.length + report.stale.length + report.extra.length === 0 }));
process.exit(0);
