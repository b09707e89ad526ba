import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { PREVIEW_COOKIE } from '@/lib/preview';

/** Leaves the preview: back to the published page. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const back = request.nextUrl.searchParams.get('path');
  const target = back && /^\/[A-Za-z0-9/_-]*$/.test(back) ? back : '/';
  const response = NextResponse.redirect(new URL(target, request.nextUrl), 307);
  response.cookies.delete(PREVIEW_COOKIE);
  return response;
}
