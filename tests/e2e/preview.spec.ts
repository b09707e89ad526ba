import { expect, test } from '@playwright/test';
import { e2e } from './env';
import { z } from 'zod';

async function login(who: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${e2e.cms}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  return z.object({ data: z.object({ token: z.string() }) }).parse(await res.json()).data.token;
}

/**
 * An editor opens the draft in the real web app through the admin's preview link; the public
 * never sees it, and the link cannot be bent to another document.
 */
test('an editor previews a draft article; nobody else sees it', async ({ browser }) => {
  const token = await login(e2e.editor);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const slug = `vorschau-${Date.now()}`;
  const created = await fetch(`${e2e.cms}/content-manager/collection-types/api::article.article?locale=de`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'Entwurf: Neue Bürgerservices', slug, kind: 'news', date: '2026-11-29', lead: 'Dieser Vorspann ist noch nicht freigegeben.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Geheimer Entwurfstext.' }] }] }),
  }).then(async (r) => z.object({ data: z.object({ documentId: z.string() }) }).parse(await r.json()));
  const link = await fetch(`${e2e.cms}/content-manager/preview/url/api::article.article?documentId=${created.data.documentId}&locale=de&status=draft`, { headers }).then(
    async (r) => z.object({ data: z.object({ url: z.string() }) }).parse(await r.json()),
  );
  // The CMS knows the web app as localhost; the journeys reach it at the same address.
  const url = new URL(link.data.url);

  const editor = await browser.newPage();
  const draftPage = await editor.goto(`${e2e.digital}${url.pathname}${url.search}`);
  await expect(editor).toHaveURL(`${e2e.digital}/news/${slug}`);
  // A page of unpublished content shares no window with another site's tab.
  expect(draftPage?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  await expect(editor.getByRole('status').filter({ hasText: 'Vorschau eines Entwurfs – nicht veröffentlicht' })).toBeVisible();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Entwurf: Neue Bürgerservices');
  await expect(editor.getByText('Geheimer Entwurfstext.')).toBeVisible();

  // A reader (no preview cookie) gets the 404 page, also right after the preview was rendered.
  const reader = await browser.newPage();
  const res = await reader.goto(`${e2e.digital}/news/${slug}`);
  expect(res?.status()).toBe(404);
  await expect(reader.getByText('Geheimer Entwurfstext.')).toHaveCount(0);

  // A bent link is refused.
  const [payload, sig] = (url.searchParams.get('token') ?? '').split('.');
  const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), exp: 9_999_999_999 })).toString('base64url');
  const bent = await reader.goto(`${e2e.digital}/api/preview?token=${other}.${sig}`);
  expect(bent?.status()).toBe(403);

  // Leaving the preview returns the editor to the public view.
  await editor.getByRole('link', { name: 'Vorschau beenden' }).click();
  await expect(editor.getByText('Geheimer Entwurfstext.')).toHaveCount(0);
});
