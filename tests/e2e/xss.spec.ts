import crypto from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { z } from 'zod';
import { Anything, Created, approveAndPublish, cm, get, login, type Admin } from './cms-admin';
import { e2e } from './env';

/**
 * Script in rich text never runs. An editor puts the classic XSS payloads into a service's HTML
 * fields and an article's blocks, ITD11 approves and publishes both, and Chromium opens the
 * pages: no dialog opens, the DOM has no event handler attribute, no javascript: URL and no
 * injected script, and the harmless text around the payloads is there.
 */

const R = Array.from(crypto.randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('');
const leikaKey = `78${Array.from(crypto.randomBytes(12), (b) => String(b % 10)).join('')}`;

// Each field: harmless text, the payloads, harmless text. The payloads that swallow everything
// after them (an unclosed <svg>, <noscript>) come last.
const SERVICE = {
  name: `XSS-Probe ${R} <img src=x onerror=alert('name')>`,
  slug: `xss-probe-${R}`,
  leikaKey,
  audience: 'citizens',
  teaser: `Kurztext ${R} <svg onload=alert('teaser')>`,
  description:
    `<p>Beschreibung Anfang ${R}.</p><script>alert('script')</script><SCRIPT SRC=https://xss.example/x.js></SCRIPT><img src=x onerror=alert('img')>` +
    `<a href="javascript:alert('js')">Link eins ${R}</a> <a href="JaVaScRiPt:alert('case')">Link zwei ${R}</a> ` +
    `<a href="java&#x09;script:alert('tab')">Link drei ${R}</a> <a href="  &#106;avascript:alert('entity')">Link vier ${R}</a>` +
    `<p onmouseover="alert('p')">Absatz mit Handler ${R}</p><p>Beschreibung Ende ${R}.</p>`,
  prerequisites:
    `<p>Voraussetzung Anfang ${R}.</p><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe><object data="javascript:alert('object')"></object>` +
    `<embed src="data:text/html,<script>alert('embed')</script>"><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Datenlink ${R}</a>` +
    `<a href="vbscript:msgbox(1)">VB-Link ${R}</a><math><mtext><table><mglyph><style><img src=x onerror=alert('math')></style></mglyph></table></mtext></math>` +
    `<p>Voraussetzung Ende ${R}.</p>`,
  documents:
    `<p>Unterlagen Anfang ${R}.</p><form action="javascript:alert('form')"><button formaction="javascript:alert('fa')">Senden ${R}</button></form>` +
    `<base href="javascript:alert('base')//"><meta http-equiv="refresh" content="0;url=javascript:alert('meta')">` +
    `<style>*{background:url("javascript:alert('css')")}</style><h3 onclick="alert('h3')" style="width:expression(alert('expr'))">Überschrift ${R}</h3>` +
    `<details open ontoggle=alert('toggle')><summary>Mehr</summary></details><input autofocus onfocus=alert('focus')><p>Unterlagen Ende ${R}.</p>`,
  fees:
    `<p>Gebühren Anfang ${R}.</p><p><a href="https://example.org/gebuehren" onclick="alert('click')" target="_blank">Sicherer Link ${R}</a></p>` +
    `<p>Gebühren Ende ${R}.</p><noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></noscript><svg onload=alert('svg')>`,
};
const SERVICE_TEXTS = [
  `Beschreibung Anfang ${R}.`, `Link eins ${R}`, `Link vier ${R}`, `Absatz mit Handler ${R}`, `Beschreibung Ende ${R}.`,
  `Voraussetzung Anfang ${R}.`, `Datenlink ${R}`, `Voraussetzung Ende ${R}.`,
  `Unterlagen Anfang ${R}.`, `Überschrift ${R}`, `Unterlagen Ende ${R}.`,
  `Gebühren Anfang ${R}.`, `Gebühren Ende ${R}.`,
];

const text = (t: string) => ({ type: 'text', text: t });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

const ARTICLE = {
  title: `XSS-Probe ${R} </script><script>alert('title')</script>`,
  slug: `xss-probe-${R}`,
  kind: 'news',
  date: '2001-01-03',
  lead: `Vorspann ${R} <img src=x onerror=alert('lead')>`,
  body: [
    paragraph(text(`Text ${R}: <img src=x onerror=alert('text')> und <script>alert('text2')</script>`)),
    // Valid addresses that try to break out of the attribute they are written into.
    paragraph(link(`https://example.org/"><img src=x onerror=alert('attr')>`, `Ausbruchlink ${R}`), text(' '), link(`/pfad" onmouseover="alert('rel')`, `Relativer Link ${R}`)),
    { type: 'heading', level: 2, children: [text(`Zwischentitel ${R} </h2><script>alert('heading')</script>`)] },
    { type: 'quote', children: [text(`Zitat ${R} <iframe src=javascript:alert('quote')>`)] },
    { type: 'code', children: [text(`<script>alert('code')</script>`)] },
    { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text(`Punkt ${R} <svg onload=alert('list')>`)] }] },
  ],
};

/** Link addresses the CMS must refuse in blocks, before anyone could approve them. */
const REFUSED_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
];

let editor: Admin;
let approver: Admin;
const created: { uid: string; documentId: string }[] = [];

/**
 * Everything in the rendered DOM that could run script: event handler attributes anywhere, URL
 * attributes with a script scheme, elements that run or embed code inside the CMS text, a
 * base or refresh that redirects the page, scripts from anywhere but the app's own bundles.
 */
const EMBEDDING = 'script, iframe, frame, object, embed, math, style, link, template, base, meta';
const ANY_MARKUP = `${EMBEDDING}, svg, form, button, input, img, video, audio, details`;

async function scriptCapable(page: Page, content: string, tags = ANY_MARKUP): Promise<string[]> {
  return page.evaluate(([selector, tags]) => {
    const bad: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) bad.push(`${describe(el)} ${name}="${a.value}"`);
        if (name === 'srcdoc') bad.push(`${describe(el)} srcdoc`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'].includes(name)) {
          // What the browser resolves: entities decoded, control characters and spaces ignored.
          const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data:text\/html|data:image\/svg)/.test(value)) bad.push(`${describe(el)} ${name}="${a.value}"`);
        }
      }
    }
    for (const el of document.querySelectorAll(`:is(${selector}) :is(${tags})`)) {
      if (!(el.tagName === 'SCRIPT' && (el as HTMLScriptElement).type === 'application/ld+json')) bad.push(`in CMS text: ${describe(el)}`);
    }
    for (const el of document.querySelectorAll('base, meta[http-equiv]')) bad.push(`page: ${describe(el)}`);
    for (const s of document.querySelectorAll('script')) {
      if (s.src && !s.src.startsWith(`${location.origin}/_next/`)) bad.push(`script from ${s.src}`);
      if (s.closest('main') && s.type !== 'application/ld+json') bad.push(`script in main: ${s.textContent?.slice(0, 80)}`);
    }
    return bad;
  }, [content, tags] as const);
}

/** Moves the pointer over every element of the CMS text and focuses its links: a handler that got through fires. */
async function touch(page: Page, content: Locator) {
  for (const el of await content.locator('*').all()) {
    await el.hover({ timeout: 2000 }).catch(() => {});
    if (await el.evaluate((n) => n.tagName === 'A')) await el.focus();
  }
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

test.describe.configure({ mode: 'serial' });

test.describe('rich text from the CMS runs no script', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    [editor, approver] = await Promise.all([login(e2e.editor), login(e2e.approver)]);
    const service = await editor.must('POST', `${cm('api::service.service')}?locale=de`, SERVICE, Created, 201);
    created.push({ uid: 'api::service.service', documentId: service.data.documentId });
    const article = await editor.must('POST', `${cm('api::article.article')}?locale=de`, ARTICLE, Created, 201);
    created.push({ uid: 'api::article.article', documentId: article.data.documentId });
    for (const c of created) await approveAndPublish(editor, approver, { ...c, locale: 'de' });
  });

  test.afterAll(async () => {
    for (const c of created) await approver.must('DELETE', `${cm(c.uid)}/${c.documentId}?locale=*`, undefined, Anything);
  });

  test('the CMS refuses script links in blocks, on every write', async () => {
    const Refusal = z.object({ error: z.object({ message: z.string() }) });
    for (const url of REFUSED_URLS) {
      const r = await editor.call('POST', `${cm('api::article.article')}?locale=de`, { ...ARTICLE, slug: `xss-refused-${R}`, body: [paragraph(link(url, 'klick'))] });
      if (r.status === 201) created.push({ uid: 'api::article.article', documentId: Created.parse(r.body).data.documentId });
      expect(r.status, `link to ${JSON.stringify(url)}`).toBe(400);
      expect(Refusal.parse(r.body).error.message).toMatch(/Links müssen/);
    }
  });

  test('a service with payloads in every HTML field', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expect(async () => {
      const res = await page.goto(`${e2e.service}/services/${SERVICE.slug}`);
      expect(res?.status()).toBe(200);
    }).toPass({ timeout: 30_000 });
    const content = page.locator('.prose-service');
    await expect(content).toHaveCount(4);
    for (const t of SERVICE_TEXTS) await expect(page.getByText(t, { exact: false }).first(), t).toBeVisible();
    // Allowed markup stays: a real link, safe for a new tab.
    await expect(page.getByRole('link', { name: `Sicherer Link ${R}` })).toHaveAttribute('href', 'https://example.org/gebuehren');
    await expect(page.getByRole('link', { name: `Sicherer Link ${R}` })).toHaveAttribute('rel', 'noopener noreferrer');
    // Names and teasers are text: the markup in them shows as written.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERVICE.name);
    await touch(page, content);
    expect(await scriptCapable(page, '.prose-service')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('an article with payloads in title, lead and blocks', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await expect(async () => {
      const res = await page.goto(`${e2e.digital}/news/${ARTICLE.slug}`);
      expect(res?.status()).toBe(200);
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);
    await expect(page.getByText(ARTICLE.lead).first()).toBeVisible();
    await expect(page.getByText(`Text ${R}: <img src=x onerror=alert('text')> und <script>alert('text2')</script>`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Zwischentitel ${R} </h2><script>alert('heading')</script>` })).toBeVisible();
    await expect(page.getByText(`<script>alert('code')</script>`)).toBeVisible();
    await expect(page.getByText(`Punkt ${R} <svg onload=alert('list')>`)).toBeVisible();
    // The addresses stay inside their attribute.
    await expect(page.getByRole('link', { name: `Ausbruchlink ${R}` })).toHaveAttribute('href', `https://example.org/"><img src=x onerror=alert('attr')>`);
    await expect(page.getByRole('link', { name: `Relativer Link ${R}` })).toHaveAttribute('href', `/pfad" onmouseover="alert('rel')`);
    // The structured data carries the title as data; it cannot close its script element.
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.some((t) => t.includes(`XSS-Probe ${R}`))).toBe(true);
    for (const t of ld) expect(() => JSON.parse(t) as unknown).not.toThrow();
    const content = page.locator('.rich-text');
    await touch(page, content);
    expect(await scriptCapable(page, '.rich-text')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('search results, suggestions and feeds show the payloads as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    // The search API's highlight is HTML: the markup it quotes is escaped.
    const Hits = z.object({ hits: z.array(z.object({ title: z.string(), highlight: z.string() })) });
    await expect(async () => {
      const r = await get(`${e2e.digital}/api/search?q=${R}`);
      expect(r.status).toBe(200);
      const hits = Hits.parse(JSON.parse(r.text)).hits;
      expect(hits).toHaveLength(2);
      for (const h of hits) expect(h.highlight).not.toMatch(/<(?!\/?mark>)/);
    }).toPass({ timeout: 30_000 });

    for (const origin of [e2e.digital, e2e.service]) {
      await page.goto(`${origin}/search?q=${R}`);
      await expect(page.getByRole('link', { name: SERVICE.name })).toBeVisible();
      await expect(page.getByText(`Kurztext ${R} <svg onload=alert('teaser')>`).first()).toBeVisible();
      // The page's own icons are svg: in results, only what embeds or runs code is looked for.
      expect(await scriptCapable(page, 'main', EMBEDDING)).toEqual([]);
    }

    await page.goto(e2e.digital);
    await page.getByRole('combobox', { name: 'Suche' }).focus();
    await page.keyboard.type(R);
    const options = page.getByRole('listbox', { name: 'Vorschläge' });
    await expect(options.getByRole('option', { name: ARTICLE.title })).toBeVisible();
    await expect(options.getByRole('option', { name: SERVICE.name })).toBeVisible();
    expect(await scriptCapable(page, '[role="listbox"]')).toEqual([]);
    expect(dialogs).toEqual([]);

    for (const ext of ['xml', 'atom']) {
      const feed = await get(`${e2e.digital}/feeds/de/news.${ext}`);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain(`XSS-Probe ${R}`);
      // Markup in a title is text: escaped, or inside CDATA (which cannot be closed from within, as no title holds "]]>").
      expect(feed.text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''), `news.${ext}`).not.toMatch(/<(script|img)\b/);
    }
  });
});
