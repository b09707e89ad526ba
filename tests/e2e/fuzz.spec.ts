import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { e2e } from './env';
import { z } from 'zod';

/**
 * Every public endpoint of both apps under 10,000+ random and hostile requests: malformed,
 * repeated and oversized parameters, filter and SQL injection strings, broken percent-escapes,
 * control characters, forged secrets and tokens, random bodies. A bad request must get a 4xx
 * that says what is wrong (JSON routes: a `message`), a page or its 404: never a 5xx, and the
 * portal must still be up afterwards.
 *
 * Reproducible: the seed is in the test's name; FUZZ_SEED=<n> replays a run. FUZZ_SCALE=0.1
 * runs a tenth of the requests while working on an endpoint.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260801);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const CONCURRENCY = 16;
/** Only when the harness passes it (the running portal's .data/secrets.json): lets the fuzzer reach the body checks behind the secret. */
const REVALIDATE_SECRET = process.env.E2E_REVALIDATE_SECRET;

type Expectation =
  | 'json' // an API route: 2xx, or 4xx JSON with a message
  | 'cms' // the CMS intake without its secret: refused (4xx), Strapi's error shape
  | 'page' // a page: rendered, a redirect or the 404
  | 'file' // feeds, calendar, share image: the file, or a 4xx JSON with a message
  | 'same-origin-redirect' // preview exit: always back to this site
  | 'action-form' // the dialogue form posted without JavaScript: the form again, with an error
  | 'action-call'; // the server action called with random arguments: answered, never delivered

interface Probe {
  endpoint: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  expect: Expectation;
  /** The honeypot was filled: the form answers "sent" (and delivers nothing). */
  honeypot?: boolean;
}

interface Failure {
  probe: Probe;
  status: number | 'no answer';
  why: string;
  body: string;
}

// ── values ──────────────────────────────────────────────────────────────────────────────────

const hostile = [
  "' OR 1=1 --",
  'type = x OR 1=1',
  'locale = "en" OR type = "service"',
  '") OR ("1"="1',
  'service" OR locale = "en',
  'a", "b"] OR online = true OR type IN ["x',
  '"; DROP TABLE services; --',
  '{"$ne": null}',
  '{"$gt": ""}',
  '$where',
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd\u0000.png',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\u0002mark\u0003',
  '\uFEFF\u200B\u202E',
  '\r\nSet-Cookie: pwned=1',
  '💩'.repeat(60),
  'Ä'.repeat(201),
  'a'.repeat(201),
  'x'.repeat(5000),
  '${7*7}',
  '{{7*7}}',
  '%s%s%s%n',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '0x10',
  ' 1',
  '1.5',
  '',
  ' ',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '*',
  'de',
  'en',
  'fr',
  'service',
  'project',
  'article',
  'event',
  'citizens',
  'businesses',
  'wohngeld',
];
/** Percent-escapes no decoder should choke on: truncated, overlong, surrogate, not hex. */
const rawEscapes = ['%E0%A4%A', '%', '%%', '%zz', '%00', '%C0%AF', '%ED%A0%80', '%FF%FE', '%u0041', '%2', '%E2%82', '%F0%9F%98', '%0D%0A', '%2e%2e%2f'];

/** UTF-8 percent-encoding that never throws (encodeURIComponent does on a lone surrogate). */
const enc = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostile) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 1200 }) },
);

/** A query value as it appears in a URL: usually encoded, sometimes with a broken escape. */
const encodedValue = fc.oneof(
  { weight: 30, arbitrary: text.map(enc) },
  { weight: 8, arbitrary: fc.tuple(text, fc.constantFrom(...rawEscapes)).map(([t, e]) => enc(t) + e) },
  { weight: 4, arbitrary: fc.constantFrom(...rawEscapes) },
  // Past Node's 16 KB header limit: refused (431) before any route runs.
  { weight: 1, arbitrary: fc.constant(enc('y'.repeat(20_000))) },
);

const hostileKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'q[]', 'q[$ne]', 'filter', 'sort', 'page[size]', 'limit[]', '', '%00', '%E0%A4%A'];

/** A query string over the endpoint's own keys (repeated at will) and hostile ones. */
const queryString = (keys: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom(...hostileKeys) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map(enc) }),
        encodedValue,
      ),
      { maxLength: 8 },
    )
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

/**
 * The client address the rate limit counts. The fuzzer spreads its search requests over many
 * (RFC 2544 benchmark addresses), so they reach the parameter checks instead of the limit,
 * and it never sends one without: the test runner's own address keeps its budget for the
 * journeys that search after this one.
 */
const forwardedFor = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map(([a, b, c]) => `198.${18 + a}.${b}.${c}`) },
  // Never empty or the runner's own address: that would spend the budget of the journeys after this one.
  { weight: 1, arbitrary: fc.constantFrom(',', 'unknown', ' , 203.0.113.9', 'not-an-ip', 'fe80::1%eth0, 10.0.0.1', '1.1.1.1'.repeat(500)) },
);

/** A JSON value the React reply decoder reads as data: a string starting with `$` is escaped as React's encoder would. */
const replyValue = fc.jsonValue({ maxDepth: 3 }).map(function escape(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('$') ? `$${v}` : v;
  if (Array.isArray(v)) return v.map(escape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)]));
  return v;
});

// ── targets ─────────────────────────────────────────────────────────────────────────────────

const digital = new URL(e2e.digital);
const service = new URL(e2e.service);
/**
 * Node resolves no `*.localhost` name: requests for the directory go to the same server with
 * its Host header, as a browser's would.
 */
const serviceBase = service.hostname.endsWith('.localhost') ? `${service.protocol}//localhost:${service.port}` : service.origin;
const serviceHeaders = { host: service.host };
const cms = e2e.cms.replace(/\/$/, '');

const digitalPages = ['/projects', '/news', '/events', '/search', '/dialogue', '/feedback', '/press', '/en/news', '/en/projects', '/en/search', '/', '/en'];
const servicePages = ['/services', '/online', '/search', '/locations', '/lebenslagen', '/themenfelder/familie-kind', '/en/services', '/en/online', '/en/search', '/'];
const pageKeys = ['q', 'page', 'topic', 'status', 'audience', 'kind', 'when', 'letter', 'themenfeld', 'maturity', 'login', 'project', 'type', 'online', 'lebenslage', 'locale', 'limit'];
const searchKeys = ['q', 'type', 'locale', 'audience', 'topic', 'lebenslage', 'online', 'page', 'limit', 'site'];

const pathSegment = fc.oneof(
  { weight: 3, arbitrary: text.map(enc) },
  { weight: 1, arbitrary: fc.constantFrom(...rawEscapes) },
  { weight: 1, arbitrary: fc.constantFrom('..', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%2F', 'a%00b', 'news', 'site', 'home', 'events', 'de', 'en', 'fr') },
);
const slugLike = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/),
  fc.constantFrom('digitale-verwaltung', 'a'.repeat(201), 'x'.repeat(3000), 'home'),
);

function searchProbe(path: '/api/search' | '/api/search/suggest', site: 'digital' | 'service') {
  return fc.tuple(queryString(searchKeys), forwardedFor).map(
    ([qs, xff]): Probe => ({
      endpoint: `GET ${path}`,
      method: 'GET',
      url: `${site === 'digital' ? digital.origin : serviceBase}${path}${qs}`,
      headers: { 'x-forwarded-for': xff, ...(site === 'service' ? serviceHeaders : {}) },
      expect: 'json',
    }),
  );
}

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('Bearer wrong', 'Bearer ', 'Bearer', 'Basic YWRtaW46YWRtaW4=', 'bearer null', 'Bearer undefined', `Bearer ${'A'.repeat(5000)}`),
  // As long as a real secret (24 random bytes, base64url), and wrong.
  fc.uint8Array({ minLength: 24, maxLength: 24 }).map((b) => `Bearer ${Buffer.from(b).toString('base64url')}`),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${enc(s)}`),
);

/** A request body: JSON of any shape, broken JSON, form encodings, binary, empty, huge. */
const body = fc.oneof(
  { weight: 4, arbitrary: replyValue.map((v) => ({ type: 'application/json', data: JSON.stringify(v) })) },
  { weight: 2, arbitrary: fc.record({ tags: fc.array(text, { maxLength: 5 }) }).map((v) => ({ type: 'application/json', data: JSON.stringify(v) })) },
  { weight: 2, arbitrary: fc.constantFrom('{', '[', '{"tags":', 'null', '"x"', '{"tags": [1, 2]}', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {"x": 1}}}', '\u0000').map((data) => ({ type: 'application/json', data })) },
  { weight: 2, arbitrary: queryString(['subject', 'message', 'kind', 'email', 'tags', 'language']).map((qs) => ({ type: 'application/x-www-form-urlencoded', data: qs.slice(1) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: 'application/octet-stream', data: Buffer.from(b) })) },
  { weight: 1, arbitrary: text.map((data) => ({ type: 'text/plain', data })) },
  { weight: 1, arbitrary: fc.constant({ type: 'multipart/form-data; boundary=xyz', data: '--xyz\r\nContent-Disposition: form-data; name="subject"\r\n\r\nhello\r\n--x' }) },
  { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/plain', '', 'application/x-www-form-urlencoded').map((type) => ({ type, data: '' })) },
);
/** Bodies past any sensible limit; few, they are slow. */
const hugeBody = fc.constantFrom(
  { type: 'application/json', data: JSON.stringify({ tags: Array.from({ length: 30_000 }, (_, i) => `article:${i}`) }) },
  { type: 'application/json', data: `{"message":"${'x'.repeat(3_000_000)}"}` },
  { type: 'application/x-www-form-urlencoded', data: `message=${'y'.repeat(2_000_000)}` },
);

const revalidateProbe = fc.tuple(authorization, fc.oneof({ weight: 30, arbitrary: body }, { weight: 1, arbitrary: hugeBody })).map(
  ([auth, b]): Probe => ({
    endpoint: 'POST /api/revalidate',
    method: 'POST',
    url: `${digital.origin}/api/revalidate`,
    headers: { ...(auth === undefined ? {} : { authorization: auth }), ...(b.type ? { 'content-type': b.type } : {}) },
    body: b.data,
    expect: 'json',
  }),
);
/** The same bodies with the right secret, when the harness knows it: the body checks behind it. */
const revalidateAuthorisedProbe = (secret: string) =>
  body.map(
    (b): Probe => ({
      endpoint: 'POST /api/revalidate (right secret)',
      method: 'POST',
      url: `${digital.origin}/api/revalidate`,
      headers: { authorization: `Bearer ${secret}`, ...(b.type ? { 'content-type': b.type } : {}) },
      body: b.data,
      expect: 'json',
    }),
  );

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const forgedToken = fc.oneof(
  text.map(enc),
  fc.constantFrom(...rawEscapes),
  // Well-formed claims with a made-up signature: a forger's first try.
  fc
    .record({ uid: fc.constantFrom('api::article.article', 'api::project.project', 'api::x.y', '__proto__'), documentId: fc.string({ maxLength: 30 }), locale: fc.constantFrom('de', 'en', 'fr'), exp: fc.oneof(fc.integer(), fc.constant(4_102_444_800)) })
    .chain((claim) => fc.uint8Array({ minLength: 32, maxLength: 32 }).map((sig) => `${b64(claim)}.${Buffer.from(sig).toString('base64url')}`)),
  fc.tuple(replyValue, fc.string({ maxLength: 50 })).map(([v, s]) => `${b64(v)}.${enc(s)}`),
  fc.constantFrom('a.b', '.', '..', 'a.b.c', `${'a'.repeat(995)}.b`, `${'a'.repeat(1200)}.b`, 'eyJ1aWQiOiJhcGk6OmFydGljbGUuYXJ0aWNsZSJ9.'),
);
const previewProbe = fc.oneof(
  forgedToken.map((t) => `?token=${t}`),
  fc.tuple(forgedToken, forgedToken).map(([a, b]) => `?token=${a}&token=${b}`),
  queryString(['token', 'path', 'secret', 'slug']),
).map((qs): Probe => ({ endpoint: 'GET /api/preview', method: 'GET', url: `${digital.origin}/api/preview${qs}`, expect: 'json' }));

const exitProbe = fc
  .oneof(
    queryString(['path']),
    fc.constantFrom('//evil.example', '//2130706433', '/\\evil.example', '/%2F%2Fevil.example', 'https://evil.example', '/\t/evil.example', '//localhost', '///x', '/%0D%0ALocation:%20x').map((p) => `?path=${p}`),
  )
  .map((qs): Probe => ({ endpoint: 'GET /api/preview/exit', method: 'GET', url: `${digital.origin}/api/preview/exit${qs}`, expect: 'same-origin-redirect' }));

const fileProbe = fc.oneof(
  fc.tuple(fc.oneof(fc.constantFrom('de', 'en'), pathSegment), fc.oneof(fc.constantFrom('news.xml', 'press-releases.atom', 'it-news.xml', 'audience-businesses.xml', 'audience-__proto__.xml'), pathSegment.map((s) => `${s}.xml`), pathSegment)).map(
    ([l, f]): Probe => ({ endpoint: 'GET /feeds/…', method: 'GET', url: `${digital.origin}/feeds/${l}/${f}`, expect: 'file' }),
  ),
  fc.tuple(fc.oneof(fc.constantFrom('de', 'en'), pathSegment), fc.oneof(fc.constantFrom('events.ics'), slugLike.map((s) => `event-${s}.ics`), pathSegment.map((s) => `event-${s}.ics`), pathSegment)).map(
    ([l, f]): Probe => ({ endpoint: 'GET /calendar/…', method: 'GET', url: `${digital.origin}/calendar/${l}/${f}`, expect: 'file' }),
  ),
  // Share images: a real render only for the rare `site` kind, the rest are lookups or refusals.
  fc.tuple(fc.oneof(fc.constantFrom('de', 'en'), pathSegment), fc.oneof({ weight: 6, arbitrary: fc.constantFrom('projects', 'news', 'events', 'campaigns') }, { weight: 1, arbitrary: fc.constant('site') }, { weight: 3, arbitrary: pathSegment }), fc.oneof(slugLike, pathSegment)).map(
    ([l, k, s]): Probe => ({ endpoint: 'GET /api/og/…', method: 'GET', url: `${digital.origin}/api/og/${l}/${k}/${s}`, expect: 'file' }),
  ),
);

const pageProbe = fc.oneof(
  // Varied clients, as for the API: the search page has a per-client budget too, and the journeys
  // after this one must keep theirs.
  fc.tuple(fc.constantFrom(...digitalPages), queryString(pageKeys), forwardedFor).map(([p, qs, xff]): Probe => ({ endpoint: `GET digital ${p}`, method: 'GET', url: `${digital.origin}${p}${qs}`, headers: { 'x-forwarded-for': xff }, expect: 'page' })),
  fc.tuple(fc.constantFrom(...servicePages), queryString(pageKeys), forwardedFor).map(([p, qs, xff]): Probe => ({ endpoint: `GET service ${p}`, method: 'GET', url: `${serviceBase}${p}${qs}`, headers: { ...serviceHeaders, 'x-forwarded-for': xff }, expect: 'page' })),
  // Detail pages and paths nobody linked: a 404, never a crash.
  fc.tuple(fc.constantFrom('/projects/', '/news/', '/events/', '/campaigns/', '/pages/', '/audiences/', '/en/news/', '/'), fc.oneof(slugLike, pathSegment)).map(([p, s]): Probe => ({ endpoint: 'GET digital /<kind>/<slug>', method: 'GET', url: `${digital.origin}${p}${s}`, expect: 'page' })),
  fc.tuple(fc.constantFrom('/services/', '/locations/', '/lebenslagen/', '/themenfelder/', '/en/services/'), fc.oneof(slugLike, pathSegment)).map(([p, s]): Probe => ({ endpoint: 'GET service /<kind>/<slug>', method: 'GET', url: `${serviceBase}${p}${s}`, headers: serviceHeaders, expect: 'page' })),
);

const inboxFields = fc.record(
  {
    kind: fc.oneof(text, fc.constant('dialogue'), fc.constant('accessibility')),
    subject: text,
    message: text,
    name: text,
    email: fc.oneof(text, fc.emailAddress()),
    pageUrl: text,
    project: text,
    language: fc.oneof(text, fc.constantFrom('de', 'en')),
    state: fc.constantFrom('published', 'approved'),
    publishedAt: fc.constant('2020-01-01T00:00:00.000Z'),
  },
  { requiredKeys: [] },
);
const cmsProbe = fc
  .tuple(
    authorization,
    fc.oneof(
      { weight: 3, arbitrary: inboxFields.map((f) => ({ type: 'application/json', data: JSON.stringify(f) })) },
      { weight: 2, arbitrary: inboxFields.map((f) => ({ type: 'application/x-www-form-urlencoded', data: new URLSearchParams(Object.entries(f).map(([k, v]): [string, string] => [k, String(v)])).toString() })) },
      { weight: 4, arbitrary: body },
      { weight: 1, arbitrary: hugeBody },
    ),
  )
  .map(
    ([auth, b]): Probe => ({
      endpoint: 'POST cms /api/inbox-messages/intake',
      method: 'POST',
      url: `${cms}/api/inbox-messages/intake`,
      headers: { ...(auth === undefined ? {} : { authorization: auth }), ...(b.type ? { 'content-type': b.type } : {}) },
      body: b.data,
      expect: 'cms',
    }),
  );

// ── the dialogue form's server action ───────────────────────────────────────────────────────

interface ActionForm {
  /** The action's id (Next-Action header) and the hidden fields React renders for a form without JavaScript. */
  id: string;
  hidden: [string, string][];
  token: string;
}

const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function dialogueForm(request: APIRequestContext): Promise<ActionForm> {
  const html = await (await request.get(`${digital.origin}/dialogue`)).text();
  const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(([, n, v]) => [unescapeHtml(n!), unescapeHtml(v ?? '')] as [string, string]);
  const ref = hidden.find(([n]) => /^\$ACTION_\d+:0$/.test(n));
  const id = ref ? z.object({ id: z.unknown() }).parse(JSON.parse(ref[1])).id : undefined;
  const token = hidden.find(([n]) => n === 'token')?.[1];
  if (typeof id !== 'string' || !token) throw new Error('the dialogue page has no form with a server action');
  return { id, token, hidden: hidden.filter(([n]) => n.startsWith('$ACTION')) };
}

const multipart = (fields: [string, string][], boundary: string) =>
  Buffer.concat([
    ...fields.map(([n, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${n.replace(/["\r\n]/g, '_')}"\r\n\r\n${v}\r\n`)),
    Buffer.from(`--${boundary}--\r\n`),
  ]);

/**
 * The form as a browser without JavaScript posts it, with random values. The kind is never a
 * real one, so no fuzzed message can reach the CMS inbox, whatever the fill-in token says.
 */
const actionFormProbe = (form: ActionForm) =>
  fc
    .record({
      kind: text.filter((k) => k !== 'dialogue' && k !== 'accessibility'),
      token: fc.oneof(fc.constant(form.token), fc.constant(''), text, fc.constant(`${Date.now() - 3_600_000}.${'A'.repeat(43)}`)),
      fields: fc.array(fc.tuple(fc.constantFrom('subject', 'message', 'name', 'email', 'pageUrl', 'project', 'language', '__proto__', 'token'), text), { maxLength: 8 }),
      website: fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: text.filter((t) => t !== '') }),
    })
    .map(({ kind, token, fields, website }): Probe => {
      const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
      return {
        endpoint: 'POST /dialogue (form, no JavaScript)',
        method: 'POST',
        url: `${digital.origin}/dialogue`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: digital.origin },
        body: multipart([...form.hidden, ['kind', kind], ['token', token], ['website', website], ...fields], boundary),
        expect: 'action-form',
        honeypot: website !== '',
      };
    });

/** The action as React calls it, with random arguments instead of (state, FormData). */
const actionCallProbe = (form: ActionForm) =>
  fc.array(replyValue, { maxLength: 3 }).map(
    (args): Probe => ({
      endpoint: 'POST /dialogue (Next-Action, random arguments)',
      method: 'POST',
      url: `${digital.origin}/dialogue`,
      headers: { 'next-action': form.id, 'content-type': 'text/plain;charset=UTF-8', origin: digital.origin, accept: 'text/x-component' },
      body: JSON.stringify(args),
      expect: 'action-call',
    }),
  );

// ── running and judging ─────────────────────────────────────────────────────────────────────

const sample = <T>(arb: fc.Arbitrary<T>, n: number, offset: number) => fc.sample(arb, { seed: SEED + offset, numRuns: Math.max(1, Math.round(n * SCALE)) });

async function runPool<T>(items: T[], worker: (item: T) => Promise<void>, concurrency: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await worker(items[next++]!);
    }),
  );
}

/** Refusals of the HTTP layer before any route runs (header or URL too long, body too large). */
const transportRefusals = new Set([413, 414, 431]);

function judge(p: Probe, status: number, headers: Record<string, string>, raw: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (transportRefusals.has(status)) return null;
  const type = headers['content-type'] ?? '';
  const json = (): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  };
  const hasMessage = (v: unknown, path: 'top' | 'strapi') => {
    if (!v || typeof v !== 'object') return false;
    const holder = path === 'top' ? v : (v as { error?: unknown }).error;
    return !!holder && typeof holder === 'object' && typeof (holder as { message?: unknown }).message === 'string' && (holder as { message: string }).message.length > 0;
  };
  switch (p.expect) {
    case 'json':
    case 'file':
      if (status >= 400 && type.includes('json') && !hasMessage(json(), 'top')) return `${status} JSON without a message`;
      if (p.expect === 'json' && status >= 400 && !type.includes('json')) return `${status} but not JSON (${type || 'no content-type'})`;
      return null;
    case 'cms':
      // Without the web app's secret nothing may be stored.
      if (status < 400) return `accepted (${status}) without the secret`;
      if (type.includes('json') && !hasMessage(json(), 'strapi')) return `${status} without error.message`;
      return null;
    case 'page':
      // The search page has a per-client budget: a 429 there is the limit working.
      if (status === 429 && new URL(p.url).pathname.endsWith('/search')) return null;
      if (status >= 400 && status !== 404 && status !== 400) return `page answered ${status}`;
      return null;
    case 'same-origin-redirect': {
      if (status !== 307) return `exit answered ${status}, not a redirect`;
      const location = headers.location ?? '';
      const target = new URL(location, digital.origin);
      if (target.origin !== digital.origin) return `redirects off the site, to ${location}`;
      return null;
    }
    case 'action-form':
      if (status !== 200) return `form answered ${status}`;
      // After "sent" the form is gone; otherwise it comes back with the reason.
      if (!raw.includes('name="subject"') && !p.honeypot) return 'a fuzzed message was accepted as sent';
      if (raw.includes('name="subject"') && p.honeypot) return 'the honeypot was not taken for a bot';
      return null;
    case 'action-call':
      if (status !== 200) return `action answered ${status}`;
      if (raw.includes('"status":"sent"')) return 'a fuzzed call was accepted as sent';
      return null;
  }
}

test(`every public endpoint survives 10,000 random and hostile requests (seed ${SEED})`, async ({ request, playwright }, testInfo) => {
  test.setTimeout(600_000);
  const form = await dialogueForm(request);
  // Cheap refusals (CMS, secrets, tokens) get the most requests, rendered pages the fewest:
  // 10,000 requests must stay well under two minutes on two cores.
  const probes: Probe[] = [
    ...sample(searchProbe('/api/search', 'digital'), 1700, 1),
    ...sample(searchProbe('/api/search', 'service'), 800, 2),
    ...sample(searchProbe('/api/search/suggest', 'digital'), 1100, 3),
    ...sample(searchProbe('/api/search/suggest', 'service'), 450, 4),
    ...sample(revalidateProbe, REVALIDATE_SECRET ? 600 : 1000, 5),
    ...(REVALIDATE_SECRET ? sample(revalidateAuthorisedProbe(REVALIDATE_SECRET), 400, 6) : []),
    ...sample(previewProbe, 1000, 7),
    ...sample(exitProbe, 400, 8),
    ...sample(fileProbe, 1000, 9),
    ...sample(pageProbe, 700, 10),
    ...sample(cmsProbe, 1500, 11),
    ...sample(actionFormProbe(form), 150, 12),
    ...sample(actionCallProbe(form), 200, 13),
  ];
  // Shuffled with the seed, so every endpoint is under load at the same time as the others.
  const order = fc.sample(fc.shuffledSubarray(probes.map((_, i) => i), { minLength: probes.length, maxLength: probes.length }), { seed: SEED, numRuns: 1 })[0]!;
  const shuffled = order.map((i) => probes[i]!);

  // A context of its own: no cookies carried between probes (preview exit, actions).
  const api = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const failures: Failure[] = [];
  const tally = new Map<string, Map<number | string, number>>();
  const took = new Map<string, number>();
  const count = (endpoint: string, status: number | string, ms = 0) => {
    took.set(endpoint, (took.get(endpoint) ?? 0) + ms);
    const m = tally.get(endpoint) ?? new Map<number | string, number>();
    m.set(status, (m.get(status) ?? 0) + 1);
    tally.set(endpoint, m);
  };
  const t0 = Date.now();
  await runPool(
    shuffled,
    async (p) => {
      const started = Date.now();
      const send = () => api.fetch(p.url, { method: p.method, headers: p.headers, data: p.body, maxRedirects: 0, failOnStatusCode: false, timeout: 60_000 });
      // An oversized request may be cut off by the server before it is read: a refusal.
      const oversized = (p.body?.length ?? 0) > 1_000_000 || p.url.length > 16_000;
      let res: Awaited<ReturnType<typeof send>>;
      try {
        res = await send();
      } catch (first) {
        if (oversized) return count(p.endpoint, 'reset (oversized)');
        // A kept-alive connection the server closed just as this request went out is the
        // network's race, not the server's answer: one retry tells them apart.
        try {
          res = await send();
        } catch (err) {
          count(p.endpoint, 'no answer');
          failures.push({ probe: p, status: 'no answer', why: `${(first as Error).message.split('\n')[0]}; again: ${(err as Error).message.split('\n')[0]}`, body: '' });
          return;
        }
      }
      let raw = await res.text().catch(() => '');
      // "Search unavailable" is the right answer when Meilisearch is slower than its 3 s budget
      // (a loaded machine); the same request a second later shows whether the input caused it.
      if (res.status() === 503 && raw.includes('"search_unavailable"')) {
        count(p.endpoint, '503 then again');
        await new Promise((r) => setTimeout(r, 1_000));
        res = await send();
        raw = await res.text().catch(() => '');
      }
      count(p.endpoint, res.status(), Date.now() - started);
      const why = judge(p, res.status(), res.headers(), raw);
      if (why) failures.push({ probe: p, status: res.status(), why, body: raw.slice(0, 300) });
    },
    CONCURRENCY,
  );
  const seconds = (Date.now() - t0) / 1000;
  await api.dispose();

  console.log(`fuzz seed ${SEED}: ${shuffled.length} requests in ${seconds.toFixed(1)} s, ${failures.length} failures`);
  for (const [endpoint, m] of [...tally].sort()) {
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${endpoint.padEnd(48)} ${String(Math.round((took.get(endpoint) ?? 0) / n)).padStart(4)} ms  ${[...m].sort().map(([s, k]) => `${s}×${k}`).join(' ')}`);
  }
  const kinds = new Map<string, number>();
  for (const f of failures) {
    const kind = `${f.probe.endpoint}: ${f.why.slice(0, 60)}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const [k, n] of kinds) console.log(`  ${n}× ${k}`);
  // Every failing input, to replay one by hand.
  if (failures.length) fs.writeFileSync(testInfo.outputPath('fuzz-failures.json'), JSON.stringify(failures.map((f) => ({ ...f, probe: { ...f.probe, body: typeof f.probe.body === 'string' ? f.probe.body.slice(0, 10_000) : f.probe.body?.toString('latin1').slice(0, 10_000) } })), null, 1));
  for (const f of failures.slice(0, 8)) {
    const shown = { ...f.probe, url: f.probe.url.slice(0, 300), body: typeof f.probe.body === 'string' ? f.probe.body.slice(0, 300) : f.probe.body ? `<${f.probe.body.length} bytes>` : undefined };
    console.log(`FAIL ${f.why} (${f.status})\n  ${JSON.stringify(shown)}\n  answer: ${f.body.replace(/\s+/g, ' ')}`);
  }

  expect(shuffled.length).toBeGreaterThanOrEqual(Math.round(10_000 * SCALE));
  expect(failures.map((f) => `${f.probe.endpoint}: ${f.why}`).slice(0, 20)).toEqual([]);
  // The search endpoints' checks were reached, not only their rate limit.
  for (const endpoint of ['GET /api/search', 'GET /api/search/suggest']) {
    const m = tally.get(endpoint)!;
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    expect((m.get(429) ?? 0) / total, `${endpoint}: share of 429`).toBeLessThan(0.2);
    expect(m.get(400) ?? 0, `${endpoint}: refused as malformed`).toBeGreaterThan(total / 10);
    expect(m.get(200) ?? 0, `${endpoint}: answered`).toBeGreaterThan(total / 20);
  }

  // Nothing crashed: both apps still answer.
  const health = await request.get(`${digital.origin}/api/health`);
  expect(health.status()).toBe(200);
  expect(z.object({ status: z.string() }).parse(await health.json()).status).toBe('ok');
  const cmsHealth = await request.get(`${cms}/_health`);
  expect(cmsHealth.status()).toBeLessThan(300);
  const page = await request.get(`${digital.origin}/news`);
  expect(page.status()).toBe(200);
});

test.describe('search is rate limited per client', () => {
  for (const [path, name] of [
    ['/api/search?q=wohngeld', 'search'],
    ['/api/search/suggest?q=wohn', 'suggestions'],
  ] as const) {
    test(`${name}: over its budget a client gets 429 with Retry-After and a message; other clients do not`, async ({ request }) => {
      // A client of its own for this run: the budget of one minute ago does not carry over.
      const client = `203.0.113.${(Date.now() % 200) + 1}, 10.0.0.1`;
      const first = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
      expect(first.status()).toBe(200);
      const limit = Number(first.headers()['ratelimit-limit']);
      expect(limit).toBeGreaterThan(0);
      // The journeys' own stack has the default budget; only E2E_USE_RUNNING=1 against a portal started
      // for load benchmarks (SEARCH_RATE_LIMIT_PER_MINUTE raised) meets one too large to use up here.
      test.skip(limit > 2_000, `budget raised to ${limit} (a benchmark setting): not exhausted here`);
      expect(Number(first.headers()['ratelimit-remaining'])).toBe(limit - 1);
      let last = first;
      for (let i = 1; i < limit; i++) {
        last = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
        expect(last.status(), `request ${i + 1} of ${limit}`).toBe(200);
      }
      expect(last.headers()['ratelimit-remaining']).toBe('0');
      const refused = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
      expect(refused.status()).toBe(429);
      const retryAfter = Number(refused.headers()['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers()['cache-control']).toBe('no-store');
      const body = z.object({ error: z.string(), message: z.string() }).parse(await refused.json());
      expect(body.error).toBe('rate_limited');
      expect(body.message).toMatch(/Zu viele Anfragen.*Too many requests/);
      // A bad request from the same client is refused by the limit too, before any parsing.
      expect((await request.get(`${digital.origin}${path.split('?')[0]}?limit=500`, { headers: { 'x-forwarded-for': client } })).status()).toBe(429);
      // Another client is unaffected.
      const other = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': `${client.split(',')[0]}1` } });
      expect(other.status()).toBe(200);
    });
  }
});

test('the search page: over its budget a client gets a short 429 page in its language, another client the results', async ({ request }) => {
  const client = `198.51.100.${(Date.now() % 200) + 1}, 10.0.0.1`;
  const path = '/en/search?q=wohngeld';
  const first = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
  expect(first.status()).toBe(200);
  const limit = Number(first.headers()['ratelimit-limit']);
  expect(limit).toBeGreaterThan(0);
  // As above: skipped only against a benchmark portal with a raised budget.
  test.skip(limit > 2_000, `budget raised to ${limit} (a benchmark setting): not exhausted here`);
  for (let i = 1; i < limit; i++) {
    const r = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
    expect(r.status(), `request ${i + 1} of ${limit}`).toBe(200);
  }
  const refused = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': client } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  const html = await refused.text();
  expect(html).toContain('<html lang="en">');
  expect(html).toMatch(/Too many searches[\s\S]*try again in \d+ seconds/);
  expect(html).not.toContain('<script');
  // Other pages stay open to the same client; another client still searches.
  expect((await request.get(`${digital.origin}/en/news`, { headers: { 'x-forwarded-for': client } })).status()).toBe(200);
  const other = await request.get(`${digital.origin}${path}`, { headers: { 'x-forwarded-for': `${client.split(',')[0]}1` } });
  expect(other.status()).toBe(200);
});

test('dialogue form: a server action body the framework cannot decode is a 4xx, not a 5xx (Next.js #86945)', async ({ request }) => {
  // Next 16.4 answers 500 when the body of a server action call is not React's reply format:
  // the decoder throws before our action runs (vercel/next.js#86945, fix open as #98105). Marked
  // as failing: when an upgrade fixes it, this test turns red and the marker must go.
  test.fail();
  const form = await dialogueForm(request);
  for (const body of ['[', '{{{', '["$K1"]', '["$@7"]']) {
    const res = await request.post(`${digital.origin}/dialogue`, {
      headers: { 'next-action': form.id, 'content-type': 'text/plain;charset=UTF-8', origin: digital.origin },
      data: body,
    });
    expect(res.status(), body).toBeLessThan(500);
  }
});
