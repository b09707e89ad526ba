import { env } from '../src/env';

export default () => {
  const e = env();
  return {
    host: e.HOST,
    port: e.PORT,
    ...(e.PUBLIC_URL ? { url: e.PUBLIC_URL } : {}),
    app: { keys: e.APP_KEYS },
    proxy: e.NODE_ENV === 'production',
    webhooks: { populateRelations: false },
    // Remote data transfer (`strapi transfer`) writes content past the approval workflow: off
    // unless an operator turns it on for a migration (REMOTE_TRANSFER_ENABLED=true).
    transfer: { remote: { enabled: e.REMOTE_TRANSFER_ENABLED } },
  };
};
