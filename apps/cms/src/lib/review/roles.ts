import type { Core } from '@strapi/strapi';
import { locales } from '@dsh/content-model';
import { env } from '../../env';
import { ROLE_CODES } from './actor';
import { REVIEWED } from './enforce';
import { AUDIT } from './store';

const CM = 'plugin::content-manager.explorer';
const INBOX = 'api::inbox-message.inbox-message';
const MEDIA = ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
}

const ROLES = [
  {
    code: ROLE_CODES.editor,
    name: 'Redaktion',
    description: 'Schreibt und bearbeitet Entwürfe und reicht sie zur Prüfung ein. Veröffentlicht nie.',
    content: ['create', 'read', 'update'],
  },
  {
    code: ROLE_CODES.approver,
    name: 'ITD11',
    description: 'Kommunikation des ITD: prüft, fordert Änderungen an, gibt frei, veröffentlicht, plant, zieht zurück.',
    content: ['create', 'read', 'update', 'delete', 'publish'],
  },
];

/**
 * The workflow's roles with exactly their rights, made anew on every start (a changed content
 * model changes the field lists). Publishing is the content manager's separate permission:
 * Redaktion does not have it, so the admin offers editors no publish button at all.
 */
export async function ensureWorkflowRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');
  const contentTypeService = strapi.service('admin::content-type');
  const actionProvider = strapi.service('admin::permission').actionProvider;
  for (const def of ROLES) {
    let role = await strapi.db.query('admin::role').findOne({ where: { code: def.code } });
    if (!role) role = await roleService.create({ name: def.name, code: def.code, description: def.description });
    const actions = actionProvider.values().filter((a: { actionId: string }) => def.content.some((c) => a.actionId === `${CM}.${c}`));
    const nested = contentTypeService.getPermissionsWithNestedFields(actions) as Permission[];
    const permissions: Permission[] = nested
      .filter((p) => p.subject && REVIEWED.has(p.subject))
      .map((p) => ({ ...p, properties: { ...p.properties, locales: [...locales] } }));
    // Everyone in the workflow reads the audit trail; nobody writes it (the rules refuse it too).
    permissions.push({ action: `${CM}.read`, subject: AUDIT, properties: { fields: Object.keys(strapi.contentTypes[AUDIT].attributes) } });
    // ITD11 answers what people send through the sites' forms: it reads the inbox and keeps
    // each message's state; the messages themselves stay as they arrived.
    if (def.code === ROLE_CODES.approver) {
      permissions.push({ action: `${CM}.read`, subject: INBOX, properties: { fields: Object.keys(strapi.contentTypes[INBOX].attributes) } });
      permissions.push({ action: `${CM}.update`, subject: INBOX, properties: { fields: ['state'] } });
    }
    for (const action of MEDIA) permissions.push({ action });
    await roleService.assignPermissions(role.id, permissions);
  }
}

/** One login per workflow role (README lists them); never overwrites an existing account. */
export async function ensureWorkflowUsers(strapi: Core.Strapi): Promise<void> {
  const e = env();
  const accounts = [
    { code: ROLE_CODES.editor, email: e.REDAKTION_EMAIL, password: e.REDAKTION_PASSWORD, firstname: 'Redaktion', lastname: 'ITD' },
    { code: ROLE_CODES.approver, email: e.ITD11_EMAIL, password: e.ITD11_PASSWORD, firstname: 'ITD11', lastname: 'Kommunikation' },
  ];
  for (const a of accounts) {
    if (!a.password) continue;
    if (await strapi.db.query('admin::user').findOne({ where: { email: a.email.toLowerCase() } })) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: a.code } });
    await strapi.service('admin::user').create({ email: a.email, firstname: a.firstname, lastname: a.lastname, password: a.password, isActive: true, roles: [role.id] });
    strapi.log.info(`created ${a.firstname} login ${a.email}`);
  }
}
