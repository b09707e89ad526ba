import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ROLE_CODES } from '../lib/review/actor';

/** After `admin::isAuthenticatedAdmin`: settings of the whole CMS, for super admins only. */
export default async (policyCtx: { state: { user?: { id: number } } }, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const id = policyCtx.state.user?.id;
  const user = id ? await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] }) : null;
  const roles: { code?: string }[] = user?.roles ?? [];
  if (!roles.some((r) => r.code === ROLE_CODES.superAdmin)) throw new errors.PolicyError('Nur für Super-Admins.');
  return true;
};
