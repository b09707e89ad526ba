import type { Locale } from '@dsh/content-model';
import { SkipLink } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@/app/globals.css';

/** <html> for both sites; each site's [locale] layout is a root layout that renders this. */
export async function RootLayout({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale}>
      <body className="bg-page font-sans text-ink antialiased">
        <SkipLink>{t('skipLink')}</SkipLink>
        {/* No next-intl provider: client components get their texts as props, so no message
            catalogue and no i18n runtime is shipped to the browser. */}
        {children}
      </body>
    </html>
  );
}
