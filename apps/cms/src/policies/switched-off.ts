import { errors } from '@strapi/utils';

/** A route that this portal does not use and that nobody may call (tests/route-inventory.json: `off`). */
export default () => {
  throw new errors.PolicyError('Diese Funktion ist im Portal abgeschaltet.');
};
