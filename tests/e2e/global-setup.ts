import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
// @ts-expect-error plain ESM helper without types
import { freePort, startStack } from '../../scripts/lib/stack.mjs';

/**
 * The real portal, as `pnpm start` runs it, on free ports and a fresh data folder: the journeys
 * never touch a developer's own .data/ and can run while `pnpm start` is up.
 */
export default async function globalSetup() {
  // Against a portal already running (`pnpm start`), for working on a journey: set E2E_DIGITAL
  // and the others yourself. CI and `pnpm test` always start a fresh stack.
  if (process.env.E2E_USE_RUNNING === '1') return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-e2e-'));
  const ports = { web: await freePort(), cms: await freePort(), meili: await freePort() };
  // Search counts reach the CMS every second, so the analytics journey need not wait.
  const env = { SEARCH_ANALYTICS_SECONDS: '1', ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) };
  // E2E_SKIP_BUILD=1 runs what is built (for a helper who may not start a build on a shared machine).
  const build = process.env.E2E_SKIP_BUILD !== '1';
  const stack = await startStack({ dataDir, ports, seed: true, env, build, log: (l: string) => console.log(`[e2e] ${l}`) });
  const control = await controlServer(stack);
  Object.assign(process.env, {
    E2E_DIGITAL: stack.urls.digital,
    E2E_SERVICE: stack.urls.service,
    E2E_CMS: `http://127.0.0.1:${ports.cms}`,
    E2E_ADMIN_EMAIL: stack.admin.email,
    E2E_ADMIN_PASSWORD: stack.admin.password,
    E2E_EDITOR_EMAIL: stack.logins.editor.email,
    E2E_EDITOR_PASSWORD: stack.logins.editor.password,
    E2E_APPROVER_EMAIL: stack.logins.approver.email,
    E2E_APPROVER_PASSWORD: stack.logins.approver.password,
    E2E_REVALIDATE_SECRET: stack.secrets.REVALIDATE_SECRET,
    E2E_CONTROL: control.url,
    E2E_CONTROL_TOKEN: control.token,
  });
  return async () => {
    await control.close();
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

const Part = z.enum(['meilisearch', 'cms', 'web']);
const Route = z.tuple([z.enum(['stop', 'start']), Part]);

/**
 * The fault journeys (zz-faults.spec.ts) stop and start parts of this stack through a small
 * HTTP server: the workers are other processes and cannot reach the stack object. Loopback
 * only, with a random token, so nothing else on the machine can stop the portal under test.
 */
async function controlServer(stack: { stopPart: (name: string) => Promise<void>; startPart: (name: string) => Promise<void> }) {
  const token = crypto.randomBytes(24).toString('base64url');
  const answer = (res: http.ServerResponse, status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const server = http.createServer((req, res) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    const wanted = Buffer.from(`Bearer ${token}`);
    if (given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) return answer(res, 401, { message: 'bearer token (E2E_CONTROL_TOKEN) missing or wrong' });
    if (req.method !== 'POST') return answer(res, 405, { message: 'POST /stop/<part> or /start/<part>' });
    const route = Route.safeParse((req.url ?? '').split('/').filter(Boolean));
    if (!route.success) return answer(res, 404, { message: `POST /stop/<part> or /start/<part>, part one of ${Part.options.join(', ')}` });
    const [action, part] = route.data;
    const t0 = Date.now();
    (action === 'stop' ? stack.stopPart(part) : stack.startPart(part)).then(
      () => answer(res, 200, { action, part, ms: Date.now() - t0 }),
      (err: Error) => answer(res, 500, { message: `${action} ${part} failed: ${err.message}` }),
    );
  });
  // A start waits for the part's health check (the CMS takes a while): no socket timeout.
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('control server did not bind a port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
