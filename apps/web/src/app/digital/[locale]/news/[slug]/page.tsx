import type { Metadata } from 'next';
import { articleType, toArticle } from '@dsh/content-model';
import { RichText } from '@dsh/ui';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { JsonLd } from '@/components/JsonLd';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { newsArticleLd } from '@/lib/structured-data';
import { articleBySlug, articleTranslation } from '@/lib/articles';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { href, otherLocale } from '@/lib/paths';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = async (params: Props['params']) => {
  const { locale, item: article, preview } = await loadDetail(params, { uid: 'api::article.article', entry: articleType.entry, toDomain: toArticle, bySlug: articleBySlug });
  return { locale, article, preview };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await load(params);
  const translation = await articleTranslation(article.id, otherLocale(locale));
  return detailMetadata(
    { locale, title: article.title, description: article.lead, path: `/news/${article.slug}`, translation: translation && { locale: translation.locale, path: `/news/${translation.slug}` }, type: 'article', published: article.date },
    env().DIGITAL_ORIGIN,
  );
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article, preview } = await load(params);
  setRequestLocale(locale);
  const [t, format, translation] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), articleTranslation(article.id, otherLocale(locale))]);
  return (
    <Chrome site="digital" locale={locale} current="/news" alternatePath={translation ? `/news/${translation.slug}` : '/news'}>
      {preview ? <PreviewBanner locale={locale} path={`/news/${article.slug}`} /> : null}
      <JsonLd data={newsArticleLd(article, new URL(href(locale, `/news/${article.slug}`), env().DIGITAL_ORIGIN).toString(), env().DIGITAL_ORIGIN)} />
      <article className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`articles.kind.${article.kind}`)}</p>
        <h1 className="mt-2 text-4xl font-bold leading-tight">{article.title}</h1>
        <p className="mt-2 text-muted">
          {t('articles.published')} <time dateTime={article.date}>{format.dateTime(new Date(article.date), { dateStyle: 'long' })}</time>
        </p>
        <p className="my-6 text-xl font-semibold leading-relaxed">{article.lead}</p>
        <RichText blocks={article.body} />
      </article>
    </Chrome>
  );
}
