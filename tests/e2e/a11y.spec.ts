import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { e2e } from './env';
import { digitalTemplates } from './templates';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [lang, prefix] of [['de', ''], ['en', '/en']] as const) {
  test(`every Digitale Stadt Hamburg template has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const urls = await digitalTemplates(page, prefix);
    const found: Record<string, string[]> = {};
    for (const url of urls) {
      await page.goto(url);
      const v = await violations(page);
      if (v.length) found[url] = v;
    }
    expect(found).toEqual({});
  });
}

test('a form with errors has no axe violations', async ({ page }) => {
  await page.goto(`${e2e.digital}/feedback`);
  await page.waitForTimeout(3_100);
  await page.getByLabel('Betreff').fill('x');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('every packages/ui component example has no axe violations', async ({ page, request }) => {
  const ui = path.resolve(import.meta.dirname, '../../packages/ui');
  const require = createRequire(path.join(ui, 'package.json'));
  const { renderToStaticMarkup } = require('react-dom/server') as typeof import('react-dom/server');
  const { examples } = (await import(pathToFileURL(path.join(ui, 'dist/examples.js')).href)) as typeof import('../../packages/ui/src/examples');
  expect(examples.length).toBeGreaterThan(10);
  // The site's own stylesheet, so contrast is checked with the real tokens.
  const home = await (await request.get(e2e.digital)).text();
  // Inlined into each page (next.config inlineCss), or linked.
  const css = [
    ...[...home.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `<style>${m[1]}</style>`),
    ...[...home.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => `<link rel="stylesheet" href="${new URL(m[1]!, e2e.digital).toString()}">`),
  ];
  expect(css.join('')).toContain('--color-primary');
  const found: Record<string, string[]> = {};
  for (const ex of examples) {
    const body = renderToStaticMarkup(ex.render());
    await page.setContent(`<!doctype html><html lang="de"><head><title>${ex.component}: ${ex.name}</title>${css.join('')}</head><body><main>${body}</main></body></html>`, { waitUntil: 'load' });
    const v = await violations(page);
    if (v.length) found[`${ex.component} – ${ex.name}`] = v;
  }
  expect(found).toEqual({});
});
