import { errors } from '@strapi/utils';

/**
 * For REST routes of a type that is read in the admin only: the inbox's form messages carry
 * names and email addresses. The public role has no permission anyway; this also refuses an
 * API token, whose "read-only" type otherwise grants `find` on every content type.
 */
export default () => {
  throw new errors.PolicyError('Nur im Admin lesbar.');
};
