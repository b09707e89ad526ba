import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { e2e } from './env';
import { digitalTemplates, serviceTemplates } from './templates';

/**
 * Security headers on every answer of the web app, and a Content-Security-Policy that lets only
 * this response's own scripts run: each page template is loaded in Chromium, its scripts must
 * carry the header's nonce, the browser must report no blocked resource, and the page's
 * JavaScript must still work (a policy that blocks everything would also "pass" a header check).
 */

function checkHeaders(url: string, headers: Record<string, string>): string[] {
  const problems: string[] = [];
  const want = (name: string, test: (v: string) => boolean, what: string) => {
    const v = headers[name];
    if (v === undefined || !test(v)) problems.push(`${url}: ${name} ${v === undefined ? 'missing' : `is "${v}"`}, want ${what}`);
  };
  want('content-security-policy', (v) => /script-src 'nonce-[A-Za-z0-9_-]{22}' 'strict-dynamic'/.test(v) && !/script-src[^;]*'unsafe-(inline|eval)'/.test(v), "script-src 'nonce-…' 'strict-dynamic' without unsafe-inline/eval");
  want('content-security-policy', (v) => v.includes("frame-ancestors 'none'") && v.includes("object-src 'none'") && v.includes("base-uri 'self'"), 'frame-ancestors/object-src none, base-uri self');
  want('x-content-type-options', (v) => v === 'nosniff', 'nosniff');
  want('referrer-policy', (v) => v === 'strict-origin-when-cross-origin' || v === 'no-referrer', 'a referrer policy that never sends paths to other sites');
  want('permissions-policy', (v) => /camera=\(\)/.test(v) && /microphone=\(\)/.test(v) && /geolocation=\(\)/.test(v), 'camera, microphone and geolocation off');
  want('x-frame-options', (v) => v === 'DENY', 'DENY');
  // The e2e stack runs the web app with NODE_ENV=production, as in production.
  want('strict-transport-security', (v) => /max-age=\d{7,}/.test(v), 'max-age of at least months');
  want('x-request-id', (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v), 'a request id');
  return problems;
}

const nonceOf = (headers: Record<string, string>) => headers['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];

/** Loads the page in Chromium and returns what broke: CSP reports, scripts without the nonce. */
async function visit(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const blocked: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) blocked.push(m.text().slice(0, 200));
  };
  // Pages run the portal's one inline script; no script file (Next's runtime) is loaded.
  const loaded: string[] = [];
  const onRequest = (r: { resourceType(): string; url(): string }) => {
    if (r.resourceType() === 'script') loaded.push(r.url());
  };
  page.on('console', onConsole);
  page.on('request', onRequest);
  const res = await page.goto(url);
  if (!res) return [`${url}: no response`];
  const headers = res.headers();
  problems.push(...checkHeaders(url, headers));
  const nonce = nonceOf(headers);
  // Every script the server sent must carry this response's nonce (JSON-LD is data, not
  // script). Scripts Next's runtime adds later are allowed through 'strict-dynamic'; the
  // browser's CSP reports below catch anything else.
  const html = await res.text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/type="application\/(ld\+)?json"/.test(t));
  for (const t of tags) if (!t.includes(` nonce="${nonce}"`)) problems.push(`${url}: ${t.slice(0, 120)} lacks the header's nonce ${nonce}`);
  await page.waitForLoadState('networkidle');
  page.off('console', onConsole);
  page.off('request', onRequest);
  problems.push(...blocked.map((b) => `${url}: browser blocked: ${b}`));
  problems.push(...loaded.map((src) => `${url}: loads the script ${src}`));
  // A page with the header search must carry the script that makes it a combobox.
  if (/<form[^>]*data-combobox/.test(html) && !/form\[data-combobox\]/.test(html)) problems.push(`${url}: a search box without the portal's script`);
  return problems;
}

for (const [lang, prefix] of [['de', ''], ['en', '/en']] as const) {
  test(`every page template answers with the security headers and runs only its own scripts (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const urls = [...(await digitalTemplates(page, prefix)), ...(await serviceTemplates(page, prefix))];
    const problems: string[] = [];
    for (const url of urls) problems.push(...(await visit(page, url)));
    expect(problems).toEqual([]);
  });
}

test('a new nonce for every response, also for a page served from the cache', async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const res = await request.get(`${e2e.digital}/projects`);
    expect(res.status()).toBe(200);
    const nonce = nonceOf(res.headers());
    expect(nonce).toBeTruthy();
    const html = await res.text();
    // Every script of the cached HTML carries this response's nonce, none an old one.
    const inHtml = new Set([...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]));
    expect([...inHtml]).toEqual([nonce]);
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(5);
  // A client's own CSP request header cannot plant a nonce in the page.
  const res = await request.get(`${e2e.digital}/press`, { headers: { 'content-security-policy': "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA'" } });
  const html = await res.text();
  expect(html).not.toContain('AAAAAAAAAAAAAAAAAAAAAA');
  expect(html).toContain(`nonce="${nonceOf(res.headers())}"`);
});

test('the page’s JavaScript runs under the policy: the search box suggests as one types', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(`${e2e.service}/`);
  const box = page.getByRole('combobox').first();
  await box.fill('auswe');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(blocked).toEqual([]);
});

test('API answers, feeds, files and errors carry the headers too', async ({ request }) => {
  const answers: [string, APIResponse][] = [];
  for (const url of [
    `${e2e.digital}/api/health`,
    `${e2e.digital}/api/search?q=digital`,
    `${e2e.digital}/api/search?page=-1`,
    `${e2e.digital}/feeds/de/news.xml`,
    `${e2e.digital}/calendar/de/events.ics`,
    `${e2e.digital}/sitemap.xml`,
    `${e2e.digital}/robots.txt`,
    `${e2e.digital}/icon.svg`,
    `${e2e.digital}/gibt-es-nicht`,
  ]) {
    answers.push([url, await request.get(url, { maxRedirects: 0 })]);
  }
  const problems = answers.flatMap(([url, res]) => checkHeaders(url, res.headers()));
  expect(problems).toEqual([]);
  // A request id given by a caller (a proxy in front) is kept, a malformed one replaced.
  const given = await request.get(`${e2e.digital}/api/health`, { headers: { 'x-request-id': 'lb-1234_abc' } });
  expect(given.headers()['x-request-id']).toBe('lb-1234_abc');
  const bad = await request.get(`${e2e.digital}/api/health`, { headers: { 'x-request-id': '<script>' } });
  expect(bad.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
