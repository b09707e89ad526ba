import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { e2e } from './env';
import { digitalTemplates, serviceTemplates } from './templates';

/**
 * Faults, against the real processes of the stack the global setup started: Meilisearch stops,
 * then the CMS stops, while readers keep coming. Named zz- so it runs last (one worker, files in
 * alphabetical order): every other journey has the whole portal.
 */
const control = process.env.E2E_CONTROL;
const controlToken = process.env.E2E_CONTROL_TOKEN;
type Part = 'meilisearch' | 'cms' | 'web';

async function part(action: 'stop' | 'start', name: Part) {
  const res = await fetch(`${control}/${action}/${name}`, { method: 'POST', headers: { authorization: `Bearer ${controlToken}` } });
  if (!res.ok) throw new Error(`${action} ${name}: ${res.status} ${await res.text()}`);
}

test.describe.configure({ mode: 'serial' });
test.skip(!control || !controlToken, 'fault journeys stop and start parts of the portal: they need the stack the global setup starts (not E2E_USE_RUNNING=1, which has no control server)');
test.setTimeout(300_000);

// ---- the approval workflow through the admin API, as the editor and ITD11 ----

const CM = '/content-manager/collection-types/api::article.article';
const Login = z.object({ data: z.object({ token: z.string() }) });
const Created = z.object({ data: z.object({ documentId: z.string() }) });
const tokens: Partial<Record<'editor' | 'approver', string>> = {};

async function login(who: 'editor' | 'approver'): Promise<string> {
  if (tokens[who]) return tokens[who];
  const res = await fetch(`${e2e.cms}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e2e[who]) });
  if (!res.ok) throw new Error(`${who} login: ${res.status} ${await res.text()}`);
  return (tokens[who] = Login.parse(await res.json()).data.token);
}

async function admin(who: 'editor' | 'approver', method: string, path: string, body?: unknown) {
  const res = await fetch(`${e2e.cms}${path}`, {
    method,
    headers: { authorization: `Bearer ${await login(who)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${who} ${method} ${path}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

const stamp = `st${Date.now().toString(36)}`;
const slug = `ausfall-${stamp}`;
const article = (word: string) => ({
  title: `Ausfallprobe ${word}`,
  slug,
  kind: 'news',
  date: '2026-11-28',
  lead: `Diese Meldung prüft den Betrieb bei Störungen (${word}).`,
  body: [],
});
let documentId: string | undefined;

/** The editor writes and submits, ITD11 approves and publishes: the way every change goes live. */
async function publishReviewed(word: string) {
  if (!documentId) documentId = Created.parse(await admin('editor', 'POST', `${CM}?locale=de`, article(word))).data.documentId;
  else await admin('editor', 'PUT', `${CM}/${documentId}?locale=de`, article(word));
  const target = { uid: 'api::article.article', documentId, locale: 'de' };
  // ITD11's decision names the version that was submitted.
  const { versionHash } = z.object({ data: z.object({ versionHash: z.string() }) }).parse(await admin('editor', 'POST', '/dsh-review/submit', target)).data;
  await admin('approver', 'POST', '/dsh-review/approve', { ...target, versionHash });
  await admin('approver', 'POST', `${CM}/${documentId}/actions/publish?locale=de`, article(word));
}

const SearchAnswer = z.object({ hits: z.array(z.object({ title: z.string(), url: z.string() })) });
async function searchTitles(request: APIRequestContext, q: string): Promise<string[]> {
  const res = await request.get(`${e2e.digital}/api/search?q=${encodeURIComponent(q)}`);
  if (!res.ok()) return [];
  return SearchAnswer.parse(await res.json()).hits.map((h) => h.title);
}

// ---- what a reader sees ----

interface Seen {
  url: string;
  /** The page's h1, or for feeds and the sitemap the links they list. */
  content: string[];
}

/** Feeds, calendar and sitemaps are read as a crawler reads them; the service host goes by Host header (Node cannot resolve *.localhost). */
async function fetchRaw(request: APIRequestContext, url: string) {
  const u = new URL(url);
  const host = u.host;
  u.hostname = 'localhost';
  return request.get(u.toString(), { headers: { host } });
}

// Sitemap <loc>, RSS <link>, Atom <id>, iCal UID: what each feed lists, one entry per item.
const listed = (body: string) => [...body.matchAll(/<(loc|link|id)>([^<]+)<\/\1>|^UID:(.+)$/gm)].map((m) => (m[2] ?? m[3] ?? '').trim());

async function look(page: Page, request: APIRequestContext, url: string): Promise<{ status: number; content: string[] }> {
  if (/\.(xml|atom|ics)$/.test(new URL(url).pathname)) {
    const res = await fetchRaw(request, url);
    return { status: res.status(), content: res.ok() ? listed(await res.text()) : [] };
  }
  const res = await page.goto(url);
  const h1 = await page.getByRole('heading', { level: 1 }).first().textContent({ timeout: 2_000 }).catch(() => null);
  return { status: res?.status() ?? 0, content: h1 ? [h1.trim()] : [] };
}

/** Both sites' page templates (not search, not the 404), their feeds and sitemaps. */
async function readerPages(page: Page): Promise<string[]> {
  const pages = [...(await digitalTemplates(page, '')), ...(await serviceTemplates(page, '')), `${e2e.digital}/en`, `${e2e.service}/en`];
  return [
    ...pages.filter((u) => !/\/search\?|gibt-es-nicht/.test(u)),
    `${e2e.digital}/news/${slug}`,
    `${e2e.digital}/feeds/de/news.xml`,
    `${e2e.digital}/feeds/en/news.atom`,
    `${e2e.digital}/calendar/de/events.ics`,
    `${e2e.digital}/sitemap.xml`,
    `${e2e.service}/sitemap.xml`,
  ];
}

let seen: Seen[] = [];

async function expectStillServed(page: Page, request: APIRequestContext, why: string) {
  const failures: string[] = [];
  for (const before of seen) {
    const now = await look(page, request, before.url);
    if (now.status !== 200) failures.push(`${before.url}: ${now.status}`);
    else if (before.content.some((c) => !now.content.includes(c))) failures.push(`${before.url}: content changed from ${JSON.stringify(before.content.slice(0, 3))} to ${JSON.stringify(now.content.slice(0, 3))}`);
  }
  expect(failures, `${why}: every page a reader saw before still answers 200 with its content`).toEqual([]);
}

test.afterAll(async () => {
  // Whatever failed, the next run (and the global teardown) finds every part running.
  for (const name of ['meilisearch', 'cms', 'web'] as const) await part('start', name).catch((err: Error) => console.error(err.message));
  if (documentId) await admin('approver', 'DELETE', `${CM}/${documentId}?locale=de`).catch((err: Error) => console.error(`test article not deleted: ${err.message}`));
});

test('Meilisearch stops: pages keep serving, search says so, the directory finds services from the CMS, and changes made meanwhile reach the index', async ({ page, request }) => {
  await publishReviewed(`eins${stamp}`);
  await expect.poll(() => searchTitles(request, `eins${stamp}`), { timeout: 30_000 }).toContain(`Ausfallprobe eins${stamp}`);
  // A reader's round through both sites: these answers are now cached.
  for (const url of await readerPages(page)) {
    const r = await look(page, request, url);
    expect(r.status, url).toBe(200);
    expect(r.content.length, `${url} shows a heading or lists links`).toBeGreaterThan(0);
    seen.push({ url, content: r.content });
  }

  await part('stop', 'meilisearch');
  await expectStillServed(page, request, 'Meilisearch down');

  const api = await request.get(`${e2e.digital}/api/search?q=wohngeld`);
  expect(api.status()).toBe(503);
  expect(z.object({ message: z.string() }).parse(await api.json()).message).toContain('Die Suche ist gerade nicht erreichbar');

  // The search page is a page with a message, not an error page.
  const digitalSearch = await page.goto(`${e2e.digital}/search?q=wohngeld`);
  expect(digitalSearch?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Die Suche ist gerade nicht erreichbar' })).toBeVisible();

  // The directory still finds a service by its name, from the CMS, and says results are limited.
  const serviceSearch = await page.goto(`${e2e.service}/search?q=hundesteuer`);
  expect(serviceSearch?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'Die Suche ist gerade eingeschränkt' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Hund anmelden und Hundesteuer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hund anmelden und Hundesteuer');

  // ITD11 publishes a change while the index is gone: the publish succeeds and the page shows it.
  await publishReviewed(`zwei${stamp}`);
  await expect(async () => {
    await page.goto(`${e2e.digital}/news/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ausfallprobe zwei${stamp}`, { timeout: 500 });
  }).toPass({ timeout: 20_000 });

  await part('start', 'meilisearch');
  // The outbox retries with backoff (up to 16 s between tries at this point): the change arrives.
  await expect.poll(() => searchTitles(request, `zwei${stamp}`), { timeout: 60_000, intervals: [500] }).toContain(`Ausfallprobe zwei${stamp}`);
  expect(await searchTitles(request, `eins${stamp}`)).not.toContain(`Ausfallprobe eins${stamp}`);
});

test('the CMS stops: every page seen before still answers 200 with its content; once it is back, a new change shows', async ({ page, request }) => {
  expect(seen.length, 'the Meilisearch journey visited the pages first').toBeGreaterThan(0);
  // The news pages, the feeds and the sitemap were revalidated by the change above and not read
  // since: with the CMS gone, the web app must serve what it had rather than an error.
  await part('stop', 'cms');
  // The test article was last seen with the change made while the index was down.
  seen = seen.map((s) => (s.url.endsWith(`/news/${slug}`) ? { ...s, content: [`Ausfallprobe zwei${stamp}`] } : s));
  await expectStillServed(page, request, 'CMS down');

  await part('start', 'cms');
  tokens.editor = undefined;
  tokens.approver = undefined;
  await publishReviewed(`drei${stamp}`);
  await expect(async () => {
    await page.goto(`${e2e.digital}/news/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ausfallprobe drei${stamp}`, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(async () => {
    await page.goto(`${e2e.digital}/news`);
    await expect(page.getByRole('main').getByRole('link', { name: `Ausfallprobe drei${stamp}` })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect.poll(() => searchTitles(request, `drei${stamp}`), { timeout: 30_000 }).toContain(`Ausfallprobe drei${stamp}`);
});

test('the web app restarts: a change ITD11 published while it was down shows on the first visit after', async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  // The article and the newsroom as rendered before: kept in the web app's page cache on disk.
  await page.goto(`${e2e.digital}/news/${slug}`);
  await expect(heading).toHaveText(`Ausfallprobe drei${stamp}`);
  await page.goto(`${e2e.digital}/news`);
  await expect(page.getByRole('main').getByRole('link', { name: `Ausfallprobe drei${stamp}` })).toBeVisible();

  await part('stop', 'web');
  await publishReviewed(`vier${stamp}`);
  // The outbox's revalidation finds no web app (it is logged, not retried): let it try first.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await part('start', 'web');

  // No retries: the first answer after the start must already be the new text.
  await page.goto(`${e2e.digital}/news/${slug}`);
  await expect(heading).toHaveText(`Ausfallprobe vier${stamp}`, { timeout: 1_000 });
  await page.goto(`${e2e.digital}/news`);
  await expect(page.getByRole('main').getByRole('link', { name: `Ausfallprobe vier${stamp}` })).toBeVisible({ timeout: 1_000 });
});
