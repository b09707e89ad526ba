import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { adminInBrowser, Anything, login, single, Submitted } from './cms-admin';
import { e2e } from './env';

/**
 * Search analytics end to end: citizens search and open results on the service site, the web
 * app delivers the counts, ITD11 sees them in the admin's "Suchanalyse", pins a page for a query
 * that found nothing in one step, approves the dictionary, and the next search shows the page
 * first, marked "Empfohlen".
 */
const VOCABULARY = 'api::search-vocabulary.search-vocabulary';
const Line = z.object({ query: z.string(), searches: z.number(), zeroResults: z.number(), clicks: z.number(), topPositions: z.array(z.object({ position: z.number(), clicks: z.number() })) });
const Report = z.object({ data: z.object({ top: z.array(Line), zeroResults: z.array(Line), noClicks: z.array(Line) }) });


// A word no catalogue has (letters only: a query with four digits is never counted).
const nonsense = `wqxj${Array.from({ length: 6 }, () => 'bcdfghklmnprstvz'[Math.floor(Math.random() * 16)]).join('')}`;

test('ITD11 sees what people searched for and pins a page for a query that found nothing', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const approver = await login(e2e.approver);

  // A citizen searches for something the directory does not know, then for a passport.
  await page.goto(`${e2e.service}/search?q=${nonsense}`);
  await expect(page.getByRole('heading', { level: 2, name: /Keine Ergebnisse|0 Ergebnisse/ })).toBeVisible();
  // Known words plus this run's word: the fallback finds the passport, the statistics keep a line of this run's own.
  const passport = `Personalausweis ${nonsense}`;
  await page.goto(`${e2e.service}/search?q=${encodeURIComponent(passport)}`);
  const first = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).first().getByRole('link');
  // The result link goes through the click counter and arrives at the service page.
  expect(await first.getAttribute('href')).toMatch(/^\/api\/search\/click\?/);
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/services\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const servicePath = new URL(page.url()).pathname;
  // Personal data in the query is not counted at all.
  await page.goto(`${e2e.service}/search?q=${encodeURIComponent(`Aktenzeichen 2026 4711 ${nonsense}`)}`);

  // The web app delivers every second in this run (SEARCH_ANALYTICS_SECONDS=1).
  // Filtered to this run's word: a full test run searches hundreds of times before this journey.
  const mine = async () => Report.parse(await approver.must('GET', `/dsh-search/report?contains=${nonsense}`, undefined, Anything)).data;
  await expect.poll(async () => (await mine()).zeroResults.some((l) => l.query === nonsense), { timeout: 15_000 }).toBe(true);
  await expect.poll(async () => (await mine()).top.find((l) => l.query.startsWith('personalausweis'))?.topPositions[0]?.position, { timeout: 15_000 }).toBe(1);
  expect((await mine()).top.some((l) => l.query.includes('aktenzeichen'))).toBe(false);

  // ITD11, in the admin panel: the report, and the best bet in one step.
  const admin = await adminInBrowser(browser, e2e.approver);
  await admin.getByRole('link', { name: 'Suchanalyse' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Suchanalyse' })).toBeVisible();
  await admin.getByLabel('Suchanfragen filtern').fill(nonsense);
  await expect(admin.getByRole('heading', { name: 'Ohne Treffer' })).toBeVisible();
  await admin.getByRole('button', { name: `Empfehlung für „${nonsense}“ anlegen` }).first().click();
  await admin.getByLabel(`Für „${nonsense}“ empfohlene Seite`).fill('/services/gibt-es-nicht');
  await admin.getByRole('button', { name: 'In den Entwurf übernehmen und zur Freigabe einreichen' }).click();
  // A page that is not live is refused with the reason, and the input stays.
  await expect(admin.getByText('Unter /services/gibt-es-nicht ist keine veröffentlichte Seite zu finden.')).toBeVisible();
  await admin.getByLabel(`Für „${nonsense}“ empfohlene Seite`).fill(servicePath);
  await admin.getByRole('button', { name: 'In den Entwurf übernehmen und zur Freigabe einreichen' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'zur Freigabe eingereicht' })).toContainText(servicePath);
  await admin.context().close();

  // Not live before ITD11's decision on the dictionary.
  await page.goto(`${e2e.service}/search?q=${nonsense}`);
  await expect(page.getByText('Empfohlen')).toHaveCount(0);
  const vocabulary = z.object({ data: z.object({ documentId: z.string() }) }).parse(await approver.must('GET', single(VOCABULARY), undefined, Anything)).data;
  const target = { uid: VOCABULARY, documentId: vocabulary.documentId, locale: 'de' };
  const { versionHash } = z.object({ data: z.object({ versionHash: z.string(), state: z.literal('in_review') }) }).parse(await approver.must('GET', `/dsh-review/status?uid=${VOCABULARY}&documentId=${vocabulary.documentId}&locale=de`, undefined, Anything)).data;
  const approved = await approver.must('POST', '/dsh-review/approve', { ...target, versionHash }, Submitted);
  await approver.must('POST', '/dsh-review/publish', { ...target, versionHash: approved.data.versionHash }, Anything);

  // The next search shows the pinned page first.
  await expect
    .poll(async () => {
      await page.goto(`${e2e.service}/search?q=${nonsense}`);
      return page.getByText('Empfohlen').count();
    }, { timeout: 15_000 })
    .toBe(1);
  const pinned = page.getByRole('main').getByRole('listitem').first();
  await expect(pinned).toContainText('Empfohlen');
  await expect(pinned.getByRole('link', { name: title })).toBeVisible();
});

test('the click counter follows only the sites\' own addresses', async ({ request }) => {
  for (const to of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
    const res = await request.get(`${e2e.digital}/api/search/click?${new URLSearchParams({ q: 'test', pos: '1', to })}`, { maxRedirects: 0 });
    expect(res.status(), to).toBe(400);
  }
  const ok = await request.get(`${e2e.digital}/api/search/click?${new URLSearchParams({ q: 'test', pos: '1', to: '/news' })}`, { maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toBe('/news');
  expect((await request.get(`${e2e.digital}/api/search/click?q=test&pos=0&to=/news`, { maxRedirects: 0 })).status()).toBe(400);
});
