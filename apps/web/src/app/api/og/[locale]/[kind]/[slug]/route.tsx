import { locales, SLUG_PATTERN, type Locale } from '@dsh/content-model';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { articleBySlug } from '@/lib/articles';
import { campaignBySlug } from '@/lib/campaigns';
import { eventBySlug } from '@/lib/events';
import { badRequest, jsonError } from '@/lib/http';
import { ogImage } from '@/lib/og';
import { projectBySlug } from '@/lib/projects';

/**
 * The share image (OpenGraph) of a page: /api/og/de/projects/<slug>, …/news/<slug>,
 * …/events/<slug>, …/campaigns/<slug>, and /api/og/de/site/home for every other page. Only
 * published documents get one; the title comes from the CMS, never from the address.
 */
const Params = z.object({
  locale: z.enum(locales),
  kind: z.enum(['site', 'projects', 'news', 'events', 'campaigns']),
  slug: z.string().regex(SLUG_PATTERN).max(200),
});

export async function GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const { kind, slug } = parsed.data;
  const locale: Locale = parsed.data.locale;
  const t = await getTranslations({ locale });
  const site = t('digital.name');
  let image: { title: string; eyebrow: string } | null = null;
  // One site image, under one address: any other slug would render the same picture anew for
  // whoever asks, a cheap way to keep the server busy.
  if (kind === 'site' && slug === 'home') image = { title: t('digital.home.intro'), eyebrow: t('digital.tagline') };
  if (kind === 'projects') image = await projectBySlug(locale, slug).then((p) => p && { title: p.title, eyebrow: t('projects.label') });
  if (kind === 'news') image = await articleBySlug(locale, slug).then((a) => a && { title: a.title, eyebrow: t(`articles.kind.${a.kind}`) });
  if (kind === 'events') image = await eventBySlug(locale, slug).then((e) => e && { title: e.title, eyebrow: t('events.listTitle') });
  if (kind === 'campaigns') image = await campaignBySlug(locale, slug).then((c) => c && { title: c.name, eyebrow: t('campaigns.label') });
  if (!image) return jsonError(404, 'not_found', `no published ${kind} "${slug}" in ${locale}`);
  const res = ogImage({ ...image, site });
  res.headers.set('cache-control', 'public, max-age=3600, stale-while-revalidate=86400');
  return res;
}
