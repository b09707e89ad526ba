import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Static checks of the production deployment: docker-compose.yml, the two Dockerfiles,
 * .dockerignore and .env.example. Nothing here needs a Docker engine.
 */

// Repository root (this file is tests/deploy/compose.test.ts); vitest provides __dirname.
const root = path.resolve(__dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

type Env = Record<string, string>;
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target?: number; published?: string | number; host_ip?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
}
interface Compose {
  services?: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as Compose;
const services = compose.services ?? {};

const SERVICES = ['postgres', 'meilisearch', 'cms', 'web'] as const;

const CMS_ENV = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'PUBLIC_URL',
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'DATABASE_URL',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'WEB_URL',
  'REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'FORM_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SEED_DEMO_CONTENT',
];

const WEB_ENV = [
  'NODE_ENV',
  'CMS_URL',
  'MEILI_URL',
  'MEILI_SEARCH_KEY',
  'REVALIDATE_SECRET',
  'SERVICE_HOSTS',
  'DIGITAL_ORIGIN',
  'SERVICE_ORIGIN',
  'PREVIEW_SECRET',
  'FORM_SECRET',
];

const SECRET_NAME = /KEY|SECRET|PASSWORD|SALT|TOKEN/;
/** A whole value that is one required interpolation: `${NAME:?message}`. */
const REQUIRED_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]+\}$/;
/** An optional secret (a workflow login that exists only when its password is set): env or nothing. */
const OPTIONAL_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*:-\}$/;

function service(name: string): Service {
  const s = services[name];
  if (!s) throw new Error(`docker-compose.yml has no service "${name}"`);
  return s;
}

function envOf(name: string): Env {
  const raw = service(name).environment ?? {};
  const out: Env = {};
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const i = entry.indexOf('=');
      out[i < 0 ? entry : entry.slice(0, i)] = i < 0 ? '' : entry.slice(i + 1);
    }
  } else {
    for (const [k, v] of Object.entries(raw)) out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** Published ports as `host_ip:published:target` strings, whatever syntax compose uses. */
function portsOf(name: string): string[] {
  return (service(name).ports ?? []).map((p) => {
    if (typeof p === 'object') return `${p.host_ip ?? ''}:${p.published ?? ''}:${p.target ?? ''}`;
    return String(p);
  });
}

function volumesOf(name: string): Array<{ source: string; target: string; named: boolean }> {
  return (service(name).volumes ?? []).map((v) => {
    if (typeof v === 'object') {
      const source = v.source ?? '';
      return { source, target: v.target ?? '', named: (v.type ?? 'volume') === 'volume' && source !== '' };
    }
    const [source = '', target = ''] = v.split(':');
    return { source, target, named: !/^[./~]/.test(source) && target !== '' };
  });
}

function dockerfileOf(name: string): string {
  const build = service(name).build;
  if (typeof build !== 'object' || !build.dockerfile) return '';
  return path.posix.normalize(path.posix.join(build.context ?? '.', build.dockerfile));
}

/** Dockerfile instructions with line continuations joined and comments dropped. */
function instructions(dockerfile: string): Array<{ op: string; args: string }> {
  const joined = dockerfile
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\r?\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+)\s*(.*)$/.exec(line)!;
      return { op: m[1]!.toUpperCase(), args: m[2]!.trim() };
    });
}

/** Instructions of the last stage, from its FROM on. */
function finalStage(dockerfile: string) {
  const all = instructions(dockerfile);
  const lastFrom = all.map((i) => i.op).lastIndexOf('FROM');
  return all.slice(Math.max(lastFrom, 0));
}

describe('docker-compose.yml', () => {
  it('defines postgres, meilisearch, cms and web', () => {
    const missing = SERVICES.filter((s) => !services[s]);
    expect(missing, `missing services: ${missing.join(', ')}`).toEqual([]);
  });

  it('uses the official postgres and meilisearch images', () => {
    expect(service('postgres').image, 'postgres image').toMatch(/^postgres:16(\b|-)/);
    expect(service('meilisearch').image, 'meilisearch image').toMatch(/^getmeili\/meilisearch:v1\.21(\.\d+)?$/);
  });

  it('builds cms and web from their Dockerfiles with the repository root as context', () => {
    for (const [name, file] of [
      ['cms', 'apps/cms/Dockerfile'],
      ['web', 'apps/web/Dockerfile'],
    ] as const) {
      const build = service(name).build;
      expect(typeof build === 'object' ? build.context : build, `${name}: build.context`).toBe('.');
      expect(dockerfileOf(name), `${name}: build.dockerfile`).toBe(file);
      expect(existsSync(path.join(root, file)), `${file} exists`).toBe(true);
    }
  });

  it('gives every service a healthcheck', () => {
    for (const name of SERVICES) {
      const hc = service(name).healthcheck;
      const test = hc?.test;
      const ok = !!hc && !hc.disable && (Array.isArray(test) ? test.length > 1 && test[0] !== 'NONE' : !!test);
      expect(ok, `${name}: healthcheck.test`).toBe(true);
    }
  });

  it('checks the CMS and web health endpoints with node (the slim images have no curl)', () => {
    const cmsTest = [service('cms').healthcheck?.test ?? []].flat().join(' ');
    const webTest = [service('web').healthcheck?.test ?? []].flat().join(' ');
    expect(cmsTest, 'cms healthcheck').toContain('http://127.0.0.1:1337/api/health');
    expect(cmsTest, 'cms healthcheck').toMatch(/\bnode\b/);
    expect(webTest, 'web healthcheck').toContain('http://127.0.0.1:3000/api/health');
    expect(webTest, 'web healthcheck').toMatch(/\bnode\b/);
  });

  it('keeps postgres data, meilisearch data and CMS uploads in declared named volumes', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const [name, target] of [
      ['postgres', '/var/lib/postgresql/data'],
      ['meilisearch', '/meili_data'],
      ['cms', '/app/apps/cms/public/uploads'],
    ] as const) {
      const mount = volumesOf(name).find((v) => v.target === target);
      expect(mount, `${name}: no volume mounted at ${target}`).toBeDefined();
      expect(mount!.named, `${name}: ${target} must be a named volume, not a bind mount`).toBe(true);
      expect(declared, `${name}: volume "${mount!.source}" is not declared under top-level volumes`).toContain(mount!.source);
    }
  });

  it('publishes ports on 127.0.0.1 only, and nothing for postgres and meilisearch', () => {
    for (const name of ['postgres', 'meilisearch']) {
      expect(portsOf(name), `${name} must publish no port`).toEqual([]);
    }
    for (const name of SERVICES) {
      for (const port of portsOf(name)) {
        expect(port.startsWith('127.0.0.1:'), `${name}: port "${port}" must be bound to 127.0.0.1`).toBe(true);
      }
    }
    expect(portsOf('web').some((p) => p.endsWith(':3000')), 'web publishes container port 3000').toBe(true);
    expect(portsOf('cms').every((p) => p.endsWith(':1337')), 'cms publishes only container port 1337').toBe(true);
  });

  it('passes every variable the CMS requires', () => {
    const env = envOf('cms');
    const missing = CMS_ENV.filter((k) => !(k in env));
    expect(missing, `cms.environment lacks: ${missing.join(', ')}`).toEqual([]);
  });

  it('passes every variable the web app requires', () => {
    const env = envOf('web');
    const missing = WEB_ENV.filter((k) => !(k in env));
    expect(missing, `web.environment lacks: ${missing.join(', ')}`).toEqual([]);
  });

  it('wires the services to each other over the compose network', () => {
    const cms = envOf('cms');
    const web = envOf('web');
    expect(cms.NODE_ENV, 'cms NODE_ENV').toBe('production');
    expect(web.NODE_ENV, 'web NODE_ENV').toBe('production');
    expect(cms.HOST, 'cms HOST').toBe('0.0.0.0');
    expect(cms.MEILI_URL, 'cms MEILI_URL').toBe('http://meilisearch:7700');
    expect(web.MEILI_URL, 'web MEILI_URL').toBe('http://meilisearch:7700');
    expect(cms.WEB_URL, 'cms WEB_URL').toBe('http://web:3000');
    expect(web.CMS_URL, 'web CMS_URL').toBe('http://cms:1337');
    expect(cms.DATABASE_URL, 'cms DATABASE_URL').toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\/\S+$/);
    expect(cms.SEED_DEMO_CONTENT, 'SEED_DEMO_CONTENT defaults to false').toMatch(/^(false|\$\{SEED_DEMO_CONTENT:-false\})$/);
  });

  it('takes every secret from a required environment variable, never a literal', () => {
    const literals: string[] = [];
    for (const name of SERVICES) {
      for (const [key, value] of Object.entries(envOf(name))) {
        if (SECRET_NAME.test(key) && !REQUIRED_REF.test(value) && !OPTIONAL_REF.test(value)) literals.push(`${name}.${key}=${JSON.stringify(value)}`);
      }
    }
    expect(literals, `secrets must be exactly \${VAR:?message} (or \${VAR:-} when optional): ${literals.join(', ')}`).toEqual([]);

    // The database URL carries the password: it must come from the environment too.
    const url = envOf('cms').DATABASE_URL ?? '';
    const password = /^postgres(?:ql)?:\/\/(?:\$\{[^}]*\}|[^:@$]+):(\$\{[^}]*\}|[^@]*)@postgres:/.exec(url)?.[1] ?? '';
    expect(password, `DATABASE_URL password must be \${POSTGRES_PASSWORD:?...}, got ${JSON.stringify(password)}`).toMatch(
      /^\$\{POSTGRES_PASSWORD:\?[^}]+\}$/,
    );
  });

  it('starts services only after their dependencies are healthy', () => {
    const expected: Record<string, string[]> = { cms: ['postgres', 'meilisearch'], web: ['cms'] };
    for (const [name, deps] of Object.entries(expected)) {
      const dependsOn = service(name).depends_on;
      expect(Array.isArray(dependsOn), `${name}: depends_on must use the long form with a condition`).toBe(false);
      for (const dep of deps) {
        expect((dependsOn as Record<string, { condition?: string }> | undefined)?.[dep]?.condition, `${name} -> ${dep}`).toBe(
          'service_healthy',
        );
      }
    }
    for (const name of SERVICES) {
      const dependsOn = service(name).depends_on;
      if (!dependsOn) continue;
      expect(Array.isArray(dependsOn), `${name}: depends_on must use the long form with a condition`).toBe(false);
      for (const [dep, spec] of Object.entries(dependsOn as Record<string, { condition?: string }>)) {
        expect(spec?.condition, `${name} -> ${dep}: condition`).toBe('service_healthy');
      }
    }
  });

  it('restarts every service unless stopped', () => {
    for (const name of SERVICES) {
      expect((service(name) as { restart?: string }).restart, `${name}: restart`).toBe('unless-stopped');
    }
  });

  it('lists every interpolated variable in .env.example', () => {
    const used = new Set([...composeText.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    const example = read('.env.example');
    const listed = new Set([...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!));
    const missing = [...used].filter((v) => !listed.has(v)).sort();
    expect(missing, `.env.example lacks: ${missing.join(', ')}`).toEqual([]);

    // The example holds no real secret: secret-looking variables are empty there.
    const filled = [...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)]
      .filter(([, k, v]) => SECRET_NAME.test(k!) && v!.trim() !== '')
      .map(([, k]) => k);
    expect(filled, `.env.example must leave secrets empty: ${filled.join(', ')}`).toEqual([]);
  });
});

describe.each([
  { app: 'cms', file: 'apps/cms/Dockerfile', port: '1337' },
  { app: 'web', file: 'apps/web/Dockerfile', port: '3000' },
])('$file', ({ file, port }) => {
  const text = existsSync(path.join(root, file)) ? read(file) : '';
  const all = instructions(text);
  const last = finalStage(text);

  it('exists', () => {
    expect(text, `${file} is missing or empty`).not.toBe('');
  });

  it('builds every stage from node:20-bookworm-slim or an earlier stage', () => {
    const stages: string[] = [];
    for (const from of all.filter((i) => i.op === 'FROM')) {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(from.args);
      const image = m?.[1] ?? from.args;
      expect(image === 'node:20-bookworm-slim' || stages.includes(image), `${file}: FROM ${from.args}`).toBe(true);
      if (m?.[2]) stages.push(m[2]);
    }
    expect(stages.length, `${file}: multi-stage build`).toBeGreaterThan(1);
  });

  it('starts its final stage from node:20', () => {
    const from = last[0];
    expect(from?.op, `${file}: final stage`).toBe('FROM');
    expect(from?.args, `${file}: final stage image`).toMatch(/^(--platform=\S+\s+)?node:20([-.]\S*)?(\s+AS\s+\S+)?$/i);
  });

  it('runs as a non-root user', () => {
    const users = last.filter((i) => i.op === 'USER').map((i) => i.args.split(':')[0]!);
    const user = users.at(-1);
    expect(user, `${file}: the final stage sets no USER`).toBeDefined();
    expect(['root', '0'], `${file}: USER ${user} is root`).not.toContain(user);
  });

  it(`exposes port ${port} and disables telemetry`, () => {
    expect(last.some((i) => i.op === 'EXPOSE' && i.args.split(/\s+/).includes(port)), `${file}: EXPOSE ${port}`).toBe(true);
    const env = last.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
    const flag = file.includes('cms') ? /STRAPI_TELEMETRY_DISABLED=true/ : /NEXT_TELEMETRY_DISABLED=1/;
    expect(env, `${file}: telemetry`).toMatch(flag);
    expect(env, `${file}: NODE_ENV`).toMatch(/NODE_ENV=production/);
  });

  it('installs from the frozen lockfile with pnpm 12', () => {
    const runs = all.filter((i) => i.op === 'RUN').map((i) => i.args).join('\n');
    expect(runs, `${file}: pnpm install`).toMatch(/npm i(nstall)? -g pnpm@(\$\{PNPM_VERSION\}|12)/);
    expect(all.some((i) => i.op === 'ARG' && /^PNPM_VERSION=12\b/.test(i.args)) || /pnpm@12/.test(runs), `${file}: pnpm 12`).toBe(true);
    expect(runs, `${file}: --frozen-lockfile`).toMatch(/pnpm install [^\n]*--frozen-lockfile/);
  });
});

describe('.dockerignore', () => {
  const text = existsSync(path.join(root, '.dockerignore')) ? read('.dockerignore') : '';
  const lines = text.split('\n').map((l) => l.trim());

  it('keeps host dependencies, build output, git data and env files out of the context', () => {
    for (const pattern of ['**/node_modules', '**/.next', '**/dist', '.git', '**/.env']) {
      expect(lines, `.dockerignore lacks ${pattern}`).toContain(pattern);
    }
  });
});
