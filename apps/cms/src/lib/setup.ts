import type { Core } from '@strapi/strapi';
import { defaultLocale, locales } from '@dsh/content-model';
import { z } from 'zod';
import { env } from '../env';

const localeNames: Record<string, string> = { de: 'Deutsch (de)', en: 'English (en)' };

/** German first: `de` is the default locale, `en` the second. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await service.find();
  for (const code of locales) {
    if (!existing.some((l) => l.code === code)) await service.create({ code, name: localeNames[code] });
  }
  if ((await service.getDefaultLocale()) !== defaultLocale) await service.setDefaultLocale({ code: defaultLocale });
}

/** The public role reads published content of the public types; nothing else. */
export async function ensurePublicRead(strapi: Core.Strapi, uids: string[]): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');
  const query = strapi.db.query('plugin::users-permissions.permission');
  for (const uid of uids) {
    for (const action of [`${uid}.find`, `${uid}.findOne`]) {
      const has = await query.findOne({ where: { action, role: role.id } });
      if (!has) await query.create({ data: { action, role: role.id } });
    }
  }
}

/** A super admin on first start, so a new user can log in straight away. */
export async function ensureSuperAdmin(strapi: Core.Strapi): Promise<void> {
  const e = env();
  const users = strapi.db.query('admin::user');
  if ((await users.count()) > 0) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: e.ADMIN_EMAIL,
    firstname: 'Portal',
    lastname: 'Admin',
    password: e.ADMIN_PASSWORD,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`created super admin ${e.ADMIN_EMAIL}`);
}

/** Strapi's own defaults, created on a first start (no users, no tokens yet). */
const STRAPI_DEFAULT_TOKENS = ['Read Only', 'Full Access'];

/**
 * Strapi creates a "Read Only" and a "Full Access" API token on the first start of an empty
 * database. Nothing here uses a token (the web app reads as the public role, published content
 * only), and either would read what the public may not (the inbox's form messages), the second
 * also write. A default never used is removed; one in use stays, with a warning.
 */
export async function removeDefaultApiTokens(strapi: Core.Strapi): Promise<void> {
  const tokens = z
    .array(z.object({ id: z.number(), name: z.string(), type: z.string().nullable(), lastUsedAt: z.unknown() }))
    .parse(await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'type', 'lastUsedAt'], where: { name: { $in: STRAPI_DEFAULT_TOKENS } } }));
  for (const t of tokens) {
    if (t.lastUsedAt) {
      strapi.log.warn(`API token "${t.name}" (${t.type}) is Strapi's default and has been used: replace it with a token of its own, least rights`);
      continue;
    }
    await strapi.service('admin::api-token-content-api').revoke(t.id);
    strapi.log.info(`removed Strapi's unused default API token "${t.name}"`);
  }
}
