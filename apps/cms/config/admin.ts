import { env } from '../src/env';
import { previewUrl } from '../src/lib/preview';
import { redisRateLimitStore } from '../src/lib/rate-limit-store';

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
    // production). With REDIS_URL the counts are in Redis, shared by every CMS replica (keyed
    // per deployment); without it, in the memory of each process: right for one instance only.
    rateLimit: { enabled: true, interval: { min: 5 }, max: 5, ...(e.REDIS_URL ? { store: redisRateLimitStore(e.REDIS_URL, e.ADMIN_JWT_SECRET) } : {}) },
    // The admin must not call outside hosts: the machines it runs on have no internet.
    flags: { nps: false, promoteEE: false, docLinks: false },
    // "Open preview" in the edit view: the draft rendered by the real web app, through a signed
    // link that expires (Next.js draft mode; drafts never enter the public cache).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(e.WEB_PUBLIC_URL ?? e.WEB_URL).origin],
        handler: (uid: string, params: { documentId?: string; locale?: string | null }) => previewUrl(uid, params),
      },
    },
  };
};
