import { env } from '../src/env';

export default () => {
  const e = env();
  return {
    auth: { secret: e.ADMIN_JWT_SECRET },
    apiToken: { salt: e.API_TOKEN_SALT },
    transfer: { token: { salt: e.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: e.ENCRYPTION_KEY },
    // The admin must not call outside hosts: the machines it runs on have no internet.
    flags: { nps: false, promoteEE: false, docLinks: false },
  };
};
