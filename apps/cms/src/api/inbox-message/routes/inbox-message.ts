import { factories } from '@strapi/strapi';

// Messages arrive through 01-intake.ts and are read in the admin: the REST routes refuse everyone.
const adminOnly = { policies: ['global::admin-only'] };
export default factories.createCoreRouter('api::inbox-message.inbox-message', {
  config: { find: adminOnly, findOne: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
});
