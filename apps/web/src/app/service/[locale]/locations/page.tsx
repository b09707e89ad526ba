import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { OfficeDetails } from '@/components/Directory';
import { localeParam } from '@/lib/paths';
import { offices } from '@/lib/services';

type Props = { params: Promise<{ locale: string }> };
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'directory' });
  return { title: t('locations'), description: t('locationsIntro') };
}

export default async function Locations({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, list] = await Promise.all([getTranslations({ locale }), offices(locale)]);
  return (
    <Chrome site="service" locale={locale} current="/locations" alternatePath="/locations" breadcrumbs={[{ label: t('directory.locations') }]}>
      <h1 className="text-3xl font-bold">{t('directory.locations')}</h1>
      <p className="mb-8 mt-2 max-w-3xl text-lg">{t('directory.locationsIntro')}</p>
      <div className="grid gap-x-6 md:grid-cols-2">
        {list.map((o) => <OfficeDetails key={o.slug} locale={locale} office={o} headingLevel={2} />)}
      </div>
    </Chrome>
  );
}
