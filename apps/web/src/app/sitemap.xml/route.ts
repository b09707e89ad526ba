import { SitemapStream, streamToPromise } from 'sitemap';
import { type NextRequest } from 'next/server';
import { env } from '@/env';
import { siteForHost } from '@/lib/site';

// Per host: one app serves both sites, so these are answered per request, never prerendered.
export const dynamic = 'force-dynamic';
import { sitemapPages } from '@/lib/sitemap';

/** sitemap.xml of the site this host serves, every page with its language versions (hreflang). */
export async function GET(request: NextRequest) {
  const e = env();
  const site = siteForHost(request.headers.get('host'), e.SERVICE_HOSTS);
  const origin = site === 'service' ? e.SERVICE_ORIGIN : e.DIGITAL_ORIGIN;
  const stream = new SitemapStream({ hostname: origin });
  for (const page of await sitemapPages(site)) {
    const versions = Object.entries(page.paths);
    const links = versions.length > 1 ? versions.map(([lang, url]) => ({ lang, url: new URL(url, origin).toString() })) : undefined;
    for (const [, url] of versions) stream.write({ url, lastmod: page.lastmod, links });
  }
  stream.end();
  const xml = (await streamToPromise(stream)).toString();
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
