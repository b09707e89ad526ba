// Builds what is missing or older than its sources, in dependency order: workspace packages
// (tsc), the CMS (strapi build), the web app (next build). Never two heavy builds at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'dist', '.next', '.strapi', 'build', '.tmp', 'types']);

function newest(target) {
  const p = path.join(root, target);
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    max = Math.max(max, newest(path.join(target, entry.name)));
  }
  return max;
}

const mtime = (file) => (fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0);

const packages = ['content-model', 'search', 'ui'];
const packageSources = packages.flatMap((p) => [`packages/${p}/src`, `packages/${p}/package.json`]);

const steps = [
  {
    name: 'workspace packages',
    output: packages.map((p) => `packages/${p}/dist/index.js`),
    sources: packageSources,
    cmd: ['pnpm', '--filter', './packages/**', 'build'],
  },
  {
    name: 'cms',
    output: ['apps/cms/dist/src/index.js', 'apps/cms/dist/build/index.html'],
    sources: ['apps/cms/src', 'apps/cms/config', 'apps/cms/package.json', ...packageSources],
    cmd: ['pnpm', '--filter', 'cms', 'build'],
  },
  {
    name: 'web',
    output: ['apps/web/.next/BUILD_ID'],
    sources: ['apps/web/src', 'apps/web/messages', 'apps/web/public', 'apps/web/next.config.ts', 'apps/web/package.json', ...packageSources],
    cmd: ['pnpm', '--filter', 'web', 'build'],
  },
];

export function staleSteps() {
  return steps.filter((s) => {
    const built = Math.min(...s.output.map(mtime));
    return built === 0 || Math.max(...s.sources.map(newest)) > built;
  });
}

export async function ensureBuilt({ log = console.log, force = false } = {}) {
  for (const step of force ? steps : staleSteps()) {
    const t0 = Date.now();
    log(`building ${step.name} …`);
    const r = spawnSync(step.cmd[0], step.cmd.slice(1), {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) {
      const out = `${r.stdout}${r.stderr}`.trimEnd().split('\n').slice(-30).join('\n');
      throw new Error(`building ${step.name} failed (${step.cmd.join(' ')}):\n${out}`);
    }
    // Touch the marker so a build that changed nothing still counts as fresh.
    for (const o of step.output) fs.utimesSync(path.join(root, o), new Date(), new Date());
    log(`built ${step.name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
