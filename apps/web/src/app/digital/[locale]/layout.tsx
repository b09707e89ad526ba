import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RootLayout } from '@/components/RootLayout';
import { env } from '@/env';
import { localeParam } from '@/lib/paths';

// Pages render on first request and are cached with tags; building needs no CMS.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'digital' });
  return {
    metadataBase: new URL(env().DIGITAL_ORIGIN),
    title: { default: t('name'), template: `%s – ${t('name')}` },
    description: t('metaDescription'),
    openGraph: { siteName: t('name'), locale: locale === 'de' ? 'de_DE' : 'en_GB', images: [{ url: `/api/og/${locale}/site/home`, width: 1200, height: 630 }] },
    // Feed readers find the news feeds from any page.
    alternates: { types: { 'application/rss+xml': `/feeds/${locale}/news.xml`, 'application/atom+xml': `/feeds/${locale}/news.atom` } },
  };
}

export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  return <RootLayout locale={await localeParam(params)}>{children}</RootLayout>;
}
