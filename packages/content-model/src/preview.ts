// Server-only (node:crypto): imported as @dsh/content-model/preview, never from the package root.
import crypto from 'node:crypto';
import { z } from 'zod';
import { locales } from './locales.js';

/**
 * The signed preview link between the CMS and the web app: it names one document version,
 * expires, and is signed with PREVIEW_SECRET (HMAC-SHA256), which both apps hold and the
 * browser never sees. Whoever has the link sees that one draft until it expires, nothing else.
 */
export const PreviewClaim = z.object({
  uid: z.string().regex(/^api::[a-z-]+\.[a-z-]+$/),
  documentId: z.string().min(1).max(64),
  locale: z.enum(locales),
  exp: z.number().int().positive(),
});
export type PreviewClaim = z.infer<typeof PreviewClaim>;

export const PREVIEW_LIFETIME_SECONDS = 30 * 60;

const mac = (payload: string, secret: string) => crypto.createHmac('sha256', secret).update(payload).digest('base64url');

export function signPreview(claim: Omit<PreviewClaim, 'exp'>, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...claim, exp: Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export type PreviewCheck = { ok: true; claim: PreviewClaim } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyPreview(token: string, secret: string, now = Date.now()): PreviewCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 1000) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claim = PreviewClaim.safeParse(json);
  if (!claim.success) return { ok: false, reason: 'malformed' };
  if (claim.data.exp * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, claim: claim.data };
}
