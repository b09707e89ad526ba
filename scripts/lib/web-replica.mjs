// One more web replica next to a started stack: `node apps/web/server.mjs` with the stack's web
// environment (startStack's `webEnv`) on another port, as a second pod behind a Service.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './stack.mjs';

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
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`web replica on ${port} exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {}
    if (Date.now() > until) throw new Error(`web replica on ${port} did not answer within 60 s; see ${log}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
}
