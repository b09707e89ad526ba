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
  });
});
