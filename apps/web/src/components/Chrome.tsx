import type { Locale, Site } from '@dsh/content-model';
import { searchTypes } from '@dsh/search';
import { SearchCombobox, SiteFooter, SiteHeader, type NavLink } from '@dsh/ui';
import { getTranslations } from 'next-intl/server';
import { href, otherLocale } from '@/lib/paths';
import { env } from '@/env';

export interface ChromeProps {
  site: Site;
  locale: Locale;
  /** Path of this page inside the site (without locale prefix), for the current nav item. */
  current?: string;
  /** This page in the other language; defaults to the other language's home page. */
  alternatePath?: string;
  children: React.ReactNode;
}

/** Header, main landmark and footer of every page of both sites. */
export async function Chrome({ site, locale, current, alternatePath = '/', children }: ChromeProps) {
  const t = await getTranslations({ locale });
  const { DIGITAL_ORIGIN, SERVICE_ORIGIN } = env();
  const other = otherLocale(locale);
  const nav: NavLink[] =
    site === 'digital'
      ? [
          { href: href(locale, '/news'), label: t('digital.nav.news'), current: current === '/news' },
          { href: new URL(href(locale, '/'), SERVICE_ORIGIN).toString(), label: t('digital.nav.services') },
        ]
      : [{ href: new URL(href(locale, '/'), DIGITAL_ORIGIN).toString(), label: t('service.nav.digital') }];
  return (
    <>
      <SiteHeader
        homeHref={href(locale, '/')}
        siteName={t(`${site}.name`)}
        tagline={t(`${site}.tagline`)}
        navLabel={t('common.mainNav')}
        nav={nav}
        languageLink={{ href: href(other, alternatePath), label: t('common.languageSwitch'), hrefLang: other, lang: other }}
        search={
          current === '/search' ? undefined : (
            <SearchCombobox
              id="header-search"
              action={href(locale, '/search')}
              label={t('common.searchLabel')}
              buttonLabel={t('common.searchButton')}
              placeholder={t('common.searchPlaceholder')}
              suggestUrl="/api/search/suggest"
              locale={locale}
              kindLabels={Object.fromEntries(searchTypes.map((ty) => [ty, t(`search.type.${ty}`)]))}
              countLabel={t('common.suggestCount', { n: '{n}' })}
              listLabel={t('common.suggestList')}
            />
          )
        }
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter label={t('common.footerNav')} links={[{ href: href(locale, '/search'), label: t('common.searchLabel') }]} note={t('common.footerNote')} />
    </>
  );
}
