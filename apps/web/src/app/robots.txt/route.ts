import { type NextRequest } from 'next/server';
import { env } from '@/env';
import { siteForHost } from '@/lib/site';

// Per host: one app serves both sites, so these are answered per request, never prerendered.
export const dynamic = 'force-dynamic';

/** Crawlers may read every page, not the APIs; the sitemap names them all. */
export function GET(request: NextRequest) {
  const e = env();
  const origin = siteForHost(request.headers.get('host'), e.SERVICE_HOSTS) === 'service' ? e.SERVICE_ORIGIN : e.DIGITAL_ORIGIN;
  return new Response(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
