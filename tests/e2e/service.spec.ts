import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { e2e } from './env';
import { serviceTemplates } from './templates';

/**
 * Journeys through the hamburg.de service directory, keyboard only (Tab, typing, Enter): no
 * click, no mouse. A step that cannot be reached by Tab fails the journey.
 */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`not reachable by keyboard within ${max} tab stops: ${target}`);
}

async function searchByKeyboard(page: Page, query: string, label: RegExp) {
  const box = page.getByRole('main').getByRole('searchbox', { name: label });
  await tabTo(page, box);
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=/);
}

async function follow(page: Page, link: Locator) {
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await page.waitForLoadState('domcontentloaded');
}

const L = {
  de: { prefix: '', search: /Leistung oder Anliegen/, online: 'Jetzt online erledigen', offices: 'Zuständige Stellen', hours: 'Öffnungszeiten' },
  en: { prefix: '/en', search: /Service or need/, online: 'Do it online now', offices: 'Responsible offices', hours: 'Opening hours' },
} as const;

const journeys = {
  de: {
    moving: { query: 'umzug nach hamburg anmelden', service: 'Wohnsitz anmelden oder ummelden (Umzug)' },
    lostId: { query: 'perso verloren', service: 'Personalausweis verloren oder gestohlen – Verlustanzeige' },
    founder: { query: 'gewerbe anmelden', service: 'Gewerbe anmelden' },
  },
  en: {
    moving: { query: 'register new address after moving', service: 'Register your address (moving house)' },
    lostId: { query: 'lost my id card', service: 'Lost or stolen identity card – report the loss' },
    founder: { query: 'register a business', service: 'Register a business (trade registration)' },
  },
} as const;

for (const lang of ['de', 'en'] as const) {
  const l = L[lang];
  const j = journeys[lang];
  test.describe(`service directory journeys, keyboard only (${lang})`, () => {
    test('a person moving to Hamburg finds how to register the new address and the office', async ({ page }) => {
      await page.goto(`${e2e.service}${l.prefix}/`);
      await searchByKeyboard(page, j.moving.query, l.search);
      await follow(page, page.getByRole('main').getByRole('link', { name: j.moving.service }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.moving.service);
      const offices = page.getByRole('region', { name: l.offices });
      await expect(offices).toBeVisible();
      // An office with its address, hours and a map link that is a plain link, not an embed.
      const office = offices.getByRole('region').first();
      await expect(office).toContainText(/\d{5} Hamburg/);
      await expect(office).toContainText(l.hours);
      await expect(office.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
      expect(await page.locator('iframe').count()).toBe(0);
      await follow(page, office.getByRole('link').first());
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(j.moving.service);
    });

    test('a person who lost an ID card gets from a colloquial query to the service and its online link', async ({ page }) => {
      await page.goto(`${e2e.service}${l.prefix}/`);
      await searchByKeyboard(page, j.lostId.query, l.search);
      const first = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first();
      await expect(first).toHaveText(j.lostId.service);
      await follow(page, first);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.lostId.service);
      const online = page.getByRole('link', { name: l.online });
      await tabTo(page, online);
      await expect(online).toHaveAttribute('href', /^https:\/\//);
    });

    test('a founder finds business registration and does it online', async ({ page }) => {
      await page.goto(`${e2e.service}${l.prefix}/`);
      await searchByKeyboard(page, j.founder.query, l.search);
      await follow(page, page.getByRole('main').getByRole('link', { name: j.founder.service, exact: true }));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.founder.service);
      const online = page.getByRole('link', { name: l.online });
      await tabTo(page, online);
      await expect(online).toHaveAttribute('href', /serviceportal\.hamburg\.de/);
      await expect(page.getByRole('main')).toContainText(lang === 'de' ? 'Reifegrad 4' : 'Maturity level 4');
    });
  });
}

test('A to Z: letters, pagination and the audience filter work without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${e2e.service}/services`);
  await page.getByRole('navigation', { name: 'Anfangsbuchstaben' }).getByRole('link', { name: 'W', exact: true }).click();
  await expect(page).toHaveURL(/letter=W/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leistungen mit W');
  const names = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(names.length).toBeGreaterThan(5);
  for (const n of names) expect(n.trim()[0]?.toUpperCase()).toBe('W');
  await page.getByRole('navigation', { name: 'Seitennavigation' }).getByRole('link', { name: /Nächste Seite/ }).click();
  await expect(page).toHaveURL(/letter=W&page=2|page=2.*letter=W/);
  await page.getByLabel('Für').selectOption({ label: 'Unternehmen' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await expect(page).toHaveURL(/audience=businesses/);
  await expect(page).toHaveURL(/letter=W/);
  await ctx.close();
});

test('the online services overview filters by maturity', async ({ page }) => {
  await page.goto(`${e2e.service}/online`);
  const all = Number((await page.getByRole('main').getByRole('status').textContent())?.match(/\d+/)?.[0]);
  await page.getByLabel('Reifegrad').selectOption({ label: 'mindestens Stufe 4' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  const four = Number((await page.getByRole('main').getByRole('status').textContent())?.match(/\d+/)?.[0]);
  expect(four).toBeGreaterThan(0);
  expect(four).toBeLessThan(all);
});

test('a service page links the project that brought it online, and the project links back', async ({ page }) => {
  await page.goto(`${e2e.digital}/projects`);
  let found = false;
  for (const href of await page.getByRole('main').locator('a[href^="/projects/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(`${e2e.digital}${href}`);
    const link = page.getByRole('region', { name: /Online-Dienste aus diesem Projekt/ }).getByRole('link').first();
    if (!(await link.count())) continue;
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const target = (await link.getAttribute('href'))!.replace(/^https?:\/\/[^/]+/, e2e.service);
    await page.goto(target);
    await expect(page.getByRole('region', { name: 'Digital gemacht von' }).getByRole('link', { name: title })).toBeVisible();
    found = true;
    break;
  }
  expect(found).toBe(true);
});

for (const [lang, prefix] of [['de', ''], ['en', '/en']] as const) {
  test(`every service directory template has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const urls = await serviceTemplates(page, prefix);
    const found: Record<string, string[]> = {};
    for (const url of urls) {
      await page.goto(url);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      if (r.violations.length) found[url] = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual({});
  });
}
