import { CSP_DEFAULTS } from '@strapi/utils';
import { env } from '../src/env';
import { uploadOrigins } from '../src/lib/uploads';

/** Strapi's own policy, plus the upload bucket when files live there (see lib/uploads.ts). */
function security() {
  const origins = uploadOrigins(env());
  if (!origins.length) return 'strapi::security';
  const directives = { ...CSP_DEFAULTS, 'img-src': [...CSP_DEFAULTS['img-src'], ...origins], 'media-src': [...CSP_DEFAULTS['media-src'], ...origins], upgradeInsecureRequests: null };
  return { name: 'strapi::security', config: { contentSecurityPolicy: { useDefaults: true, directives } } };
}

export default () => [
  // One JSON line per request with its request id, instead of Strapi's text request log.
  'global::request-log',
  'strapi::errors',
  security(),
  // Only the web app's and the CMS's own origins, never any page that asks (Strapi's default
  // reflects every Origin with credentials).
  { name: 'strapi::cors', config: { origin: env().corsOrigins, credentials: true } },
  'strapi::poweredBy',
  'strapi::query',
  'global::published-only',
  // Formidable's client errors (a cut-off multipart body) as 4xx, not 500.
  'global::body-errors',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
