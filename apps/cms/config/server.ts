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
  };
};
