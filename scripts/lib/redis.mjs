// The web app's Redis client (a dependency of apps/web), for the tests and benchmarks that
// check a Redis is there before they rely on one.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const { createClient } = createRequire(path.join(root, 'apps/web/package.json'))('@redis/client');

/** Whether a Redis answers at `url` within a second (no retries). */
export async function redisReachable(url) {
  const c = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  c.on('error', () => {});
  try {
    await c.connect();
    await c.ping();
    await c.close();
    return true;
  } catch {
    return false;
  }
}
