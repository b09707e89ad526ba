export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'de';
export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (locales as readonly string[]).includes(v);
}

/** The two sites rendered by the one web app. */
export const sites = ['digital', 'service'] as const;
export type Site = (typeof sites)[number];
