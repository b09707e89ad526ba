#!/usr/bin/env node
// `pnpm start`: the whole portal on embedded defaults (SQLite, bundled Meilisearch), with
// demo content. Ctrl-C stops everything. A second start reuses .data/ and starts in seconds.
import path from 'node:path';
import { root, startStack, StackError } from './lib/stack.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`Node ${process.versions.node} is too old: the portal needs Node 20 or newer.`);
  process.exit(1);
}

const port = (name, fallback) => {
  const v = process.env[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    console.error(`${name}=${v} is not a port number.`);
    process.exit(1);
  }
  return n;
};

const dataDir = path.resolve(root, process.env.PORTAL_DATA_DIR ?? '.data');
const ports = { web: port('WEB_PORT', 3000), cms: port('CMS_PORT', 1337), meili: port('MEILI_PORT', 7700) };
const log = (line) => console.log(`[portal] ${line}`);

let stack;
let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping …');
  await stack?.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  const t0 = Date.now();
  stack = await startStack({ dataDir, ports, seed: process.env.SEED_DEMO_CONTENT !== 'false', log });
  const { urls, admin, logins } = stack;
  console.log(`
  Digitale Stadt Hamburg   ${urls.digital}
  Serviceverzeichnis       ${urls.service}
  CMS admin                ${urls.admin}
      Redaktion (editors)  ${logins.editor.email} / ${logins.editor.password}
      ITD11 (approvers)    ${logins.approver.email} / ${logins.approver.password}
      Super Admin          ${admin.email} / ${admin.password}
  Search (Meilisearch)     ${urls.meili}

  Ready in ${((Date.now() - t0) / 1000).toFixed(1)} s. Data and logs: ${path.relative(process.cwd(), dataDir) || '.'}/  ·  Ctrl-C stops everything.
`);
  await stack.crashed;
} catch (err) {
  console.error(`[portal] ${err instanceof StackError ? err.message : (err.stack ?? err)}`);
  await shutdown(1);
}
