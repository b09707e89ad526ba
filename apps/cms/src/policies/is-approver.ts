import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isApprover } from '../lib/review/actor';

/** After `admin::isAuthenticatedAdmin`: the admin user holds the ITD11 role or is a super admin. */
export default async (policyCtx: { state: { user?: { id: number } } }, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const id = policyCtx.state.user?.id;
  // Roles read fresh: a role taken away counts at once, not at the next login.
  const user = id ? await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] }) : null;
  if (!user || !isApprover(user)) throw new errors.PolicyError('Nur für ITD11 und Super-Admins.');
  return true;
};
