import { isLocale, SLUG_PATTERN, type Locale } from '@dsh/content-model';
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

/** The [locale] and [slug] segments, checked: a malformed slug is a 404 before any lookup. */
export async function slugParams(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: Locale; slug: string }> {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!SLUG_PATTERN.test(slug)) notFound();
  return { locale, slug };
}
