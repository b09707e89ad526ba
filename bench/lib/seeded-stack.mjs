// A portal with the demo content for benchmarks that look at pages: the running one named by
// BENCH_DIGITAL_URL (and BENCH_SERVICE_URL), or one of their own whose data folder is kept
// between runs, so seeding (a few minutes) happens once per machine.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { freePort, startStack } from '../../scripts/lib/stack.mjs';

/** @param {{ env?: Record<string, string> }} [o] extra environment for an own portal's processes */
export async function seededPortal({ env = {} } = {}) {
  if (process.env.BENCH_DIGITAL_URL) {
    const digital = process.env.BENCH_DIGITAL_URL.replace(/\/$/, '');
    const service = process.env.BENCH_SERVICE_URL ?? digital.replace('//localhost', '//service.localhost');
    return { digital, service, stop: async () => {} };
  }
  await ensureBuilt({ log: () => {} });
  const dataDir = path.join(os.tmpdir(), 'dsh-bench-seeded');
  fs.mkdirSync(dataDir, { recursive: true });
  const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
  const stack = await startStack({ dataDir, ports, seed: true, build: false, env });
  return { digital: stack.urls.digital, service: stack.urls.service, webEnv: stack.webEnv, dataDir, stop: () => stack.stop() };
}

/**
 * GET that also reaches *.localhost: Node resolves no such names and fetch drops a Host
 * header, so those requests go to 127.0.0.1 over node:http with the Host set. Returns a
 * fetch-like answer (text, arrayBuffer).
 */
export function get(url, { accept = (status) => status < 400 } = {}) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: u.port || 80, path: `${u.pathname}${u.search}`, headers: { host: u.host } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (!accept(res.statusCode ?? 0)) return reject(new Error(`${url}: ${res.statusCode}`));
        resolve({ status: res.statusCode, text: async () => body.toString('utf8'), arrayBuffer: async () => body });
      });
    });
    req.on('error', reject);
  });
}

/** The first service of the A to Z list (letter A): the service page the load benchmarks measure. */
export async function firstServicePath(portal) {
  const az = await (await get(`${portal.service}/services?letter=A`)).text();
  const first = az.match(/href="(\/services\/[a-z0-9-]+)"/)?.[1];
  if (!first) throw new Error('no service link on the A to Z page');
  return first;
}
