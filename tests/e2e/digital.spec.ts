import { expect, test, type Page } from '@playwright/test';
import { e2e } from './env';
import { z } from 'zod';

/**
 * Journeys of the Digitale Stadt Hamburg audiences, in German and English: a journalist, an
 * expert, a citizen, and someone with a question on a project.
 */
const L = {
  de: {
    prefix: '',
    media: 'Medien',
    press: 'Presse',
    pressContact: 'Pressekontakt',
    pressRelease: 'Pressemitteilung',
    projects: 'Projekte',
    topic: 'Thema',
    status: 'Status',
    live: 'Live',
    apply: 'Filter anwenden',
    reset: 'Alle Filter entfernen',
    rss: 'Diese Auswahl als RSS-Feed abonnieren',
    events: 'Termine',
    addToCalendar: 'In den Kalender eintragen (.ics)',
    subscribeCalendar: 'Alle Termine im Kalender abonnieren (iCal)',
    ask: 'Frage oder Anregung zu diesem Projekt',
    subject: 'Betreff',
    message: 'Nachricht',
    email: 'Ihre E-Mail-Adresse (freiwillig)',
    send: 'Nachricht senden',
    sent: 'Nachricht gesendet',
    notSent: 'Die Nachricht wurde nicht gesendet',
    badEmail: /gültige E-Mail-Adresse/,
  },
  en: {
    prefix: '/en',
    media: 'Media',
    press: 'Press',
    pressContact: 'Press contact',
    pressRelease: 'Press release',
    projects: 'Projects',
    topic: 'Topic',
    status: 'Status',
    live: 'Live',
    apply: 'Apply filters',
    reset: 'Remove all filters',
    rss: 'Subscribe to this selection (RSS)',
    events: 'Events',
    addToCalendar: 'Add to calendar (.ics)',
    subscribeCalendar: 'Subscribe to all events in your calendar (iCal)',
    ask: 'Question or suggestion about this project',
    subject: 'Subject',
    message: 'Message',
    email: 'Your email address (optional)',
    send: 'Send message',
    sent: 'Message sent',
    notSent: 'The message was not sent',
    badEmail: /valid email address/,
  },
} as const;

const mainNav = (page: Page) => page.getByRole('navigation', { name: /Hauptnavigation|Main navigation/ });

for (const lang of ['de', 'en'] as const) {
  const l = L[lang];
  test.describe(`Digitale Stadt Hamburg journeys (${lang})`, () => {
    test('a journalist finds the press contact and the latest press release', async ({ page, request }) => {
      await page.goto(`${e2e.digital}${l.prefix}/`);
      await page.getByRole('link', { name: l.media, exact: true }).click();
      await page.getByRole('link', { name: new RegExp(l.press) }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: l.press })).toBeVisible();
      const contact = page.getByRole('region', { name: l.pressContact });
      await expect(contact).toContainText('ITD11');
      await expect(contact.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:.+@.+/);
      // The newest press release, as the newsroom lists them, comes first here too.
      const newest = page.locator('#press-releases ~ ul').getByRole('link').first();
      const title = (await newest.textContent())?.trim() ?? '';
      const list = await request.get(`${e2e.digital}${l.prefix}/news?kind=press-release`);
      expect(await list.text()).toContain(title);
      await newest.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByText(l.pressRelease).first()).toBeVisible();
    });

    test('an expert filters projects without JavaScript and subscribes to a feed', async ({ browser, request }) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${e2e.digital}${l.prefix}/`);
      await mainNav(page).getByRole('link', { name: l.projects, exact: true }).click();
      const all = Number((await page.getByRole('main').getByRole('status').textContent())?.match(/\d+/)?.[0]);
      expect(all).toBeGreaterThan(3);
      await page.getByLabel(l.status).selectOption({ label: l.live });
      await page.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/[?&]status=live/);
      const some = Number((await page.getByRole('main').getByRole('status').textContent())?.match(/\d+/)?.[0] ?? 0);
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      // The state is in the address: reloading keeps the filter chosen.
      await page.reload();
      await expect(page.getByLabel(l.status)).toHaveValue('live');
      // Every project listed is live: open the first and check.
      await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().click();
      await expect(page.getByRole('main')).toContainText(l.live);
      // Topic filter links on the project page lead back to a filtered list.
      const topicLink = page.getByRole('main').locator('a[href*="?topic="]').first();
      await topicLink.click();
      await expect(page).toHaveURL(/\?topic=/);
      await expect(page.getByLabel(l.topic)).not.toHaveValue('');
      // The news feed for experts.
      await page.goto(`${e2e.digital}${l.prefix}/news?audience=experts`);
      const feed = page.getByRole('link', { name: l.rss });
      const href = await feed.getAttribute('href');
      expect(href).toBe(`/feeds/${lang}/audience-experts.xml`);
      const res = await request.get(`${e2e.digital}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('xml');
      expect(await res.text()).toMatch(/<item>[\s\S]*<title>/);
      await ctx.close();
    });

    test('a citizen adds an event to the calendar', async ({ page, request }) => {
      await page.goto(`${e2e.digital}${l.prefix}/`);
      await mainNav(page).getByRole('link', { name: l.events, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: l.events })).toBeVisible();
      const first = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first();
      const title = (await first.textContent())?.trim() ?? '';
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: l.addToCalendar }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.ics$/);
      const ics = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title.replace(/([,;])/g, '\\$1')}`);
      expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      // The whole calendar, to subscribe to.
      await page.goto(`${e2e.digital}${l.prefix}/events`);
      const feedHref = await page.getByRole('link', { name: l.subscribeCalendar }).getAttribute('href');
      const all = await request.get(`${e2e.digital}${feedHref}`);
      expect(all.headers()['content-type']).toContain('text/calendar');
      const body = await all.text();
      expect(body.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(3);
    });

    test('someone asks about a project: a mistake is explained, nothing typed is lost, the message lands for ITD11', async ({ page }) => {
      await page.goto(`${e2e.digital}${l.prefix}/projects`);
      await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().click();
      await page.getByRole('link', { name: l.ask }).click();
      const subject = `Frage ${Date.now()}`;
      await page.getByLabel(l.subject, { exact: false }).first().fill(subject);
      await page.getByRole('textbox', { name: new RegExp(`^${l.message}`) }).fill('Wann ist der nächste Meilenstein geplant?');
      await page.getByLabel(l.email).fill('keine-adresse');
      // People need a moment to write; the form refuses what arrives within three seconds.
      await page.waitForTimeout(3_100);
      await page.getByRole('button', { name: l.send }).click();
      await expect(page.getByRole('main').getByRole('alert')).toContainText(l.notSent);
      await expect(page.getByRole('main').getByRole('alert')).toContainText(l.badEmail);
      // Focus is on the list of errors, so a screen reader reads it and Tab leads to its links.
      await expect(page.getByRole('main').getByRole('alert')).toBeFocused();
      await expect(page.getByRole('textbox', { name: new RegExp(`^${l.message}`) })).toHaveValue('Wann ist der nächste Meilenstein geplant?');
      await expect(page.getByLabel(l.email)).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel(l.email).fill('leserin@example.org');
      await page.getByRole('button', { name: l.send }).click();
      await expect(page.getByRole('main').getByRole('status').filter({ hasText: l.sent })).toBeVisible();
      await expect(page.getByRole('main').getByRole('status').filter({ hasText: l.sent })).toBeFocused();
      // It waits in the CMS for ITD11, and nowhere public.
      const login = await fetch(`${e2e.cms}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e2e.approver) });
      const token = z.object({ data: z.object({ token: z.string() }) }).parse(await login.json());
      const inbox = await fetch(`${e2e.cms}/content-manager/collection-types/api::inbox-message.inbox-message?filters[subject][$eq]=${encodeURIComponent(subject)}`, { headers: { authorization: `Bearer ${token.data.token}` } });
      expect(inbox.status).toBe(200);
      const found = z.object({ results: z.array(z.object({ subject: z.string(), email: z.string(), project: z.string().nullable(), state: z.string() })) }).parse(await inbox.json());
      expect(found.results).toHaveLength(1);
      expect(found.results[0]).toMatchObject({ subject, email: 'leserin@example.org', state: 'new' });
      expect(found.results[0]!.project).toBeTruthy();
      const publicApi = await fetch(`${e2e.cms}/api/inbox-messages`);
      expect(publicApi.status).toBeGreaterThanOrEqual(401);
    });
  });
}

test('the dialogue form works without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${e2e.digital}/dialogue`);
  await page.getByLabel('Betreff').fill('Ohne JavaScript');
  await page.getByRole('textbox', { name: /^Nachricht/ }).fill('Kurz');
  await page.waitForTimeout(3_100);
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.getByText('Bitte schreiben Sie eine Nachricht mit 10 bis 5.000 Zeichen.').first()).toBeVisible();
  await expect(page.getByLabel('Betreff')).toHaveValue('Ohne JavaScript');
  await page.getByRole('textbox', { name: /^Nachricht/ }).fill('Diese Nachricht kommt ohne JavaScript an.');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.getByText('Nachricht gesendet')).toBeVisible();
  await ctx.close();
});

test('a form sent at once is refused as a bot, and says so', async ({ page }) => {
  await page.goto(`${e2e.digital}/feedback`);
  await page.getByLabel('Betreff').fill('Zu schnell');
  await page.getByRole('textbox', { name: /^Nachricht/ }).fill('Diese Nachricht wurde sofort abgeschickt.');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('zu schnell');
  await expect(page.getByLabel('Betreff')).toHaveValue('Zu schnell');
});

test('every page links the accessibility feedback form and the Leichte Sprache and Gebärdensprache pages', async ({ page }) => {
  for (const url of [`${e2e.digital}/`, `${e2e.digital}/en/projects`, `${e2e.digital}/en/press`]) {
    await page.goto(url);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: /Barriere melden|Report a barrier/ })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Leichte Sprache' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Gebärdensprache' })).toBeVisible();
  }
  await page.goto(`${e2e.digital}/en`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Leichte Sprache' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leichte Sprache');
});

test('the accessibility statement links the feedback form and the Schlichtungsstelle', async ({ page }) => {
  await page.goto(`${e2e.digital}/pages/barrierefreiheit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Barriere melden' })).toHaveAttribute('href', '/feedback');
  await expect(page.getByRole('link', { name: /Schlichtungsstelle/ })).toHaveAttribute('href', /schlichtungsstelle-bgg\.de/);
});
