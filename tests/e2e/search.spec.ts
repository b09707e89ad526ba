import { expect, test } from '@playwright/test';
import { e2e } from './env';

test.describe('search results page', () => {
  test('filters by kind and online availability with a plain form, keeping the state in the URL', async ({ browser }) => {
    // Without JavaScript: the filters are a GET form.
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${e2e.digital}/search?q=anmelden`);
    const filters = page.getByRole('group', { name: 'Ergebnisse eingrenzen' });
    await filters.getByRole('checkbox', { name: /^Leistung/ }).check();
    await filters.getByRole('checkbox', { name: /^Nur online erledigen/ }).check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(/[?&]type=service/);
    await expect(page).toHaveURL(/[?&]online=true/);
    const kinds = await page.locator('ol > li > p:first-child').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Leistung']));
    await page.getByRole('link', { name: 'Alle Filter entfernen' }).click();
    await expect(page).not.toHaveURL(/type=/);
    await context.close();
  });

  test('a query with no results offers a spelling suggestion and popular searches', async ({ page }) => {
    await page.goto(`${e2e.digital}/search?q=hundesteuuerrr`);
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Keine Ergebnisse');
    await page.getByRole('link', { name: 'Meinten Sie: hundesteuer?' }).click();
    await expect(page.getByRole('link', { name: 'Hund anmelden und Hundesteuer' })).toBeVisible();
    await page.goto(`${e2e.digital}/search?q=xylophonkonzert`);
    await expect(page.getByRole('heading', { name: 'Häufig gesucht' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Personalausweis', exact: true })).toBeVisible();
    // Lebenslagen as entry points: one leads to the services of that life situation.
    await expect(page.getByRole('heading', { name: 'Nach Lebenslage' })).toBeVisible();
    const situations = page.getByRole('heading', { name: 'Nach Lebenslage' }).locator('xpath=following-sibling::ul[1]').getByRole('link');
    expect(await situations.count()).toBeGreaterThan(3);
    await situations.first().click();
    await expect(page).toHaveURL(/lebenslage=/);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(/\d+ Ergebnis/);
  });
});

test.describe('services described in German only', () => {
  test('an English search lists them among its results, marked as German and leading to the German page; a service written in English is not listed twice', async ({ page }) => {
    await page.goto(`${e2e.service}/en/search?q=Fischereischein`);
    const results = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    const hit = results.getByRole('link', { name: 'Fischereischein', exact: true });
    await expect(hit).toHaveAttribute('hreflang', 'de');
    const item = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Fischereischein', exact: true }) });
    await expect(item).toContainText('in German');
    await expect(item.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'de');
    await hit.click();
    await expect(page).toHaveURL(/\/services\/fischereischein$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    // The German text of a service that has an English one stays out: the English result is it.
    await page.goto(`${e2e.service}/en/search?q=Hundesteuer`);
    await expect(page.getByRole('link', { name: 'Register a dog and dog tax' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Register a dog and dog tax' })).not.toHaveAttribute('lang', 'de');
    await expect(page.locator('h3[lang="de"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Hund anmelden und Hundesteuer' })).toHaveCount(0);
    // More German matches than shown: the German search lists them all.
    await page.goto(`${e2e.service}/en/search?q=Anmeldung`);
    await page.getByRole('link', { name: /^All \d+ services found in German$/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveURL(/\/search\?q=Anmeldung&type=service/);
  });

  test('English lists say that most services are in German and link the German list of the same selection', async ({ page }) => {
    for (const [english, german] of [
      ['/en/services?letter=F', /\/services\?letter=F$/],
      ['/en/themenfelder/familie-kind', /\/themenfelder\/familie-kind$/],
    ] as const) {
      await page.goto(`${e2e.service}${english}`);
      const shown = Number((await page.getByRole('status').filter({ hasText: /service/ }).textContent())?.replace(/\D/g, ''));
      const link = page.getByRole('link', { name: /^all [\d,]+ services in German$/ });
      await expect(link).toHaveAttribute('hreflang', 'de');
      const total = Number((await link.textContent())?.replace(/\D/g, ''));
      expect(total, english).toBeGreaterThan(shown);
      await link.click();
      await expect(page).toHaveURL(german);
      await expect(page.getByRole('status').filter({ hasText: /Leistung/ })).toHaveText(`${total.toLocaleString('de-DE')} Leistungen`);
    }
  });
});

test.describe('header search suggestions', () => {
  test('are a combobox a keyboard and a screen reader can use', async ({ page }) => {
    await page.goto(e2e.digital);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.focus();
    await page.keyboard.type('wohngeld');
    const list = page.getByRole('listbox', { name: 'Vorschläge' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status').filter({ hasText: /Vorschläge verfügbar/ })).toHaveCount(1);
    // Arrow down through the options until the news article; the focus stays in the field.
    const target = 'Wohngeld jetzt vollständig online beantragen';
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowDown');
      const activeId = await box.getAttribute('aria-activedescendant');
      expect(activeId).toBeTruthy();
      await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
      if ((await page.locator(`[id="${activeId}"]`).textContent())?.includes(target)) break;
    }
    await expect(box).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target);
  });

  test('in English offer services described in German only, marked and read as German', async ({ page }) => {
    await page.goto(`${e2e.digital}/en`);
    await page.getByRole('combobox', { name: 'Search' }).focus();
    await page.keyboard.type('fishing licence');
    const option = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').filter({ hasText: 'Fischereischein' }).first();
    await expect(option).toContainText('in German');
    await expect(option.locator('[lang="de"]')).toHaveText(/Fischereischein/);
  });

  test('Escape closes the list, and Enter without a choice searches', async ({ page }) => {
    await page.goto(e2e.digital);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.focus();
    await page.keyboard.type('kita');
    await expect(page.getByRole('listbox', { name: 'Vorschläge' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Vorschläge' })).toBeHidden();
    await expect(box).toHaveValue('kita');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=kita/);
  });
});

test.describe('search accessibility (axe-core, WCAG 2.1 AA)', () => {
  const scan = async (page: import('@playwright/test').Page) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  test('results with filters, the empty result, English results with services in German, and the open suggestion list have no violations', async ({ page }) => {
    await page.goto(`${e2e.digital}/search?q=anmelden&type=service`);
    expect(await scan(page)).toEqual([]);
    await page.goto(`${e2e.digital}/search?q=hundesteuuerrr`);
    expect(await scan(page)).toEqual([]);
    // English, with and without English results, each with services described in German only.
    for (const q of ['Hundesteuer', 'Fischereischein']) {
      await page.goto(`${e2e.service}/en/search?${new URLSearchParams({ q })}`);
      await expect(page.locator('h3[lang="de"]').first()).toBeVisible();
      expect(await scan(page)).toEqual([]);
    }
    await page.goto(e2e.digital);
    await page.getByRole('combobox', { name: 'Suche' }).focus();
    await page.keyboard.type('ausweis');
    await expect(page.getByRole('listbox', { name: 'Vorschläge' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await scan(page)).toEqual([]);
  });
});
