import { articleType, toArticle, type Article, type Locale } from '@dsh/content-model';
import { cmsList } from './cms';

const TAG = 'article';

export async function latestArticles(locale: Locale, { page = 1, pageSize = 12 } = {}) {
  const res = await cmsList('articles', articleType.entry, { locale, sort: ['date:desc', 'id:desc'], page, pageSize }, [TAG]);
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
  const res = await cmsList('articles', articleType.entry, { locale, filters: { '[documentId][$eq]': documentId }, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toArticle(entry, locale) : null;
}
