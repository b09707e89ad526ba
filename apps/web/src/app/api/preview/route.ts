import { verifyPreview } from '@dsh/content-model/preview';
import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { env } from '@/env';
import { badRequest, jsonError } from '@/lib/http';
import { href } from '@/lib/paths';
import { PREVIEW_COOKIE, fetchDraft, previewPaths } from '@/lib/preview';

const Query = z.object({ token: z.string().min(10).max(1000) });
const Draft = z.object({ slug: z.string() });

/**
 * Opened from the CMS admin ("Open preview"): checks the signed link, switches this browser
 * into draft mode for the link's lifetime and sends it to the page of the draft.
 */
export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { token } = parsed.data;
  const check = verifyPreview(token, env().PREVIEW_SECRET);
  if (!check.ok) return jsonError(check.reason === 'malformed' ? 400 : 403, 'preview_refused', check.reason === 'expired' ? 'Der Vorschau-Link ist abgelaufen.' : 'Ungültiger Vorschau-Link.');
  const pathOf = previewPaths[check.claim.uid];
  const draft = pathOf ? await fetchDraft(token, Draft) : null;
  if (!pathOf || !draft) return jsonError(404, 'not_found', 'Für diesen Link gibt es keinen Entwurf.');
  (await draftMode()).enable();
  const response = NextResponse.redirect(new URL(href(check.claim.locale, pathOf(draft.slug)), request.nextUrl), 307);
  response.cookies.set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
    maxAge: Math.max(1, check.claim.exp - Math.floor(Date.now() / 1000)),
  });
  response.headers.set('cache-control', 'no-store');
  return response;
}
