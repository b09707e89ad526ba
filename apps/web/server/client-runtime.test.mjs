import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripClientRuntime, stripScriptLinks, withoutClientRuntime } from './client-runtime.mjs';
import { rewriteNonce } from './security.mjs';

const NONCE = 'PLACEHOLDERplaceholder';
// What Next writes for a page: runtime chunks, the inline RSC payload, preloads, one JSON-LD.
const PAGE = [
  '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js" nonce="${NONCE}"/>`,
  '<link rel="modulepreload" href="/_next/static/chunks/main.js"/>',
  '<link rel="preload" href="/fonts/a.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css"/>',
  `<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="${NONCE}"></script>`,
  '<title>Ummelden</title></head><body><form role="search" data-combobox=""></form><main><h1>Ummelden</h1>',
  '<p>Wer &lt;script&gt; schreibt, sieht Text.</p>',
  `<script type="application/ld+json" nonce="${NONCE}">{"@type":"GovernmentService","name":"Ummelden"}</script>`,
  '</main>',
  `<script nonce="${NONCE}">self.__next_f.push([1,"<script>alert(1)<\\/script>"])</script>`,
  `<SCRIPT async src="/_next/static/chunks/app.js" nonce="${NONCE}"></SCRIPT >`,
  '</body></html>',
].join('');

describe('stripClientRuntime', () => {
  const out = stripClientRuntime(PAGE, NONCE);

  it('removes every script of Next and their preloads', () => {
    expect(out).not.toMatch(/_next\/static\/chunks/);
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('alert(1)');
    expect(out).not.toMatch(/modulepreload/);
  });

  it('keeps the content, the JSON-LD, the stylesheet and the font preload', () => {
    expect(out).toContain('<h1>Ummelden</h1>');
    expect(out).toContain('Wer &lt;script&gt; schreibt, sieht Text.');
    expect(out).toContain('{"@type":"GovernmentService","name":"Ummelden"}');
    expect(out).toContain('href="/_next/static/css/a.css"');
    expect(out).toContain('href="/fonts/a.woff2"');
  });

  it('adds the portal script once, with the nonce, at the end of the body', () => {
    const scripts = [...out.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/ld+json" nonce="PLACEHOLDERplaceholder">', `<script nonce="${NONCE}">`]);
    expect(out).toMatch(/form\[data-combobox\][\s\S]*<\/script><\/body><\/html>$/);
  });
});

describe('a page with nothing to enhance', () => {
  it('gets no script at all', () => {
    const out = stripClientRuntime(PAGE.replace('<form role="search" data-combobox=""></form>', ''), NONCE);
    expect([...out.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="application/ld+json" nonce="PLACEHOLDERplaceholder">']);
  });
});

describe('stripScriptLinks', () => {
  it('drops script preloads from a Link header and keeps the rest', () => {
    expect(stripScriptLinks('</_next/static/chunks/a.js>; rel=preload; as="script", </fonts/a.woff2>; rel=preload; as="font"; crossorigin=""')).toBe(
      '</fonts/a.woff2>; rel=preload; as="font"; crossorigin=""',
    );
    expect(stripScriptLinks('</_next/static/chunks/a.js>; rel=preload; as="script"')).toBeUndefined();
    expect(stripScriptLinks(undefined)).toBeUndefined();
  });
});

// Wired as server.mjs wires it (compression, nonce rewrite, then the strip outermost), against a
// stand-in for Next that streams in pieces.
let server;
let origin;
beforeAll(async () => {
  const compress = compression();
  server = http.createServer((req, res) => {
    compress(req, res, () => {
      rewriteNonce(res, NONCE, 'fresh-nonce-of-22-char');
      const url = new URL(req.url, 'http://x');
      withoutClientRuntime(req, res, NONCE, {
        status: url.pathname === '/page-not-found' ? 404 : undefined,
        notFoundPage: async (r) => (r.url.includes('own=none') ? undefined : `<html lang="de"><body><h1>Seite nicht gefunden</h1><script>next()</script></body></html>`),
      });
      res.statusCode = Number(url.searchParams.get('status') ?? 200);
      res.setHeader('content-type', url.pathname === '/data.json' ? 'application/json' : 'text/html; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(PAGE));
      res.setHeader('link', '</_next/static/chunks/a.js>; rel=preload; as="script"');
      // Next's answer to notFound(): an empty shell its runtime would fill.
      const page = url.searchParams.has('shell') ? `<!DOCTYPE html><html id="__next_error__"><head></head><body><script nonce="${NONCE}">self.__next_f.push([])</script></body></html>` : PAGE;
      const third = Math.floor(page.length / 3);
      res.write(page.slice(0, third));
      res.write(Buffer.from(page.slice(third, 2 * third)));
      res.end(page.slice(2 * third));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('withoutClientRuntime', () => {
  it('sends pages stripped, with their length and a fresh nonce', async () => {
    const res = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'identity' } });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(res.headers.get('link')).toBeNull();
    expect(body).not.toContain('__next_f');
    expect(body).toContain('<script nonce="fresh-nonce-of-22-char">');
    expect(body).not.toContain(NONCE);
  });

  it('announces no length for HEAD that the GET would not send', async () => {
    const get = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'identity' } });
    const length = Buffer.byteLength(await get.text());
    const head = await fetch(`${origin}/`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect([null, String(length)]).toContain(head.headers.get('content-length'));
  });

  it('strips before compression', async () => {
    const res = await new Promise((resolve) => http.get(`${origin}/`, { headers: { 'accept-encoding': 'gzip' } }, resolve));
    const chunks = [];
    for await (const c of res) chunks.push(c);
    expect(res.headers['content-encoding']).toBe('gzip');
    const body = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    expect(body).toContain('<h1>Ummelden</h1>');
    expect(body).not.toContain('_next/static/chunks');
  });

  it('keeps 404 pages stripped but leaves error pages (500) and other types as Next wrote them', async () => {
    expect(await (await fetch(`${origin}/?status=404`)).text()).not.toContain('__next_f');
    const error = await (await fetch(`${origin}/?status=500`)).text();
    expect(error).toContain('__next_f');
    expect(error).not.toContain('form[data-combobox]');
    expect(await (await fetch(`${origin}/data.json`)).text()).toContain('__next_f');
  });

  it('sends the site’s own not-found page in place of Next’s empty error shell, with status 404', async () => {
    const res = await fetch(`${origin}/gibt-es-nicht?status=404&shell`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('<h1>Seite nicht gefunden</h1>');
    expect(body).not.toContain('next()');
    // Without a page of its own the shell goes out as it came (stripped): never a broken answer.
    const none = await fetch(`${origin}/gibt-es-nicht?status=404&shell&own=none`);
    expect(none.status).toBe(404);
    expect(await none.text()).toContain('__next_error__');
    // Only a 404 is replaced.
    expect(await (await fetch(`${origin}/?status=200&shell`)).text()).toContain('__next_error__');
  });

  it('answers the not-found page’s own address with 404', async () => {
    expect((await fetch(`${origin}/page-not-found`)).status).toBe(404);
  });
});
