#!/usr/bin/env node
// The web app's server: `next start` plus what must hold for every response, whichever route
// produced it. Security headers and a per-response CSP nonce (see server/security.mjs), gzip
// after the nonce is in place, pages without Next's client runtime (server/client-runtime.mjs),
// one request id per request (answered as x-request-id, sent on to the CMS, written into the
// JSON log line). Run: node server.mjs (PORT, HOSTNAME as next start).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import next from 'next';
import pino from 'pino';
import { z } from 'zod';
import { createClient } from '@redis/client';
import { withoutClientRuntime } from './server/client-runtime.mjs';
import { pageCache } from './server/page-cache.mjs';
import { escapeUndecodablePath } from './server/undecodable-path.mjs';
import { buildSecret, contentSecurityPolicy, newNonce, openerIsolated, placeholderNonce, rewriteNonce, staticSecurityHeaders } from './server/security.mjs';

// The app's own variables are parsed by src/env.ts when the first page renders; this file
// needs only these, before Next starts.
const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOSTNAME: z.string().default('0.0.0.0'),
  REVALIDATE_SECRET: z.string().min(16, 'REVALIDATE_SECRET: at least 16 characters'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HSTS: z.enum(['true', 'false']).optional(),
  DIGITAL_ORIGIN: z.url().default('http://localhost:3000'),
  // Whose X-Forwarded-For is believed (rate limits key on the client address): 'loopback' (a
  // proxy on this host), 'all' (the app is reachable only through a proxy, as in Kubernetes or
  // compose), or comma-separated proxy addresses. Anyone else's header is replaced.
  TRUSTED_PROXIES: z.string().default('loopback'),
  // How long a page Next served from its cache is answered from this server's copy (see
  // server/page-cache.mjs); 0 turns the copy off.
  PAGE_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  // With Redis, a revalidation on one replica empties every replica's copy (as cache-handler.mjs).
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/).default('dsh-web'),
});
const parsed = Env.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== '')));
if (!parsed.success) {
  console.error(`The web app cannot start:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(1);
}
const env = parsed.data;
const production = env.NODE_ENV === 'production';
// Behind TLS, stray http:// references are upgraded; over plain http (local runs) they must not be.
const https = env.DIGITAL_ORIGIN.startsWith('https:');
const dir = path.dirname(fileURLToPath(import.meta.url));
const log = pino({ level: env.LOG_LEVEL, base: { app: 'web' }, timestamp: pino.stdTimeFunctions.isoTime });

// Next keeps rendered pages and fetched CMS answers on disk, but which tags were revalidated
// only in memory: after a restart, a page or answer invalidated before it (a deleted article
// still listed, a change published while this process was down) would be served as fresh.
// Start with both empty; the first visits refill them. With REDIS_URL the shared cache holds
// them, and there a revalidation deletes the entries themselves.
if (!env.REDIS_URL) {
  for (const stale of ['cache/fetch-cache', 'server/route-cache']) {
    try {
      fs.rmSync(path.join(dir, '.next', stale), { recursive: true, force: true });
    } catch (err) {
      log.error({ err: err.message }, `cannot empty .next/${stale}: pages revalidated before this start may be served stale`);
    }
  }
}
const build = buildSecret(path.join(dir, '.next'));
if (build.created) log.warn('this build has no CSP placeholder secret (built without `pnpm build`?): made one; replicas of it would each make their own');
const placeholder = placeholderNonce(build.secret);
const fixedHeaders = Object.entries(staticSecurityHeaders({ hsts: env.HSTS ? env.HSTS === 'true' : production }));
const requestContext = new AsyncLocalStorage();
const trustedProxies = new Set(env.TRUSTED_PROXIES.split(',').map((p) => p.trim()).filter(Boolean));
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
function trusted(address = '') {
  if (trustedProxies.has('all')) return true;
  if (trustedProxies.has('loopback') && LOOPBACK.has(address)) return true;
  return trustedProxies.has(address) || trustedProxies.has(address.replace(/^::ffff:/, ''));
}
const RequestId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

// The CMS learns which page request caused its work. Installed before Next patches fetch, so
// Next's data cache keys on the caller's headers (without the id) and the id is added below it.
const originalFetch = globalThis.fetch;
globalThis.fetch = function fetchWithRequestId(input, init) {
  const id = requestContext.getStore();
  if (!id) return originalFetch(input, init);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  if (!headers.has('x-request-id')) headers.set('x-request-id', id);
  return originalFetch(input, { ...init, headers });
};

const app = next({ dev: false, dir, hostname: env.HOSTNAME, port: env.PORT });
const handle = app.getRequestHandler();
// Compression after the nonce is written (Next's own is off in next.config.ts).
const compress = compression();
const pages = pageCache({ ttlMs: env.PAGE_CACHE_MS });
const flushPages = sharedFlush(pages);

/**
 * With REDIS_URL: one channel on which a revalidated replica tells every replica (itself
 * included) to empty its page copy. While Redis is away the copies still expire after
 * PAGE_CACHE_MS.
 */
function sharedFlush(cache) {
  if (!env.REDIS_URL || env.PAGE_CACHE_MS === 0) return () => cache.clear();
  const channel = `${env.REDIS_KEY_PREFIX}:page-cache:flush`;
  const options = { url: env.REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: (n) => Math.min(100 * 2 ** n, 2_000) } };
  const publisher = createClient({ ...options, name: 'web-page-cache-pub' });
  const subscriber = createClient({ ...options, name: 'web-page-cache-sub' });
  let warned = false;
  for (const client of [publisher, subscriber]) {
    client.on('error', (err) => {
      if (!warned) log.warn({ err: err.message }, `Redis not reachable: other replicas' page copies expire after ${env.PAGE_CACHE_MS} ms instead`);
      warned = true;
    });
    client.on('ready', () => (warned = false));
  }
  publisher.connect().catch(() => {});
  subscriber
    .connect()
    .then(() => subscriber.subscribe(channel, () => cache.clear()))
    .catch(() => {});
  return () => {
    cache.clear();
    if (publisher.isReady) publisher.publish(channel, '1').catch(() => {});
  };
}

/** Query parameters that carry secrets never reach the log. */
function loggedPath(url = '/') {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of ['token', 'secret']) if (params.has(key)) params.set(key, '[redacted]');
  return `${url.slice(0, q)}?${params}`;
}

await app.prepare();

// Every 404 gets the site's own not-found page, rendered by the app at /page-not-found (see
// notFoundRoute in src/components/SitePages.tsx): fetched from this server itself, so it is
// cached like any page. Only these fetches, marked by a token of this process, get it as a 200.
const NOT_FOUND_PATH = /^(\/en)?\/page-not-found\/?$/;
const notFoundToken = randomUUID();
const ownAddress = () => {
  const a = server.address();
  const host = !a || a.address === '0.0.0.0' ? '127.0.0.1' : a.address === '::' ? '::1' : a.address;
  return { host, port: a?.port ?? env.PORT };
};
function notFoundPage(req) {
  const english = /^\/en(?:[/?]|$)/.test(req.url ?? '/');
  return new Promise((resolve) => {
    const own = http.get(
      {
        ...ownAddress(),
        path: english ? '/en/page-not-found' : '/page-not-found',
        headers: { host: req.headers.host ?? 'localhost', 'accept-encoding': 'identity', 'x-request-id': String(req.headers['x-request-id'] ?? ''), 'x-dsh-not-found': notFoundToken },
        timeout: 5_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(res.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : undefined));
        res.on('error', () => resolve(undefined));
      },
    );
    own.on('timeout', () => own.destroy());
    own.on('error', () => resolve(undefined));
  });
}

// The search endpoints, answered without Next's request pipeline by the functions the app
// registers at start (src/lib/search-api.ts): same validation, budget and cache as its routes.
// Until they are registered, and for anything but a plain GET, Next answers as usual.
const SEARCH_API = Symbol.for('dsh.web.search-api');
function serveSearch(req, res, id) {
  if (req.method !== 'GET') return false;
  const q = req.url.indexOf('?');
  const answer = globalThis[SEARCH_API]?.[q === -1 ? req.url : req.url.slice(0, q)];
  if (!answer) return false;
  const headers = new Headers();
  try {
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  } catch {
    return false; // a header value the Fetch API refuses: Next answers it as it would have
  }
  answer(new URLSearchParams(q === -1 ? '' : req.url.slice(q + 1)), headers).then(
    (a) => {
      res.statusCode = a.status;
      for (const [k, v] of Object.entries(a.headers)) res.setHeader(k, v);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(a.body));
    },
    (err) => {
      log.error({ reqId: id, err }, 'request failed');
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ error: 'internal_error', message: 'Die Suche ist fehlgeschlagen. Search failed.' }));
    },
  );
  return true;
}

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const given = RequestId.safeParse(req.headers['x-request-id']);
  const id = given.success ? given.data : randomUUID();
  const nonce = newNonce();
  // Whatever a client sends as CSP must not reach rendering: a page cached with a
  // client-chosen nonce would block scripts for every later visitor.
  req.headers['content-security-policy'] = `script-src 'nonce-${placeholder}'`;
  delete req.headers['content-security-policy-report-only'];
  req.headers['x-request-id'] = id;
  // A client cannot pick its own rate-limit key: only a trusted proxy's X-Forwarded-For counts.
  const peer = req.socket.remoteAddress ?? '';
  if (!trusted(peer) || !req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = peer.replace(/^::ffff:/, '');
  req.url = escapeUndecodablePath(req.url ?? '/');

  res.setHeader('x-request-id', id);
  for (const [k, v] of fixedHeaders) res.setHeader(k, v);
  res.setHeader('content-security-policy', contentSecurityPolicy(nonce, { https }));
  const pathname = req.url.split('?')[0];
  if (openerIsolated(pathname, req.headers.cookie)) res.setHeader('cross-origin-opener-policy', 'same-origin');
  const notFoundAddress = NOT_FOUND_PATH.test(pathname) && req.headers['x-dsh-not-found'] !== notFoundToken;
  delete req.headers['x-dsh-not-found'];
  const pageKey = notFoundAddress ? undefined : pages.keyFor(req);
  const revalidation = req.method === 'POST' && pathname === '/api/revalidate';
  res.on('finish', () => {
    // Only an authorised revalidation (200) empties the copies: anyone may POST to the route.
    if (revalidation && res.statusCode === 200) flushPages();
    log.info({
      reqId: id,
      method: req.method,
      host: req.headers.host,
      path: loggedPath(req.url),
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      cache: res.getHeader('x-page-cache') ?? res.getHeader('x-nextjs-cache'),
    });
  });

  compress(req, res, () => {
    rewriteNonce(res, placeholder, nonce);
    if (serveSearch(req, res, id)) return;
    if (pages.serve(pageKey, req, res)) return;
    pages.capture(pageKey, req, res);
    // Outermost: the copy and the nonce rewrite see pages already without Next's scripts.
    withoutClientRuntime(req, res, placeholder, { status: notFoundAddress ? 404 : undefined, notFoundPage });
    requestContext.run(id, () => {
      handle(req, res).catch((err) => {
        log.error({ reqId: id, err }, 'request failed');
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
});
// Longer than a typical proxy's idle timeout, so the proxy closes first (no reset races).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(env.PORT, env.HOSTNAME, () => log.info({ port: env.PORT, hostname: env.HOSTNAME }, 'web ready'));

function shutdown(signal) {
  log.info({ signal }, 'shutting down');
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
