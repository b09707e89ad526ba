import type { Locale } from '@dsh/content-model';
import { SkipLink } from '@dsh/ui';
import { NextIntlClientProvider } from 'next-intl';
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
        {/* No messages go to the client: pages are server-rendered and ship no text twice. */}
        <NextIntlClientProvider messages={null}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
