import { SearchForm } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { href, localeParam } from '@/lib/paths';

export default async function ServiceHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <Chrome site="service" locale={locale} current="/">
      <section className="mb-12">
        <h1 className="text-4xl font-bold">{t('service.home.title')}</h1>
        <p className="mb-8 mt-4 max-w-3xl text-xl">{t('service.home.intro')}</p>
        <SearchForm id="home" action={href(locale, '/search')} label={t('service.home.searchLabel')} placeholder={t('service.home.searchPlaceholder')} buttonLabel={t('common.searchButton')} size="large" />
      </section>
    </Chrome>
  );
}
