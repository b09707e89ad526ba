import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, NONCE_LENGTH, openerIsolated, placeholderNonce, replacer } from './security.mjs';

const placeholder = placeholderNonce('a-server-secret-of-some-length');

function run(chunks, to) {
  const r = replacer(placeholder, to);
  return Buffer.concat([...chunks.map((c) => r.push(Buffer.from(c))), r.end()]).toString();
}

describe('per-response CSP nonce', () => {
  it('derives a placeholder that is stable for one secret, differs per secret and has a nonce’s shape', () => {
    expect(placeholderNonce('a-server-secret-of-some-length')).toBe(placeholder);
    expect(placeholderNonce('another-secret-of-some-length')).not.toBe(placeholder);
    expect(placeholder).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newNonce()).toHaveLength(NONCE_LENGTH);
    expect(newNonce()).not.toBe(newNonce());
  });

  it('replaces every placeholder, also one split across chunks, and keeps the length', () => {
    const nonce = newNonce();
    const html = `<script nonce="${placeholder}">a</script><p>text</p><script nonce="${placeholder}" src="/x.js"></script>`;
    for (let cut = 0; cut <= html.length; cut += 3) {
      const out = run([html.slice(0, cut), html.slice(cut)], nonce);
      expect(out).not.toContain(placeholder);
      expect(out.split(nonce)).toHaveLength(3);
      expect(out.length).toBe(html.length);
    }
    // One byte at a time: the worst split.
    expect(run([...html], nonce)).toBe(html.replaceAll(placeholder, nonce));
  });

  it('leaves a body without the placeholder byte for byte the same', () => {
    const text = 'äöü ß — ' + 'x'.repeat(1000);
    expect(run([text.slice(0, 5), text.slice(5)], newNonce())).toBe(text);
  });

  it('allows scripts only by nonce and forbids framing, plugins and foreign bases', () => {
    const csp = contentSecurityPolicy('abc', { https: true });
    expect(csp).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });
});


describe('the build’s placeholder secret', () => {
  it('is made once per build and then shared by every process that serves it', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { buildSecret, newBuildSecret } = await import('./security.mjs');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dsh-build-'));
    const first = buildSecret(dist);
    expect(first.created).toBe(true);
    const second = buildSecret(dist);
    expect(second).toEqual({ secret: first.secret, created: false });
    // A new build (pnpm build) gets a new one, whatever the processes' own secrets are.
    newBuildSecret(dist);
    expect(buildSecret(dist).secret).not.toBe(first.secret);
    expect(placeholderNonce(buildSecret(dist).secret)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

describe('opener isolation', () => {
  it('isolates the preview entry and every request of a draft-mode visitor, not the public', () => {
    expect(openerIsolated('/api/preview', '')).toBe(true);
    expect(openerIsolated('/api/preview/exit', undefined)).toBe(true);
    expect(openerIsolated('/news/x', 'theme=1; __prerender_bypass=abc')).toBe(true);
    expect(openerIsolated('/news/x', 'dsh_preview=tok')).toBe(true);
    expect(openerIsolated('/news/x', 'x__prerender_bypass=abc')).toBe(false);
    expect(openerIsolated('/news/x', '')).toBe(false);
  });
});
