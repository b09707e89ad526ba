import { articleKinds, articleType, toArticle, type Article, type Locale } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList } from './cms';

const TAG = 'article';

export const ArticleFilters = z.object({
  kind: z.enum(articleKinds).optional().catch(undefined),
  topic: z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined),
  audience: z.string().regex(/^[a-z-]{1,40}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type ArticleFilters = z.infer<typeof ArticleFilters>;

const LIST_FIELDS = ['title', 'slug', 'kind', 'date', 'lead', 'updatedAt'];

/** Newest first, optionally narrowed by kind, topic (slug), audience (key) or project. */
export async function latestArticles(
  locale: Locale,
  { page = 1, pageSize = 12, kind, kinds, topic, audience, project }: Partial<ArticleFilters> & { pageSize?: number; kinds?: readonly string[]; project?: string } = {},
) {
  const filters: Record<string, string> = {};
  if (kind) filters['[kind][$eq]'] = kind;
  kinds?.forEach((k, i) => (filters[`[kind][$in][${i}]`] = k));
  if (topic) filters['[topics][slug][$eq]'] = topic;
  if (audience) filters['[audiences][key][$eq]'] = audience;
  if (project) filters['[projects][documentId][$eq]'] = project;
  const res = await cmsList('articles', articleType.entry, { locale, filters, fields: LIST_FIELDS, sort: ['date:desc', 'id:desc'], page, pageSize }, [TAG]);
  return {
    articles: res.data.map((e) => toArticle(e, locale)),
    pageCount: res.meta.pagination?.pageCount ?? 1,
    total: res.meta.pagination?.total ?? res.data.length,
  };
}

export async function articleBySlug(locale: Locale, slug: string): Promise<Article | null> {
  const res = await cmsList('articles', articleType.entry, { locale, filters: { '[slug][$eq]': slug }, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toArticle(entry, locale) : null;
}

/** The same article in another locale, if it was translated: for the language link. */
export async function articleTranslation(documentId: string, locale: Locale): Promise<Article | null> {
  const res = await cmsList('articles', articleType.entry, { locale, filters: { '[documentId][$eq]': documentId }, fields: LIST_FIELDS, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toArticle(entry, locale) : null;
}
