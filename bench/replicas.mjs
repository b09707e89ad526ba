#!/usr/bin/env node
// Scale-out: req/s of a cached page with one web replica against two, both behind a local nginx
// (round robin, keepalive to the upstreams), as a ratio. Both replicas share the page cache in
// Redis (REDIS_URL, as in production with several replicas), so the one-replica run uses the
// same cache path and the ratio is the replica count's effect alone. A first run, one replica
// with Next's own cache (no REDIS_URL), shows what the shared cache costs per process.
// autocannon, 100 connections for LOAD_SECONDS (default 20) each run; 0 errors in every run.
//
// Both replicas run on this machine: with 2 cores they share the CPU with each other, nginx,
// Redis and autocannon, so the ratio stays near 1 here. It says what one more pod buys only
// where each pod has cores of its own.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { report } from './lib/report.mjs';
import { firstServicePath, get, seededPortal } from './lib/seeded-stack.mjs';
import { freePort } from '../scripts/lib/stack.mjs';
import { createClient, redisReachable } from '../scripts/lib/redis.mjs';
import { startWebReplica } from '../scripts/lib/web-replica.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = 100;
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));


if (process.env.BENCH_DIGITAL_URL) {
  console.log('replicas: starts its own replicas and ignores BENCH_DIGITAL_URL: nothing measured');
  process.exit(0);
}
if (!nginxBin) {
  console.log('replicas: nginx not found (install Debian’s nginx-light): nothing measured');
  process.exit(0);
}
if (!(await redisReachable(redisUrl))) {
  console.log(`replicas: Redis not reachable at ${redisUrl} (set BENCH_REDIS_URL): nothing measured`);
  process.exit(0);
}

/** nginx with one port per upstream set: { name: [replica ports] } → { name: url }. */
async function startNginx(upstreams) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-nginx-replicas-'));
  const urls = {};
  const blocks = [];
  for (const [name, ports] of Object.entries(upstreams)) {
    const port = await freePort();
    urls[name] = `http://127.0.0.1:${port}`;
    blocks.push(`upstream ${name} { ${ports.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 64; }
  server { listen 127.0.0.1:${port};
    location / { proxy_pass http://${name}; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $http_host; proxy_buffering on; } }`);
  }
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off; keepalive_requests 100000;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  ${blocks.join('\n  ')}
}`,
  );
  const child = spawn(nginxBin, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${Object.values(urls)[0]}/api/health`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    urls,
    errorLog: () => fs.readFileSync(path.join(dir, 'error.log'), 'utf8').trim().split('\n').slice(-5).join('\n'),
    stop: () => {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each run starts warm: nginx's upstream connections open and the replicas' code compiled. */
async function measure(url, host) {
  await load(url, host, 3);
  return load(url, host);
}

function load(url, host, duration = SECONDS) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `http://127.0.0.1:${u.port}${u.pathname}`, connections: CONNECTIONS, duration, headers: { host, 'accept-encoding': 'identity', 'user-agent': 'dsh-bench-replicas' } },
      (err, r) =>
        err
          ? reject(err)
          : resolve({ rps: r.requests.average, p99: r.latency.p99, total: r.requests.total, errors: r.errors + r.timeouts + r.non2xx, detail: `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodeStats)})` }),
    );
  });
}

const lines = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').length : 0);

const prefix = `bench-${crypto.randomBytes(4).toString('hex')}`;
const portal = await seededPortal({ env: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix } });
let second;
let local;
let nginx;
try {
  const secondLog = path.join(portal.dataDir, 'logs', 'web-2.log');
  second = await startWebReplica({ env: portal.webEnv, port: await freePort(), log: secondLog });
  const firstPort = new URL(portal.digital).port;
  const secondPort = new URL(second.url).port;
  const service = new URL(portal.service);

  // The page: the first service of the A to Z list, as bench/load measures it.
  const first = await firstServicePath(portal);
  // Rendered once by replica 1; replica 2 then reads it from Redis.
  for (let i = 0; i < 3; i++) {
    await get(`${portal.service}${first}`);
    await get(`http://${service.hostname}:${secondPort}${first}`);
  }

  // For the cost of the shared cache itself: one replica with Next's own cache (file system
  // and memory, no REDIS_URL), as a single-process portal runs.
  const { REDIS_URL: _, ...localEnv } = portal.webEnv;
  local = await startWebReplica({ env: localEnv, port: await freePort(), log: path.join(portal.dataDir, 'logs', 'web-local.log') });
  const localPort = new URL(local.url).port;
  for (let i = 0; i < 3; i++) await get(`http://${service.hostname}:${localPort}${first}`);

  // What each request reads from Redis: the page's entry (HTML, RSC payload, segments).
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  let entryBytes = 0;
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*${first}*` })) for (const k of keys) entryBytes = Math.max(entryBytes, await redis.strLen(k));
  await redis.close();

  nginx = await startNginx({ local: [localPort], one: [firstPort], two: [firstPort, secondPort] });
  const errors = [];
  const alone = await measure(`${nginx.urls.local}${first}`, service.host);
  if (alone.errors) errors.push(`one replica without Redis: ${alone.detail}`);
  await local.stop();
  const one = await measure(`${nginx.urls.one}${first}`, service.host);
  if (one.errors) errors.push(`one replica: ${one.detail}`);
  await load(`${nginx.urls.two}${first}`, service.host, 3);
  const before = lines(secondLog);
  const two = await load(`${nginx.urls.two}${first}`, service.host);
  if (two.errors) errors.push(`two replicas: ${two.detail}`);
  // Round robin, checked: replica 2's own request log counts its share.
  const share = (lines(secondLog) - before) / two.total;

  const cores = os.availableParallelism();
  report('replicas', [
    { metric: `cached service page, 1 replica without Redis (own cache), req/s`, value: alone.rps, unit: 'req/s' },
    { metric: `  its page entry in Redis, read on every request, KB`, value: entryBytes / 1024, unit: 'KB' },
    { metric: `cached service page, 1 replica on Redis, req/s (ratio: to own cache)`, value: one.rps, unit: 'req/s', ratio: one.rps / alone.rps },
    { metric: `cached service page, 1 replica on Redis, p99`, value: one.p99, unit: 'ms' },
    { metric: `cached service page, 2 replicas on Redis, round robin, req/s (ratio: to 1)`, value: two.rps, unit: 'req/s', ratio: two.rps / one.rps, goal: cores <= 2 ? `≈ 1 on ${cores} cores: the replicas share them` : `→ 2 with a core per replica` },
    { metric: `cached service page, 2 replicas on Redis, p99`, value: two.p99, unit: 'ms' },
    { metric: `share of requests answered by replica 2`, value: share, unit: '', goal: '≈ 0.5' },
    { metric: 'errors in all runs', value: errors.length, unit: '', goal: '0' },
  ]);
  if (cores <= 2) console.log(`  (${cores} cores: both replicas, nginx, Redis and autocannon share them; a ratio near 1 is what this machine can show, not the app's limit)`);
  if (errors.length) {
    console.error(`[replicas] ${errors.join('; ')}\n[replicas] nginx's error log ends:\n${nginx.errorLog()}`);
    process.exitCode = 1;
  }
} finally {
  nginx?.stop();
  await local?.stop();
  await second?.stop();
  await portal.stop();
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*` })) if (keys.length) await redis.unlink(keys);
  await redis.close();
}
