import type { Page } from '@playwright/test';
import { e2e } from './env';

/** The address of the first link in main that matches, so each template is reached as a reader would. */
export async function firstLink(page: Page, url: string, pattern: RegExp): Promise<string> {
  await page.goto(url);
  const hrefs = await page.getByRole('main').locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const hit = hrefs.find((h) => pattern.test(h));
  if (!hit) throw new Error(`no link matching ${pattern} on ${url}`);
  return new URL(hit, url).toString();
}

/** One URL per page template of the Digitale Stadt Hamburg site, plus the CMS pages its footer links. */
export async function digitalTemplates(page: Page, prefix: '' | '/en'): Promise<string[]> {
  const base = `${e2e.digital}${prefix}`;
  const pages: string[] = [
    `${base}/`,
    `${base}/projects`,
    `${base}/projects?status=live`,
    await firstLink(page, `${base}/projects`, /\/projects\/[a-z0-9-]+$/),
    `${base}/news`,
    `${base}/news?kind=press-release`,
    await firstLink(page, `${base}/news`, /\/news\/[a-z0-9-]+$/),
    `${base}/press`,
    `${base}/events`,
    `${base}/events?when=past`,
    await firstLink(page, `${base}/events`, /\/events\/[a-z0-9-]+$/),
    await firstLink(page, `${base}/`, /\/campaigns\/[a-z0-9-]+$/),
    await firstLink(page, `${base}/`, /\/audiences\/[a-z0-9-]+$/),
    `${base}/dialogue`,
    `${base}/feedback`,
    `${base}/search?q=digital`,
    `${base}/gibt-es-nicht`,
  ];
  // The CMS pages the footer links: imprint, privacy, accessibility statement, Leichte Sprache …
  await page.goto(`${base}/`);
  const footer = await page.getByRole('contentinfo').locator('a[href*="/pages/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  if (footer.length < 3) throw new Error(`the footer of ${base}/ links only ${footer.length} CMS pages`);
  return [...pages, ...footer];
}

/** One URL per page template of the service directory. */
export async function serviceTemplates(page: Page, prefix: '' | '/en'): Promise<string[]> {
  const base = `${e2e.service}${prefix}`;
  return [
    `${base}/`,
    `${base}/services`,
    `${base}/services?letter=P`,
    `${base}/online`,
    `${base}/lebenslagen`,
    `${base}/themenfelder/familie-kind`,
    `${base}/locations`,
    `${base}/search?q=ausweis`,
    `${base}/feedback`,
    await firstLink(page, `${base}/services`, /\/services\/[a-z0-9-]+$/),
    await firstLink(page, `${base}/lebenslagen`, /\/lebenslagen\/[a-z0-9-]+$/),
    await firstLink(page, `${base}/locations`, /\/locations\/[a-z0-9-]+$/),
    `${base}/gibt-es-nicht`,
  ];
}
