// Response security for every answer of the web app: the headers, and the per-response CSP
// nonce written into pages that Next.js renders once and then serves from its cache.
//
// Why a placeholder: Next.js reads the script nonce from the request's CSP header while it
// renders and writes it into every <script> it emits. A fresh nonce per request would make every
// page dynamic (no ISR cache, a full render per visit). Instead the server hands Next.js a
// placeholder nonce derived from the build's secret, so the cached HTML carries the placeholder,
// and each response gets it replaced by a fresh random nonce of the same length on the way out
// (same length: Content-Length stays right). The placeholder never leaves the server, so content
// that somehow carried a <script nonce="…"> of its own could not guess it.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** 16 bytes in base64url: 22 characters, the alphabet Next.js accepts for a nonce. */
export const NONCE_LENGTH = 22;

export function newNonce() {
  return randomBytes(16).toString('base64url');
}

/**
 * The secret behind the placeholder belongs to the build, like the pages it renders: written by
 * `pnpm build` (server/new-build-secret.mjs) next to BUILD_ID, so it is in the image every
 * replica runs, and every process serving this build, whatever its other secrets, can replace
 * what another one cached. A process started on a build made without that step writes one
 * itself (first writer wins) and says so.
 */
export const BUILD_SECRET_FILE = 'csp-placeholder-secret';

export function newBuildSecret(distDir) {
  fs.writeFileSync(path.join(distDir, BUILD_SECRET_FILE), randomBytes(32).toString('base64url'), { mode: 0o600 });
}

/** @returns {{ secret: string, created: boolean }} */
export function buildSecret(distDir) {
  const file = path.join(distDir, BUILD_SECRET_FILE);
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    return { secret: fs.readFileSync(file, 'utf8'), created: true };
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    return { secret: fs.readFileSync(file, 'utf8').trim(), created: false };
  }
}

/** Stable across restarts and replicas of one build (pages cached by one process are served by another). */
export function placeholderNonce(secret) {
  return createHmac('sha256', secret).update('dsh csp nonce placeholder v1').digest().subarray(0, 16).toString('base64url');
}

/**
 * The policy. Scripts: only those carrying this response's nonce, and what they load
 * ('strict-dynamic': Next's runtime adds its chunks). Styles keep 'unsafe-inline': React writes
 * style attributes and the inlined stylesheet; styles cannot run code.
 */
export function contentSecurityPolicy(nonce, { https }) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers every response carries, whatever produced it (page, API, feed, asset, error). */
export function staticSecurityHeaders({ hsts }) {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    'x-frame-options': 'DENY',
    // Browsers honour HSTS only over HTTPS; production sits behind a TLS-terminating proxy.
    ...(hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Next's draft-mode and preview cookies and our preview token's: such a visitor sees drafts. */
export const DRAFT_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data|dsh_preview)=/;

/**
 * Draft-mode visitors (editors and ITD11 previewing; Next's cookies, and our preview token's) and
 * the preview entry itself also get `Cross-Origin-Opener-Policy: same-origin`: a page of
 * unpublished content keeps no window handle to or from another site's tab. Public pages hold
 * nothing of the visitor's and cannot be framed (frame-ancestors, X-Frame-Options); there the
 * header would only cost: arriving from another site's page, it forces the browser to put the
 * page in a new browsing context group, often a new renderer process (measured with Lighthouse
 * on a throttled phone: about 150 ms more blocking time, performance 95–99 instead of 100).
 */
export function openerIsolated(pathname, cookie = '') {
  return pathname.startsWith('/api/preview') || DRAFT_COOKIE.test(cookie);
}

/**
 * Replaces every occurrence of `from` by `to` (equal length) in a stream of chunks that may
 * split an occurrence between two writes: the last `from.length - 1` bytes wait for the next
 * chunk. Returns push(chunk) → Buffer to send now, and end() → the rest.
 */
export function replacer(from, to) {
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  if (needle.length !== replacement.length) throw new Error('placeholder and nonce must have the same length');
  let carry = Buffer.alloc(0);
  const replaceAll = (buf) => {
    let at = buf.indexOf(needle);
    while (at !== -1) {
      replacement.copy(buf, at);
      at = buf.indexOf(needle, at + needle.length);
    }
    return buf;
  };
  return {
    push(chunk) {
      const buf = replaceAll(Buffer.concat([carry, chunk]));
      // Keep a tail that could be the start of an occurrence completed by the next chunk.
      const keep = Math.min(needle.length - 1, buf.length);
      carry = Buffer.from(buf.subarray(buf.length - keep));
      return buf.subarray(0, buf.length - keep);
    },
    end() {
      const rest = replaceAll(carry);
      carry = Buffer.alloc(0);
      return rest;
    },
  };
}

/** A chunk as res.write receives it (Buffer, string with its encoding, typed array), as a Buffer. */
export const toBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/**
 * Merges what a writeHead(status, [message], [headers]) call carries into `res`, so a wrapper
 * can decide on the content type and status before the head goes out; returns the status
 * message, if any, for the real writeHead.
 */
export function adoptWriteHead(res, status, rest) {
  if (typeof status === 'number') res.statusCode = status;
  const headers = rest.find((r) => r && typeof r === 'object');
  if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  return rest.filter((r) => typeof r === 'string');
}

const TEXT = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|ld\+json|manifest\+json))/;

/**
 * Wraps a Node response so that text bodies get the placeholder replaced by `nonce`, and HTML
 * answers are not reused by browsers or shared caches with a stale nonce (a cached page would
 * carry an old nonce next to a fresh header; 304s are avoided by turning ETags off in Next).
 */
export function rewriteNonce(res, placeholder, nonce) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let active;
  const decide = () => {
    if (active !== undefined) return active;
    const type = String(res.getHeader('content-type') ?? '');
    active = TEXT.test(type) ? replacer(placeholder, nonce) : null;
    if (type.startsWith('text/html') && !res.headersSent) res.setHeader('cache-control', 'private, no-cache');
    return active;
  };
  res.writeHead = function patchedWriteHead(status, ...rest) {
    const message = adoptWriteHead(res, status, rest);
    decide();
    return writeHead(status, ...message);
  };
  res.write = function patchedWrite(chunk, encoding, cb) {
    const r = decide();
    if (!r || chunk === undefined || chunk === null) return write(chunk, encoding, cb);
    return write(r.push(toBuffer(chunk, encoding)), typeof encoding === 'function' ? encoding : cb);
  };
  res.end = function patchedEnd(chunk, encoding, cb) {
    if (typeof chunk === 'function') return res.end(undefined, undefined, chunk);
    const r = decide();
    if (!r) return end(chunk, encoding, cb);
    const head = chunk === undefined || chunk === null ? Buffer.alloc(0) : r.push(toBuffer(chunk, encoding));
    return end(Buffer.concat([head, r.end()]), typeof encoding === 'function' ? encoding : cb);
  };
}
