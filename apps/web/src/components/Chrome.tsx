import type { Locale, Site } from '@dsh/content-model';
import { searchTypes } from '@dsh/search';
import { Breadcrumbs, SearchCombobox, SiteFooter, SiteHeader, type Crumb, type NavLink } from '@dsh/ui';
import { getTranslations } from 'next-intl/server';
import { href, otherLocale } from '@/lib/paths';
import { navigation, pageSlugs } from '@/lib/pages';
import { env } from '@/env';

export interface ChromeProps {
  site: Site;
  locale: Locale;
  /** Path of this page inside the site (without locale prefix), for the current nav item. */
  current?: string;
  /** This page in the other language; defaults to the other language's home page. */
  alternatePath?: string;
  /** Trail above the heading; the home page is added in front. */
  breadcrumbs?: Crumb[];
  children: React.ReactNode;
}

const isCurrent = (item: string, current?: string) => !!current && (current === item || (item !== '/' && current.startsWith(`${item}/`)));

/**
 * Header, main landmark and footer of every page of both sites. Navigation comes from the CMS;
 * the accessibility feedback form and the Leichte Sprache and Gebärdensprache pages (BITV 2.0
 * §4, German only) are linked from every page whatever the navigation holds.
 */
export async function Chrome({ site, locale, current, alternatePath = '/', breadcrumbs, children }: ChromeProps) {
  const [t, nav, mandatory, german] = await Promise.all([
    getTranslations({ locale }),
    navigation(locale, site),
    pageSlugs(locale, site),
    locale === 'de' ? null : pageSlugs('de', site),
  ]);
  const { DIGITAL_ORIGIN, SERVICE_ORIGIN } = env();
  const other = otherLocale(locale);
  const main: NavLink[] = nav.main.map((n) => ({ href: n.href.startsWith('/') ? href(locale, n.href) : n.href, label: n.label, current: isCurrent(n.href, current) }));
  main.push(
    site === 'digital'
      ? { href: new URL(href(locale, '/'), SERVICE_ORIGIN).toString(), label: t('digital.nav.services') }
      : { href: new URL(href(locale, '/'), DIGITAL_ORIGIN).toString(), label: t('service.nav.digital') },
  );
  const footer: NavLink[] = nav.footer.map((n) => ({ href: n.href.startsWith('/') ? href(locale, n.href) : n.href, label: n.label }));
  const linked = new Set(nav.footer.map((n) => n.href));
  for (const kind of ['accessibility', 'easy-language', 'sign-language'] as const) {
    const own = mandatory[kind];
    const page = own ?? german?.[kind];
    if (!page || linked.has(`/pages/${page.slug}`)) continue;
    footer.push({ href: href(own ? locale : 'de', `/pages/${page.slug}`), label: page.title, lang: own ? undefined : 'de' });
  }
  footer.push({ href: href(locale, '/feedback'), label: t('feedback.link') });
  const trail = breadcrumbs?.length ? [{ href: href(locale, '/'), label: t('common.home') }, ...breadcrumbs] : null;
  return (
    <>
      <SiteHeader
        homeHref={href(locale, '/')}
        siteName={t(`${site}.name`)}
        tagline={t(`${site}.tagline`)}
        navLabel={t('common.mainNav')}
        nav={main}
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
              kindLabels={{ ...Object.fromEntries(searchTypes.map((ty) => [ty, t(`search.type.${ty}`)])), 'lang:de': t('search.germanOnly.badge') }}
              countLabel={t('common.suggestCount', { n: '{n}' })}
              listLabel={t('common.suggestList')}
            />
          )
        }
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {trail ? <Breadcrumbs label={t('common.breadcrumb')} items={trail} /> : null}
        {children}
      </main>
      <SiteFooter label={t('common.footerNav')} links={footer} note={t('common.footerNote')} />
    </>
  );
}
