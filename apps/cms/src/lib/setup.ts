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

const Permission = z.array(z.object({ id: z.number(), action: z.string() }));

/**
 * The content API's roles: the public role reads published content of the public types and
 * nothing else (Strapi's defaults also let anyone register an account, log in, reset
 * passwords and connect providers); the authenticated role has no rights at all. Public
 * registration and every login provider are off: nobody has, or can get, a content-API account.
 */
export async function ensurePublicRead(strapi: Core.Strapi, uids: string[]): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const pub = await roles.findOne({ where: { type: 'public' } });
  if (!pub) throw new Error('users-permissions public role is missing');
  const authenticated = await roles.findOne({ where: { type: 'authenticated' } });
  const query = strapi.db.query('plugin::users-permissions.permission');
  const wanted = new Set(uids.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]));
  for (const role of [pub, authenticated].filter(Boolean)) {
    const allowed = role.id === pub.id ? wanted : new Set<string>();
    const existing = Permission.parse(await query.findMany({ select: ['id', 'action'], where: { role: role.id } }));
    const extra = existing.filter((p) => !allowed.has(p.action));
    if (extra.length) await query.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    for (const action of allowed) if (!existing.some((p) => p.action === action)) await query.create({ data: { action, role: role.id } });
  }
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = z.record(z.string(), z.unknown()).nullable().parse(await store.get({ key: 'advanced' })) ?? {};
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  const grant = z.record(z.string(), z.record(z.string(), z.unknown())).nullable().parse(await store.get({ key: 'grant' }));
  if (grant && Object.values(grant).some((p) => p.enabled)) {
    await store.set({ key: 'grant', value: Object.fromEntries(Object.entries(grant).map(([k, p]) => [k, { ...p, enabled: false }])) });
  }
}

/**
 * Strapi makes an "Editor" and an "Author" admin role on a first start, with rights to create,
 * edit and (Editor) publish every type: a second way past the workflow's roles. They are
 * removed; one that someone was given is emptied instead, so that account keeps its login
 * but gets no rights until a super admin gives it a workflow role.
 */
export async function removeDefaultAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })).parse(
    await strapi.db.query('admin::role').findMany({ select: ['id', 'code', 'name'], where: { code: { $in: ['strapi-editor', 'strapi-author'] } } }),
  );
  for (const role of roles) {
    const users = await strapi.db.query('admin::user').count({ where: { roles: { id: role.id } } });
    if (users === 0) {
      await strapi.service('admin::role').deleteByIds([role.id]);
      strapi.log.info(`removed Strapi's default admin role "${role.name}"`);
    } else {
      await strapi.service('admin::role').assignPermissions(role.id, []);
      strapi.log.warn(`Strapi's default admin role "${role.name}" has ${users} user(s): its rights were removed; give them the Redaktion or ITD11 role`);
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
