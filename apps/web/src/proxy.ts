import { NextResponse, type NextRequest } from 'next/server';
import { env } from './env';
import { siteForHost } from './lib/site';

/**
 * Both sites and both languages come through here. The Host picks the site, the path the
 * language (German has no prefix, English lives under /en), and the request is rewritten to
 * `/{site}/{locale}/…`, the app's internal route tree. Pages stay statically cacheable: nothing
 * below reads the Host again.
 */
export default function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const { pathname } = url;

  // The default language has no prefix: /de/… is the same page as /…
  if (pathname === '/de' || pathname.startsWith('/de/')) {
    const target = url.clone();
    target.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(target, 308);
  }

  const english = pathname === '/en' || pathname.startsWith('/en/');
  const locale = english ? 'en' : 'de';
  const rest = english ? pathname.slice(3) || '/' : pathname;
  const site = siteForHost(request.headers.get('host'), env().SERVICE_HOSTS);

  const target = url.clone();
  target.pathname = `/${site}/${locale}${rest === '/' ? '' : rest}`;
  return NextResponse.rewrite(target);
}

export const config = {
  // Everything but API routes, Next's own assets and files with an extension.
  matcher: ['/((?!api/|_next/|_vercel/|.*\\.[a-z0-9]+$).*)'],
};
