import { expect, test, type Page } from '@playwright/test';
import { adminInBrowser as login } from './cms-admin';
import { e2e } from './env';

/**
 * The ITD11 approval journey through the real Strapi admin in Chromium: an editor changes a
 * project story and submits it, ITD11 reads the diff in the queue and asks for a change, the
 * editor fixes it, ITD11 approves and publishes, and the story is on the site and in search.
 */
const PROJECT = 'Digitalstrategie für Hamburg';
const SLUG = 'digitalstrategie-fuer-hamburg';
const FIRST = 'Zwischenbilanz: Die Quartiersplattform verbindet inzwischen 38 Bezirksdienste.';
const FIX = 'Nachtrag: Die Zahl stammt aus dem Bericht an die Bürgerschaft vom Oktober.';


async function openProject(page: Page) {
  await page.goto(`${e2e.cms}/admin/content-manager/collection-types/api::project.project?plugins[i18n][locale]=de`);
  await page.getByRole('gridcell', { name: PROJECT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
}

/** Appends a paragraph at the end of the story (Strapi's blocks editor). */
async function appendToStory(page: Page, text: string) {
  const story = page.locator('[contenteditable="true"][role="textbox"]').last();
  await story.click();
  // Put the caret after the last character (the editor follows the DOM selection), then start
  // a new paragraph there.
  await story.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  // Ctrl+End, not End: the click lands mid-story, and End ends only the visual line there when
  // the editor has not yet taken over the selection set above (seen on a loaded machine).
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.getByRole('button', { name: /^(Save|Speichern)$/ }).click();
  await expect(page.getByText(/Saved|Gespeichert/).first()).toBeVisible();
}

const panel = (page: Page) => page.locator('aside, div').filter({ has: page.getByText('Freigabe (ITD11)', { exact: true }) }).last();

test('an editor submits a project story, ITD11 asks for a change, approves and publishes it', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = await login(browser, e2e.editor);
  await openProject(editor);
  await appendToStory(editor, FIRST);
  // No way to publish for the editor: the content manager's publish button is disabled.
  await expect(editor.getByRole('button', { name: /^(Publish|Veröffentlichen)$/ })).toBeDisabled();
  await editor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(editor.getByText('Zur Prüfung bei ITD11', { exact: true })).toBeVisible();

  const itd11 = await login(browser, e2e.approver);
  await itd11.getByRole('link', { name: 'Freigabe' }).click();
  await expect(itd11.getByRole('heading', { name: 'Freigabe-Warteschlange' })).toBeVisible();
  const row = itd11.getByRole('row').filter({ hasText: PROJECT });
  await expect(row).toContainText('Redaktion ITD');
  await row.getByRole('link', { name: PROJECT }).click();
  await expect(itd11.getByText('Änderungen gegenüber der veröffentlichten Fassung')).toBeVisible();
  await expect(itd11.locator('ins').filter({ hasText: FIRST })).toBeVisible();
  await itd11.getByLabel('Kommentar für die Redaktion').fill('Bitte die Quelle der Zahl nennen.');
  await itd11.getByRole('button', { name: 'Änderungen anfordern' }).click();
  await expect(itd11.getByText('Änderungen angefordert', { exact: true }).first()).toBeVisible();

  await editor.reload();
  await expect(editor.getByText('Bitte die Quelle der Zahl nennen.', { exact: true })).toBeVisible();
  await appendToStory(editor, FIX);
  await editor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(editor.getByText('Zur Prüfung bei ITD11', { exact: true })).toBeVisible();

  await itd11.reload();
  await expect(itd11.locator('ins').filter({ hasText: FIX })).toBeVisible();
  await itd11.getByRole('button', { name: 'Freigeben' }).click();
  await expect(itd11.getByText('Freigegeben', { exact: true }).first()).toBeVisible();
  await itd11.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await expect(itd11.getByText('Veröffentlicht', { exact: true }).first()).toBeVisible();

  // Every step in the audit trail, newest first.
  const trail = itd11.getByRole('list').filter({ hasText: 'veröffentlicht' }).first();
  for (const step of ['ITD11 Kommunikation · veröffentlicht', 'ITD11 Kommunikation · freigegeben', 'Redaktion ITD · eingereicht', 'ITD11 Kommunikation · Änderungen angefordert']) {
    await expect(trail).toContainText(step);
  }

  // On the public site (the publish revalidates the page) and in search.
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto(`${e2e.digital}/projects/${SLUG}`);
    await expect(reader.getByText(FIX)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(reader.getByText(FIRST)).toBeVisible();
  await expect(async () => {
    await reader.goto(`${e2e.digital}/search?q=Quartiersplattform`);
    await expect(reader.getByRole('link', { name: PROJECT })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
