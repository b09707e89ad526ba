import { articleType, audienceKeys, locales, type Locale } from '@dsh/content-model';
import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { env } from '@/env';
import { cmsList } from '@/lib/cms';
import { badRequest } from '@/lib/http';
import { href } from '@/lib/paths';

// Feed readers poll; the CMS answers come from the tagged cache, revalidated on publish.
export const dynamic = 'force-dynamic';

/**
 * RSS 2.0 (`.xml`) and Atom (`.atom`) feeds of Digitale Stadt Hamburg, per kind and per
 * audience: /feeds/de/news.xml, /feeds/de/press-releases.atom, /feeds/de/it-news.xml (the
 * city staff's IT-News, for the intranet), /feeds/en/audience-businesses.xml.
 */
const Params = z.object({
  locale: z.enum(locales),
  file: z
    .string()
    .regex(/^(news|press-releases|it-news|audience-[a-z-]+)\.(xml|atom)$/, 'file: news|press-releases|it-news|audience-<key> with .xml (RSS) or .atom')
    .refine((f) => !f.startsWith('audience-') || (audienceKeys as readonly string[]).includes(f.slice(9).replace(/\.(xml|atom)$/, '')), 'unknown audience'),
});

/** What a feed item needs, asked for by name and parsed as the content model defines it. */
const FeedEntry = articleType.entry.pick({ documentId: true, title: true, slug: true, kind: true, date: true, lead: true, updatedAt: true });

const kinds: Record<string, string | undefined> = { news: undefined, 'press-releases': 'press-release', 'it-news': 'it-news' };

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const { locale, file } = parsed.data;
  const [name, format] = file.split('.') as [string, 'xml' | 'atom'];
  const audience = name.startsWith('audience-') ? name.slice(9) : undefined;
  const kind = audience ? undefined : kinds[name];
  const t = await getTranslations({ locale: locale as Locale });
  const origin = env().DIGITAL_ORIGIN;
  const filters: Record<string, string> = {};
  if (kind) filters['[kind][$eq]'] = kind;
  if (audience) filters['[audiences][key][$eq]'] = audience;
  const res = await cmsList('articles', FeedEntry, { locale, filters, sort: ['date:desc', 'id:desc'], pageSize: 30, fields: ['title', 'slug', 'kind', 'date', 'lead', 'updatedAt'] }, ['article']);
  const self = `${origin}/feeds/${locale}/${file}`;
  const feed = new Feed({
    id: self,
    title: audience ? t('feeds.title.audience', { audience: t(`search.audience.${audience}`) }) : t(`feeds.title.${name}`),
    description: t('feeds.description'),
    link: new URL(href(locale, '/news'), origin).toString(),
    language: locale,
    copyright: t('feeds.copyright'),
    updated: res.data[0] ? new Date(res.data[0].updatedAt ?? res.data[0].date) : new Date(0),
    generator: false,
    feedLinks: { [format === 'xml' ? 'rss' : 'atom']: self },
  });
  for (const a of res.data) {
    const link = new URL(href(locale, `/news/${a.slug}`), origin).toString();
    feed.addItem({ title: a.title, id: link, link, date: new Date(a.updatedAt ?? a.date), published: new Date(a.date), description: a.lead });
  }
  const body = format === 'xml' ? feed.rss2() : feed.atom1();
  return new Response(body, {
    headers: { 'content-type': `${format === 'xml' ? 'application/rss+xml' : 'application/atom+xml'}; charset=utf-8`, 'cache-control': 'public, max-age=300' },
  });
}
