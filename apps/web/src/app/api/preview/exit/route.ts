import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { PREVIEW_COOKIE } from '@/lib/preview';

/**
 * Where to go back to: a path on this site. A leading `//` would be another host to the URL
 * parser (`//2130706433` is 127.0.0.1), so it is refused like anything else and the visitor
 * lands on the home page: leaving the preview never fails.
 */
const Back = z
  .string()
  .max(2000)
  .regex(/^\/(?!\/)[A-Za-z0-9/_-]*$/)
  .catch('/');

/** Leaves the preview: back to the published page. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const target = Back.parse(request.nextUrl.searchParams.get('path') ?? '/');
  const response = NextResponse.redirect(new URL(target, request.nextUrl), 307);
  response.cookies.delete(PREVIEW_COOKIE);
  response.headers.set('cache-control', 'no-store');
  return response;
}
