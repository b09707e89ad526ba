#!/usr/bin/env node
// The day a new online service is announced: many readers at once. autocannon on loopback,
// each run bounded in time (LOAD_SECONDS, default 30).
//
// Pages: a cached service page and the home page under 100 connections, against two
// baselines measured in the same run: the same Next server's empty static page (its prerendered
// not-found page: the framework floor; goal ≥ 0.8 of its req/s) and nginx serving the saved HTML
// of the same pages (the physical ceiling on this machine). Search: /api/search under 50
// connections with varied queries, p99 under 100 ms. Every run must end with 0 errors. 100 connections × 30 s × 11 runs: about six minutes.
//
// Each page run is made twice: as a reverse proxy or CDN in front fetches it (uncompressed;
// the proxy compresses, as in production), which is the app's own cost and where the 0.8 goal
// applies; and as a browser talking to the app directly (gzip). Compression costs time in
// proportion to the bytes, and the app's pages carry a per-response CSP nonce, so each answer is
// compressed anew; nginx compresses the same way in its gzip runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { report } from './lib/report.mjs';
import { firstServicePath, get, seededPortal } from './lib/seeded-stack.mjs';
import { freePort } from '../scripts/lib/stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const ENCODINGS = ['identity', 'gzip'];

function nginxBinary() {
  if (fs.existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  // A fresh Debian machine run as root gets nginx from Debian, as the tests get Chromium.
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.error('[load] nginx is missing: installing Debian’s nginx-light (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env });
    spawnSync('pkill', ['-x', 'nginx']); // the package starts a default server on port 80
    if (fs.existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  }
  return undefined;
}

/** nginx on a free loopback port serving `files` ({ '/path': html }); one worker, like Next's one process. */
async function startNginx(files) {
  const bin = nginxBinary();
  if (!bin) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-nginx-'));
  const port = await freePort();
  const locations = Object.entries(files).map(([p, html], i) => {
    fs.writeFileSync(path.join(dir, `page${i}.html`), html);
    return `location = ${p} { default_type text/html; alias ${dir}/page${i}.html; }`;
  });
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  gzip on; gzip_comp_level 1; gzip_types text/html; gzip_min_length 256;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; ${locations.join(' ')} }
}`,
  );
  const child = spawn(bin, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await get(`http://127.0.0.1:${port}${Object.keys(files)[0]}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One autocannon run; `host` sets the Host header for *.localhost sites. */
function load({ url, host, connections, paths, expectStatus = 200, encoding = 'identity' }) {
  const u = new URL(url);
  const opts = {
    url: `http://127.0.0.1:${u.port}`,
    connections,
    duration: SECONDS,
    headers: { 'accept-encoding': encoding, 'user-agent': 'dsh-bench-load', host: host ?? u.host },
    // Varied paths (search queries) are sent round robin.
    requests: (paths ?? [`${u.pathname}${u.search}`]).map((p) => ({ method: 'GET', path: p })),
  };
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, r) => {
      if (err) return reject(err);
      const wrongStatus = expectStatus === 200 ? r.non2xx : r['1xx'] + r['2xx'] + r['3xx'] + r['5xx'];
      resolve({ rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50, errors: r.errors + r.timeouts, wrongStatus, total: r.requests.total });
    });
  });
}

const portal = await seededPortal({ env: { SEARCH_RATE_LIMIT_PER_MINUTE: '100000000' } });
let nginx;
try {
  const digital = new URL(portal.digital);
  const service = new URL(portal.service);
  const first = await firstServicePath(portal);
  // Warm: the first request renders and caches each page.
  for (let i = 0; i < 3; i++) {
    await get(`${portal.service}${first}`);
    await get(`${portal.digital}/`);
  }
  const servicePage = { url: `${portal.service}${first}`, host: service.host };
  const home = { url: `${portal.digital}/`, host: digital.host };
  // Next answers paths no route matches with its prerendered not-found page: static, no data.
  const floor = { url: `${portal.digital}/_next/bench-floor`, host: digital.host, expectStatus: 404 };

  nginx = await startNginx({
    '/service': await (await get(servicePage.url)).text(),
    '/home': await (await get(home.url)).text(),
  });

  const rows = [];
  const errors = [];
  const check = (name, r) => {
    if (r.errors || r.wrongStatus) errors.push(`${name}: ${r.errors} errors, ${r.wrongStatus} unexpected status`);
  };
  for (const encoding of ENCODINGS) {
    const base = await load({ ...floor, connections: 100, encoding });
    check(`empty page ${encoding}`, base);
    rows.push({ metric: `empty static page (floor), ${encoding}, req/s`, value: base.rps, unit: 'req/s' });
    for (const [name, target, nginxPath] of [
      ['cached service page', servicePage, '/service'],
      ['home page', home, '/home'],
    ]) {
      const r = await load({ ...target, connections: 100, encoding });
      check(`${name} ${encoding}`, r);
      rows.push({ metric: `${name}, ${encoding}, req/s`, value: r.rps, unit: 'req/s', ratio: r.rps / base.rps, goal: encoding === 'identity' ? '≥ 0.8× the empty page' : undefined });
      rows.push({ metric: `${name}, ${encoding}, p99`, value: r.p99, unit: 'ms' });
      if (nginx) {
        const n = await load({ url: `${nginx.url}${nginxPath}`, connections: 100, encoding });
        check(`nginx ${name} ${encoding}`, n);
        rows.push({ metric: `${name}: nginx ceiling, ${encoding}, req/s (ratio: app/nginx)`, value: n.rps, unit: 'req/s', ratio: r.rps / n.rps });
      }
    }
  }
  if (!nginx) console.error('[load] nginx not found (install Debian’s nginx-light): no ceiling measured');

  // Queries as citizens type them, round robin, so the answers are not one cached result.
  const { queries } = JSON.parse(fs.readFileSync(path.join(root, 'tests/relevance/queries.json'), 'utf8'));
  const searchPaths = queries.map((q) => `/api/search?q=${encodeURIComponent(q.q)}`);
  const s = await load({ url: portal.service, host: service.host, connections: 50, paths: searchPaths, encoding: 'gzip' });
  check('search', s);
  rows.push({ metric: '/api/search, 50 conn, req/s', value: s.rps, unit: 'req/s' });
  rows.push({ metric: '/api/search, 50 conn, p99', value: s.p99, unit: 'ms', goal: '< 100 ms' });
  rows.push({ metric: 'errors in all runs', value: errors.length, unit: '', goal: '0' });
  report('load', rows);
  if (errors.length) {
    console.error(`[load] ${errors.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  nginx?.stop();
  await portal.stop();
}
