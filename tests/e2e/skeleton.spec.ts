import { expect, test } from '@playwright/test';
import { adminToken, e2e } from './env';
import { z } from 'zod';

test.describe('Digitale Stadt Hamburg', () => {
  test('the German home page shows the latest news, with a skip link first', async ({ page }) => {
    await page.goto(e2e.digital);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Digitale Stadt Hamburg' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Wohngeld jetzt vollständig online beantragen' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('a reader switches to English and back on an article', async ({ page }) => {
    await page.goto(`${e2e.digital}/news/wohngeld-online-beantragen`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wohngeld jetzt vollständig online beantragen');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${e2e.digital}/en/news/housing-benefit-online`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Housing benefit can now be applied for entirely online');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(`${e2e.digital}/news/wohngeld-online-beantragen`);
  });

  test('/de/… is redirected to the address without prefix', async ({ page }) => {
    await page.goto(`${e2e.digital}/de/news`);
    await expect(page).toHaveURL(`${e2e.digital}/news`);
  });

  test('an unknown page answers 404 with a page in the reader’s language', async ({ page }) => {
    const de = await page.goto(`${e2e.digital}/gibt-es-nicht`);
    expect(de?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    const en = await page.goto(`${e2e.digital}/en/does-not-exist`);
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // An unknown item of a known list, in the server's HTML (readers and crawlers without
    // JavaScript get the page too), and the not-found page's own address is no soft 404.
    const item = await page.request.get(`${e2e.digital}/news/gibt-es-nicht`);
    expect(item.status()).toBe(404);
    expect(await item.text()).toMatch(/<html lang="de"[\s\S]*<h1[^>]*>Seite nicht gefunden<\/h1>/);
    expect(await item.text()).not.toContain('__next_error__');
    expect((await page.request.get(`${e2e.digital}/en/page-not-found`)).status()).toBe(404);
  });

  test('the header search finds an article and leads to it', async ({ page }) => {
    await page.goto(e2e.digital);
    await page.getByRole('search').first().getByRole('combobox', { name: 'Suche' }).fill('wohngeld');
    await page.getByRole('search').first().getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/search\?q=wohngeld/);
    const hit = page.getByRole('link', { name: 'Wohngeld jetzt vollständig online beantragen' });
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wohngeld jetzt vollständig online beantragen');
  });
});

test.describe('hamburg.de service directory', () => {
  test('answers on its own host with its own start page', async ({ page }) => {
    await page.goto(e2e.service);
    await expect(page.getByRole('heading', { level: 1, name: 'Was möchten Sie erledigen?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'hamburg.de Serviceverzeichnis' })).toBeVisible();
    await page.goto(`${e2e.service}/en`);
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need to do?' })).toBeVisible();
  });
});

test.describe('walking skeleton: written in Strapi, shown on the site, found by search', () => {
  test('a published article appears on the news page and in /api/search', async ({ page, request }) => {
    const token = await adminToken();
    const stamp = Date.now().toString(36);
    const title = `Neue Bürgerservice-App ${stamp}`;
    const slug = `neue-buergerservice-app-${stamp}`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const base = `${e2e.cms}/content-manager/collection-types/api::article.article`;

    // Warm the cached pages so the test proves they are revalidated, not just rendered late.
    await page.goto(e2e.digital);
    await expect(page.getByRole('heading', { level: 2, name: 'Aktuelles' })).toBeVisible();
    await page.goto(`${e2e.digital}/news`);
    await expect(page.getByRole('heading', { level: 1, name: 'Aktuelles' })).toBeVisible();

    const created = await request.post(`${base}?locale=de`, {
      headers,
      data: { title, slug, kind: 'news', date: '2026-11-27', lead: `Die App ${stamp} bündelt Anträge in einer Oberfläche.`, body: [] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { data } = z.object({ data: z.object({ documentId: z.string() }) }).parse(await created.json());

    // A draft is nowhere to be seen.
    const draftSearch = await request.get(`${e2e.digital}/api/search?q=${stamp}`);
    expect(z.object({ total: z.number() }).parse(await draftSearch.json()).total).toBe(0);

    // Nothing goes live without ITD11's approval (a super admin may give it).
    const target = { uid: 'api::article.article', documentId: data.documentId, locale: 'de' };
    const submitted = await request.post(`${e2e.cms}/dsh-review/submit`, { headers, data: target });
    expect(submitted.status(), await submitted.text()).toBe(200);
    // The approval names the version that was submitted.
    const { versionHash } = z.object({ data: z.object({ versionHash: z.string() }) }).parse(await submitted.json()).data;
    const approved = await request.post(`${e2e.cms}/dsh-review/approve`, { headers, data: { ...target, versionHash } });
    expect(approved.status(), await approved.text()).toBe(200);
    const published = await request.post(`${base}/${data.documentId}/actions/publish?locale=de`, { headers, data: {} });
    expect(published.status(), await published.text()).toBe(200);

    // The home page is a cached (ISR) page: it shows the article only because the publish
    // revalidated its tag.
    await expect(async () => {
      await page.goto(e2e.digital);
      await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });

    await expect(async () => {
      await page.goto(`${e2e.digital}/news`);
      await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });

    await expect(async () => {
      const res = await request.get(`${e2e.digital}/api/search?q=${stamp}`);
      const body = z.object({ total: z.number(), hits: z.array(z.object({ title: z.string(), url: z.string() })) }).parse(await res.json());
      expect(body.hits[0]).toMatchObject({ title, url: `/news/${slug}` });
    }).toPass({ timeout: 15_000 });

    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('/api/search rejects bad parameters with 400 and a message', async ({ request }) => {
    const res = await request.get(`${e2e.digital}/api/search?q=x&limit=500`);
    expect(res.status()).toBe(400);
    expect(z.object({ message: z.string() }).parse(await res.json()).message).toContain('limit');
  });
});

test.describe('for crawlers', () => {
  test('sitemap.xml lists published pages with their language versions; robots.txt points to it', async ({ request }) => {
    const robots = await request.get(`${e2e.digital}/robots.txt`);
    expect(await robots.text()).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
    const res = await request.get(`${e2e.digital}/sitemap.xml`);
    expect(res.headers()['content-type']).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toContain('/news/wohngeld-online-beantragen</loc>');
    expect(xml).toContain('/en/news/housing-benefit-online</loc>');
    expect(xml).toMatch(/hreflang="en" href="[^"]*\/en\/news\/housing-benefit-online"/);
    expect(xml).toContain('/projects/digitalstrategie-fuer-hamburg</loc>');
  });
});

test.describe('feeds', () => {
  test('RSS and Atom per kind and audience, announced on every page', async ({ request, page }) => {
    await page.goto(e2e.digital);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feeds\/de\/news\.xml$/);
    const rss = await request.get(`${e2e.digital}/feeds/de/news.xml`);
    expect(rss.headers()['content-type']).toContain('application/rss+xml');
    const xml = await rss.text();
    expect(xml).toContain('<title>Aktuelles – Digitale Stadt Hamburg</title>');
    expect(xml).toContain('/news/wohngeld-online-beantragen</link>');
    const atom = await request.get(`${e2e.digital}/feeds/en/press-releases.atom`);
    expect(atom.headers()['content-type']).toContain('application/atom+xml');
    expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const staff = await (await request.get(`${e2e.digital}/feeds/de/it-news.xml`)).text();
    expect(staff).toContain('IT-News für die Beschäftigten der Stadt');
    expect((await request.get(`${e2e.digital}/feeds/de/audience-citizens.xml`)).status()).toBe(200);
    const bad = await request.get(`${e2e.digital}/feeds/de/audience-aliens.xml`);
    expect(bad.status()).toBe(400);
    expect(z.object({ message: z.string() }).parse(await bad.json()).message).toContain('unknown audience');
  });
});

test.describe('for search engines and sharing', () => {
  test('an article has a canonical address, its language versions, OpenGraph and NewsArticle data', async ({ page }) => {
    await page.goto(`${e2e.digital}/news/wohngeld-online-beantragen`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/wohngeld-online-beantragen$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/news\/housing-benefit-online$/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const ld: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'Wohngeld jetzt vollständig online beantragen', inLanguage: 'de' });
  });
});
