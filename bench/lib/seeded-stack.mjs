// A portal with the demo content for benchmarks that look at pages: the running one named by
// BENCH_DIGITAL_URL (and BENCH_SERVICE_URL), or one of their own whose data folder is kept
// between runs, so seeding (a few minutes) happens once per machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { freePort, startStack } from '../../scripts/lib/stack.mjs';

export async function seededPortal() {
  if (process.env.BENCH_DIGITAL_URL) {
    const digital = process.env.BENCH_DIGITAL_URL.replace(/\/$/, '');
    const service = process.env.BENCH_SERVICE_URL ?? digital.replace('//localhost', '//service.localhost');
    return { digital, service, stop: async () => {} };
  }
  await ensureBuilt({ log: () => {} });
  const dataDir = path.join(os.tmpdir(), 'dsh-bench-seeded');
  fs.mkdirSync(dataDir, { recursive: true });
  const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
  const stack = await startStack({ dataDir, ports, seed: true, build: false });
  return { digital: stack.urls.digital, service: stack.urls.service, stop: () => stack.stop() };
}

/** GET with a Host header: Node cannot resolve service.localhost, so ask 127.0.0.1 as that host. */
export async function get(url) {
  const u = new URL(url);
  const host = u.host;
  if (u.hostname.endsWith('.localhost')) u.hostname = '127.0.0.1';
  const res = await fetch(u, { headers: { host } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res;
}
