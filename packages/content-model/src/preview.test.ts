import { describe, expect, it } from 'vitest';
import { PREVIEW_LIFETIME_SECONDS, signPreview, verifyPreview } from './preview.js';

const secret = 'a-preview-secret-of-some-length';
const claim = { uid: 'api::article.article', documentId: 'abc123', locale: 'de' as const };

describe('preview links', () => {
  it('verifies a link it signed and returns what it names', () => {
    const r = verifyPreview(signPreview(claim, secret), secret);
    expect(r).toMatchObject({ ok: true, claim });
  });

  it('refuses a link signed with another secret', () => {
    expect(verifyPreview(signPreview(claim, 'another-secret-entirely'), secret)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a link whose claim was changed (another document)', () => {
    const [, sig] = signPreview(claim, secret).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claim, documentId: 'other', exp: 9_999_999_999 })).toString('base64url');
    expect(verifyPreview(`${forged}.${sig}`, secret)).toEqual({ ok: false, reason: 'signature' });
  });

  it('expires', () => {
    const t0 = Date.UTC(2026, 10, 29, 10);
    const token = signPreview(claim, secret, t0);
    expect(verifyPreview(token, secret, t0 + (PREVIEW_LIFETIME_SECONDS - 1) * 1000).ok).toBe(true);
    expect(verifyPreview(token, secret, t0 + (PREVIEW_LIFETIME_SECONDS + 1) * 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('answers garbage with "malformed", never by throwing', () => {
    for (const bad of ['', '.', 'a.b.c', 'x'.repeat(2000), '%%%.%%%', `${Buffer.from('{"uid":1}').toString('base64url')}.x`]) {
      expect(verifyPreview(bad, secret).ok).toBe(false);
    }
  });
});
