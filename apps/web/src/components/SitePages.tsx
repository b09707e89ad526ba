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
