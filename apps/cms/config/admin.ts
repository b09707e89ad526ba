import { env } from '../src/env';
import { previewUrl } from '../src/lib/preview';

export default () => {
  const e = env();
  return {
    auth: { secret: e.ADMIN_JWT_SECRET },
    apiToken: { salt: e.API_TOKEN_SALT },
    transfer: { token: { salt: e.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: e.ENCRYPTION_KEY },
    // Password guessing: 5 login attempts per 5 minutes for one email from one address, then
    // 429 until the window ends, with the right password too. Strapi keys the count on
    // email + path + client IP (behind the proxy, X-Forwarded-For: server.proxy is on in
    // production). The count is per process, in memory: enough for the one CMS instance.
    rateLimit: { enabled: true, interval: { min: 5 }, max: 5 },
    // The admin must not call outside hosts: the machines it runs on have no internet.
    flags: { nps: false, promoteEE: false, docLinks: false },
    // "Open preview" in the edit view: the draft rendered by the real web app, through a signed
    // link that expires (Next.js draft mode; drafts never enter the public cache).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(e.WEB_URL).origin],
        handler: (uid: string, params: { documentId?: string; locale?: string | null }) => previewUrl(uid, params),
      },
    },
  };
};
