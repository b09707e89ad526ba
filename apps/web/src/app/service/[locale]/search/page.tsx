import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { SearchResults } from '@/components/SearchResults';
import { localeParam } from '@/lib/paths';

// Reads the query string, so it renders per request; the CMS and search answers it uses are
// cached (tagged) underneath.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'search' });
  return { title: t('title'), robots: { index: false } };
}

export default async function Search({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return (
    <Chrome site="service" locale={locale} current="/search" alternatePath="/search">
      <SearchResults site="service" locale={locale} searchParams={await searchParams} />
    </Chrome>
  );
}
