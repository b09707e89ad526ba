import { NextResponse, type NextRequest } from 'next/server';
import { env } from './env';
import { withRateLimitHeaders } from './lib/http';
import { clientKey } from './lib/rate-limit';
import { searchLimiter } from './lib/search-limits';
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
  // The search page asks Meilisearch (and, without results, again for a spelling suggestion):
  // the same per-client budget as /api/search, counted here because a page cannot answer 429.
  if (rest === '/search' && url.searchParams.get('q')) {
    const verdict = searchLimiter().take(clientKey(request.headers));
    if (!verdict.ok) return tooManySearches(locale, verdict.retryAfterSeconds);
    return withRateLimitHeaders(NextResponse.rewrite(target), verdict);
  }
  return NextResponse.rewrite(target);
}

/** A plain page, no scripts: a client over its budget gets no rendering work either. */
function tooManySearches(locale: 'de' | 'en', seconds: number): NextResponse {
  const [lang, title, text, back] =
    locale === 'de'
      ? ['de', 'Zu viele Suchanfragen', `Bitte versuchen Sie es in ${seconds} Sekunden erneut.`, 'Zur Startseite']
      : ['en', 'Too many searches', `Please try again in ${seconds} seconds.`, 'Home page'];
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="${locale === 'de' ? '/' : '/en'}">${back}</a></p></main></body></html>`;
  return new NextResponse(html, { status: 429, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(seconds), 'cache-control': 'no-store' } });
}

export const config = {
  // Everything but API routes, Next's own assets and files with an extension.
  matcher: ['/((?!api/|_next/|_vercel/|.*\\.[a-z0-9]+$).*)'],
};
