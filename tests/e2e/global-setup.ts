import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  const env = process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {};
  const stack = await startStack({ dataDir, ports, seed: true, env, log: (l: string) => console.log(`[e2e] ${l}`) });
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
  });
  return async () => {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
