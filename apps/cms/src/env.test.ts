import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, env, envRefusal as refusal } from './env';

/** What a production deployment sets (docker-compose.yml); each test changes one thing. */
const production = {
  NODE_ENV: 'production',
  APP_KEYS: 'k1-aaaaaaaaaaaaaaaa,k2-bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'salt-aaaaaaaaaaaaaaaa',
  ADMIN_JWT_SECRET: 'jwt-aaaaaaaaaaaaaaaaaa',
  JWT_SECRET: 'jwt-bbbbbbbbbbbbbbbbbbbb',
  TRANSFER_TOKEN_SALT: 'salt-bbbbbbbbbbbbbbbb',
  ENCRYPTION_KEY: 'enc-aaaaaaaaaaaaaaaaaa',
  DATABASE_URL: 'postgres://dsh:pw@postgres:5432/dsh',
  MEILI_URL: 'http://meilisearch:7700',
  MEILI_MASTER_KEY: 'master-aaaaaaaaaaaaaaaa',
  WEB_URL: 'http://web:3000',
  REVALIDATE_SECRET: 'reval-aaaaaaaaaaaaaaaa',
  PREVIEW_SECRET: 'preview-aaaaaaaaaaaaaaaa',
  FORM_SECRET: 'form-aaaaaaaaaaaaaaaaaaa',
  ADMIN_PASSWORD: 'ein-langes-eigenes-Passwort-2026',
};

describe('no default passwords in production', () => {
  it('accepts a production environment with its own admin password, and creates no workflow logins by default', () => {
    expect(refusal(production)).toBe('');
    const e = env(production);
    expect(e.ADMIN_PASSWORD).toBe(production.ADMIN_PASSWORD);
    expect(e.REDAKTION_PASSWORD).toBeUndefined();
    expect(e.ITD11_PASSWORD).toBeUndefined();
  });

  it('refuses to start without ADMIN_PASSWORD, naming it', () => {
    expect(refusal({ ...production, ADMIN_PASSWORD: undefined })).toMatch(/ADMIN_PASSWORD: must be set in production/);
    // `ADMIN_PASSWORD=` in a compose file or .env is unset too, not an empty password.
    expect(refusal({ ...production, ADMIN_PASSWORD: '' })).toMatch(/ADMIN_PASSWORD: must be set in production/);
  });

  it.each(Object.entries(DEMO_PASSWORDS))('refuses the documented demo password in %s, naming it', (name, demo) => {
    const message = refusal({ ...production, [name]: demo });
    expect(message).toMatch(new RegExp(`${name}: the documented demo password is refused in production`));
    // The message names the variable, never the password it refused.
    expect(message).not.toContain(demo);
  });

  it('keeps the demo logins outside production, so `pnpm start` works without settings', () => {
    const e = env({ ...production, NODE_ENV: 'development', ADMIN_PASSWORD: undefined });
    expect(e.ADMIN_PASSWORD).toBe(DEMO_PASSWORDS.ADMIN_PASSWORD);
    expect(e.ITD11_PASSWORD).toBe(DEMO_PASSWORDS.ITD11_PASSWORD);
  });

  it('writes JSON logs in production and text elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(env(production).logFormat).toBe('json');
    expect(env({ ...production, NODE_ENV: 'development' }).logFormat).toBe('text');
    expect(env({ ...production, LOG_FORMAT: 'text' }).logFormat).toBe('text');
    expect(refusal({ ...production, LOG_FORMAT: 'xml' })).toMatch(/LOG_FORMAT/);
  });
});
