import { isLocale, type Locale } from '@dsh/content-model';
import { localePath } from '@dsh/search';
import { notFound } from 'next/navigation';

/** A page's URL in a locale: German without prefix, English under /en. */
export const href = (locale: Locale, path: string) => localePath(locale, path);

export const otherLocale = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de');

/** The [locale] segment, checked: anything else is a 404. */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
