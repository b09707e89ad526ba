import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@dsh/content-model';

// German without prefix, English under /en. No Accept-Language redirect: a German city
// portal opens in German for everyone and offers English by a visible link.
export const routing = defineRouting({
  locales: [...locales],
  defaultLocale,
  localePrefix: 'as-needed',
  localeDetection: false,
});
