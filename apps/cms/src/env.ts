import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const secret = z.string().min(16, 'must be at least 16 characters');

/** Documented demo logins (README); refused in production. */
export const DEMO_PASSWORDS = { ADMIN_PASSWORD: 'Admin-Demo-2026!', REDAKTION_PASSWORD: 'Redaktion-Demo-2026!', ITD11_PASSWORD: 'Itd11-Demo-2026!' } as const;

/** Every variable the CMS reads, parsed once. Strapi's config files read from here only. */
const Env = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(1337),
    PUBLIC_URL: z.url().optional(),
    APP_KEYS: z.string().transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean)).pipe(z.array(secret).min(1)),
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    ENCRYPTION_KEY: secret,
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
    DATABASE_FILENAME: z.string().default(path.join('.data', 'cms.db')),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
    MEILI_URL: z.url(),
    MEILI_MASTER_KEY: z.string().min(16),
    MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('content'),
    WEB_URL: z.url(),
    // Where editors' browsers reach the web app (preview links); WEB_URL may be an internal
    // address (http://web:3000 in compose) that only the CMS can reach.
    WEB_PUBLIC_URL: z.url().optional(),
    REVALIDATE_SECRET: secret,
    // Signs the preview links the admin opens in the web app (the web app holds the same secret).
    PREVIEW_SECRET: secret,
    // The web app forwards the sites' form messages with this secret; nobody else may post them.
    FORM_SECRET: secret,
    // Browsers on other origins the CMS answers with credentials (CORS): a comma-separated list
    // of origins. Default: the web app's public origin and the CMS's own (PUBLIC_URL). Any
    // other page gets no Access-Control-Allow-Origin, so it cannot drive an editor's session.
    CORS_ORIGINS: z
      .string()
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/ }).refine((o) => new URL(o).origin === o.replace(/\/$/, ''), 'must be an origin (scheme://host[:port]), without a path')))
      .transform((list) => list.map((o) => new URL(o).origin))
      .optional(),
    // `strapi transfer` from or to another instance (remote data transfer). Off unless an
    // operator turns it on for a migration: it writes content past the approval workflow.
    REMOTE_TRANSFER_ENABLED: bool.default(false),
    SEED_DEMO_CONTENT: bool.default(false),
    ADMIN_EMAIL: z.email().default('admin@example.org'),
    // Outside production the documented demo login; in production it must be set (see below).
    ADMIN_PASSWORD: z.string().min(8).optional(),
    // The workflow's two roles get one login each. Outside production they default to the
    // documented demo logins; in production an account exists only if its password is set.
    // Optional notices: approvers when something waits, the author when it was decided.
    // Strapi's own log (winston): its level, and JSON lines for a log collector or text for a
    // person at a terminal. Request lines follow the same level (see middlewares/request-log).
    STRAPI_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('http'),
    LOG_FORMAT: z.enum(['json', 'text']).optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
    MAIL_FROM: z.string().default('Digitale Stadt Hamburg CMS <cms@example.org>'),
    REDAKTION_EMAIL: z.email().default('redaktion@example.org'),
    REDAKTION_PASSWORD: z.string().min(8).optional(),
    ITD11_EMAIL: z.email().default('itd11@example.org'),
    ITD11_PASSWORD: z.string().min(8).optional(),
    // Shared state for several CMS replicas: the admin login's attempt counts (per process in
    // memory without it).
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
    // Uploads in an S3-compatible bucket instead of the local disk (public/uploads), which
    // replicas do not share. All of bucket, region and keys, or none; an endpoint for MinIO
    // and other non-AWS stores; a public URL when files are served through a CDN or proxy.
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  })
  .superRefine((env, ctx) => {
    const s3 = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
    const anyS3 = [...s3, 'S3_ENDPOINT', 'S3_PUBLIC_URL'] as const;
    if (anyS3.some((k) => env[k] !== undefined)) {
      for (const k of s3) {
        if (env[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `must be set with the other S3 variables (${s3.join(', ')}), or none of them for uploads on local disk` });
      }
    }
    if (env.NODE_ENV !== 'production') return;
    // Without this the first super admin of a production database would get the demo password.
    if (env.ADMIN_PASSWORD === undefined) ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'must be set in production (the first super admin is created with it)' });
    for (const [key, demo] of Object.entries(DEMO_PASSWORDS)) {
      if (env[key as keyof typeof DEMO_PASSWORDS] === demo) ctx.addIssue({ code: 'custom', path: [key], message: 'the documented demo password is refused in production' });
    }
  })
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    const logFormat = env.LOG_FORMAT ?? (production ? 'json' : 'text');
    const corsOrigins = env.CORS_ORIGINS ?? [...new Set([env.WEB_PUBLIC_URL ?? env.WEB_URL, ...(env.PUBLIC_URL ? [env.PUBLIC_URL] : [])].map((u) => new URL(u).origin))];
    if (production) return { ...env, logFormat, corsOrigins, ADMIN_PASSWORD: env.ADMIN_PASSWORD ?? '' };
    return {
      ...env,
      logFormat,
      corsOrigins,
      ADMIN_PASSWORD: env.ADMIN_PASSWORD ?? DEMO_PASSWORDS.ADMIN_PASSWORD,
      REDAKTION_PASSWORD: env.REDAKTION_PASSWORD ?? DEMO_PASSWORDS.REDAKTION_PASSWORD,
      ITD11_PASSWORD: env.ITD11_PASSWORD ?? DEMO_PASSWORDS.ITD11_PASSWORD,
    };
  });

export type CmsEnv = z.infer<typeof Env>;

let cached: CmsEnv | undefined;

export class EnvError extends Error {}

/**
 * `strapi build` loads the config files to bundle the admin, but bakes no server secret into
 * the bundle; the package's build script sets CMS_BUILD=1 so a build (in CI, in Docker) needs
 * no runtime secrets. Placeholders exist only in that process.
 */
const buildPlaceholders = {
  APP_KEYS: 'build-placeholder-key',
  API_TOKEN_SALT: 'build-placeholder-salt',
  ADMIN_JWT_SECRET: 'build-placeholder-secret',
  JWT_SECRET: 'build-placeholder-secret',
  TRANSFER_TOKEN_SALT: 'build-placeholder-salt',
  ENCRYPTION_KEY: 'build-placeholder-key',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'build-placeholder-key',
  WEB_URL: 'http://127.0.0.1:3000',
  REVALIDATE_SECRET: 'build-placeholder-secret',
  PREVIEW_SECRET: 'build-placeholder-secret',
  FORM_SECRET: 'build-placeholder-secret',
};

export function env(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  if (cached && source === process.env) return cached;
  // An empty variable (`DATABASE_URL=` in a compose file or a shell) means unset.
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const input = source.CMS_BUILD === '1' ? { ...buildPlaceholders, ...given } : given;
  const parsed = Env.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`The CMS cannot start; fix these environment variables:\n${lines.join('\n')}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}

/** The message a start with this environment would be refused with, or '' when it is accepted. */
export function envRefusal(source: NodeJS.ProcessEnv): string {
  try {
    env(source);
    return '';
  } catch (err) {
    if (err instanceof EnvError) return err.message;
    throw err;
  }
}
