import { getTranslations } from 'next-intl/server';
import type { Locale } from '@dsh/content-model';

/** Shown on a draft rendered for ITD11 or the editors: unmistakably not the live page. */
export async function PreviewBanner({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'preview' });
  return (
    <div role="status" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t('banner')}</p>
      <p className="mt-1">
        {t('explain')}{' '}
        <a className="underline" href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>
          {t('exit')}
        </a>
      </p>
    </div>
  );
}
