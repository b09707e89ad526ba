// The environment of the CMS's command-line tools (import, reconcile).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Without an environment of its own, a CLI works on the local portal of `pnpm start` (its
 * data folder and secrets); it never seeds and logs warnings only.
 */
export async function useLocalPortalEnv(dataDirOption) {
  if (!process.env.APP_KEYS) {
    const { cmsEnvironment } = await import('../../../../scripts/lib/stack.mjs');
    const dataDir = path.resolve(dataDirOption ?? path.join(appDir, '../../.data'));
    if (!fs.existsSync(path.join(dataDir, 'secrets.json'))) {
      console.error(`no local portal in ${dataDir}: run \`pnpm start\` once, or set the CMS environment (see README)`);
      process.exit(2);
    }
    Object.assign(process.env, cmsEnvironment({ dataDir, ports: { web: 3000, cms: 1337, meili: 7700 } }));
  }
  process.env.SEED_DEMO_CONTENT = 'false';
  process.env.STRAPI_LOG_LEVEL ??= 'warn';
}
