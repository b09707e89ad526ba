import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCache } from './page-cache.mjs';
import { placeholderNonce, rewriteNonce } from './security.mjs';

// A stand-in for Next behind the same wiring as server.mjs: each answer says how many times
// the "renderer" ran, so a copy is told from a render by its body.
const placeholder = placeholderNonce('a-server-secret-of-some-length');
let renders = 0;
let release;
const cache = pageCache({ ttlMs: 300 });

function next(req, res) {
  const url = new URL(req.url, 'http://x');
  renders++;
  const body = `<html><script nonce="${placeholder}"></script><p>render ${renders} of ${url.pathname}</p></html>`;
  const send = () => {
    res.statusCode = Number(url.searchParams.get('status') ?? 200);
    res.setHeader('content-type', url.pathname.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
    if (url.pathname !== '/dynamic') res.setHeader('x-nextjs-cache', 'HIT');
    if (url.pathname === '/cookie') res.setHeader('set-cookie', 'a=b');
    res.setHeader('vary', 'rsc, Accept-Encoding');
    // Written in two pieces, as Next streams.
    res.write(body.slice(0, 10));
    res.end(body.slice(10));
  };
  if (url.pathname === '/slow') release = send;
  else send();
}

let server;
let base;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const key = cache.keyFor(req);
    rewriteNonce(res, placeholder, 'N'.repeat(22));
    if (cache.serve(key, req, res)) return;
    cache.capture(key, req, res);
    next(req, res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(() => server.close());

/** node:http, since fetch would not send a Host header of our choosing. */
function get(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString(), copy: res.headers['x-page-cache'] ?? null, type: res.headers['content-type'], vary: res.headers.vary }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('page copy in front of Next', () => {
  it('answers a page Next served from its cache again from the copy, with the nonce written anew', async () => {
    const first = await get('/a');
    const second = await get('/a');
    expect(first.copy).toBeNull();
    expect(second.copy).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.body).not.toContain(placeholder);
    expect(second.body).toContain('nonce="NNNN');
    expect(second.type).toBe('text/html; charset=utf-8');
    expect(second.vary).toBe('rsc, Accept-Encoding');
    // Host and query are part of the key.
    expect((await get('/a?x=1')).copy).toBeNull();
    expect((await get('/a', { headers: { host: 'service.localhost' } })).copy).toBeNull();
  });

  it('never answers drafts, router requests, other methods, errors, cookies or uncached pages from a copy', async () => {
    for (const [path, init] of [
      ['/b', { headers: { cookie: 'x=1; __prerender_bypass=abc' } }],
      ['/b', { headers: { rsc: '1' } }],
      ['/b?_rsc=abc', {}],
      ['/b', { method: 'POST', body: 'x' }],
      ['/b?status=404', {}],
      ['/cookie', {}],
      ['/dynamic', {}],
      ['/feed.json', {}],
    ]) {
      const one = await get(path, init);
      const two = await get(path, init);
      expect(two.copy, `${init.method ?? 'GET'} ${path} ${JSON.stringify(init.headers ?? {})}`).toBeNull();
      expect(two.body).not.toBe(one.body);
    }
    // The draft visitor's request above kept nothing for the public either.
    expect((await get('/b')).copy).toBeNull();
  });

  it('answers HEAD from a copy without a body', async () => {
    await get('/c');
    const head = await get('/c', { method: 'HEAD' });
    expect(head.copy).toBe('HIT');
    expect(head.body).toBe('');
  });

  it('forgets every copy when cleared, and after its time', async () => {
    await get('/d');
    expect((await get('/d')).copy).toBe('HIT');
    cache.clear();
    expect((await get('/d')).copy).toBeNull();
    expect((await get('/d')).copy).toBe('HIT');
    await new Promise((r) => setTimeout(r, 350));
    expect((await get('/d')).copy).toBeNull();
  });

  it('does not keep a page whose render began before a clear (it may predate the publish)', async () => {
    const pending = get('/slow');
    await new Promise((r) => setTimeout(r, 50));
    cache.clear();
    release();
    await pending;
    const again = get('/slow');
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await again).copy).toBeNull();
  });

  it('keeps nothing when turned off', async () => {
    const off = pageCache({ ttlMs: 0 });
    expect(off.keyFor({ method: 'GET', url: '/', headers: {} })).toBeUndefined();
  });
});
