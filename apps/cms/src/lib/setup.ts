import type { Core } from '@strapi/strapi';
import { defaultLocale, locales } from '@dsh/content-model';
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
