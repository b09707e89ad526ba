import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@dsh/content-model';
import { Chrome } from '@/components/Chrome';
import { href } from '@/lib/paths';

export default async function NotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : 'de';
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <Chrome site="service" locale={locale}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('text')}</p>
      <p className="mt-6">
        <a href={href(locale, '/')} className="font-semibold text-primary underline">{t('home')}</a>
      </p>
    </Chrome>
  );
}
