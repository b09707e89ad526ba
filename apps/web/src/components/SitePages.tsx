import type { Metadata } from 'next';
import { isLocale, type Site } from '@dsh/content-model';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { SearchResults } from '@/components/SearchResults';
import { href, localeParam } from '@/lib/paths';

/** Pages both sites have in the same form; each site's route file binds its site. */

type SearchProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function searchPage(site: Site) {
  async function generateMetadata({ params }: SearchProps): Promise<Metadata> {
    const t = await getTranslations({ locale: await localeParam(params), namespace: 'search' });
    return { title: t('title'), robots: { index: false } };
  }
  async function Search({ params, searchParams }: SearchProps) {
    const locale = await localeParam(params);
    setRequestLocale(locale);
    return (
      <Chrome site={site} locale={locale} current="/search" alternatePath="/search">
        <SearchResults site={site} locale={locale} searchParams={await searchParams} />
      </Chrome>
    );
  }
  return { generateMetadata, Search };
}

export function notFoundPage(site: Site) {
  return async function NotFound() {
    const current = await getLocale();
    const locale = isLocale(current) ? current : 'de';
    const t = await getTranslations({ locale, namespace: 'notFound' });
    return (
      <Chrome site={site} locale={locale}>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg">{t('text')}</p>
        <p className="mt-6">
          <a href={href(locale, '/')} className="font-semibold text-primary underline">{t('home')}</a>
        </p>
      </Chrome>
    );
  };
}

/**
 * The not-found page as a page of its own, at `/page-not-found` (`/en/page-not-found`).
 *
 * Why: Next answers `notFound()` with an empty error shell and draws the not-found page in the
 * browser (vercel/next.js#62228). The portal's pages ship no client runtime, so server.mjs sends
 * this page's HTML in that shell's place (with status 404); a visit to the address itself is
 * answered 404 too.
 */
export function notFoundRoute(site: Site) {
  type Props = { params: Promise<{ locale: string }> };
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const t = await getTranslations({ locale: await localeParam(params), namespace: 'notFound' });
    return { title: t('title'), robots: { index: false } };
  }
  const Content = notFoundPage(site);
  async function NotFoundRoute({ params }: Props) {
    setRequestLocale(await localeParam(params));
    return <Content />;
  }
  return { generateMetadata, NotFoundRoute };
}

