// One more web replica next to a started stack: `node apps/web/server.mjs` with the stack's web
// environment (startStack's `webEnv`) on another port, as a second pod behind a Service.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, terminate, waitFor } from './stack.mjs';

/**
 * @param {{ env: Record<string, string>, port: number, log: string }} o
 *   env: the first replica's environment (REDIS_URL and REDIS_KEY_PREFIX included, or the
 *   replicas share nothing); log: file for its output
 */
export async function startWebReplica({ env, port, log }) {
  const out = fs.openSync(log, 'a');
  const webDir = path.join(root, 'apps/web');
  // Own process group, so stop() also ends what Next starts.
  const child = spawn(process.execPath, [path.join(webDir, 'server.mjs')], { cwd: webDir, env: { ...env, PORT: String(port) }, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const url = `http://localhost:${port}`;
  try {
    await waitFor(`${url}/api/health`, { child, name: `web replica on ${port}`, timeoutMs: 60_000 });
  } catch (err) {
    throw new Error(`${err.message}; see ${log}`);
  }
  return {
    url,
    child,
    stop: () => terminate(child),
  };
}
