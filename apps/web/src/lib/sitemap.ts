import { locales, themenfeldKeys, type Locale, type Site } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList } from './cms';
import { href } from './paths';

export interface SitemapPage {
  /** Per locale, the page's path in that locale (only the locales it exists in). */
  paths: Partial<Record<Locale, string>>;
  lastmod?: string;
}

/** The three fields a sitemap needs, asked for by name (`fields`), so only they are parsed. */
const Published = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string().nullish() });

/** Every published document of a type, in every locale, grouped by document. */
async function documents(collection: string, tag: string, section: string, filters: Record<string, string> = {}): Promise<SitemapPage[]> {
  const byDocument = new Map<string, SitemapPage>();
  for (const locale of locales) {
    for (let page = 1; ; page++) {
      const res = await cmsList(collection, Published, { locale, filters, fields: ['slug', 'updatedAt'], sort: ['id:asc'], page, pageSize: 100 }, [tag]);
      for (const d of res.data) {
        const entry = byDocument.get(d.documentId) ?? { paths: {} };
        entry.paths[locale] = href(locale, `${section}/${d.slug}`);
        if (d.updatedAt && (!entry.lastmod || d.updatedAt > entry.lastmod)) entry.lastmod = d.updatedAt;
        byDocument.set(d.documentId, entry);
      }
      if (page >= (res.meta.pagination?.pageCount ?? 1)) break;
    }
  }
  return [...byDocument.values()];
}

const both = (path: string): SitemapPage => ({ paths: Object.fromEntries(locales.map((l) => [l, href(l, path)])) });

/** The pages of one site, with their language versions (for hreflang). Drafts are never here: the CMS serves published versions only. */
export async function sitemapPages(site: Site): Promise<SitemapPage[]> {
  const pages = (s: Site) => documents('pages', 'page', '/pages', { '[site][$in][0]': s, '[site][$in][1]': 'both' });
  if (site === 'service') {
    const lists = ['/', '/services', '/online', '/lebenslagen', '/locations', '/feedback', ...themenfeldKeys.map((k) => `/themenfelder/${k}`)].map(both);
    const details = await Promise.all([
      documents('services', 'service', '/services'),
      documents('lebenslagen', 'lebenslage', '/lebenslagen'),
      documents('locations', 'location', '/locations'),
      pages('service'),
    ]);
    return [...lists, ...details.flat()];
  }
  const lists = ['/', '/projects', '/news', '/press', '/events', '/dialogue', '/feedback'].map(both);
  const details = await Promise.all([
    documents('articles', 'article', '/news'),
    documents('projects', 'project', '/projects'),
    documents('events', 'event', '/events'),
    documents('campaigns', 'campaign', '/campaigns'),
    documents('audiences', 'audience', '/audiences'),
    pages('digital'),
  ]);
  return [...lists, ...details.flat()];
}
