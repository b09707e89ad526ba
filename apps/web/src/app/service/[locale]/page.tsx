import { themenfelder, type ThemenfeldKey } from '@dsh/content-model';
import { SearchForm, ServiceCard } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { href, localeParam } from '@/lib/paths';
import { allLebenslagen, listServices } from '@/lib/services';

export default async function ServiceHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, popular, lagen, online] = await Promise.all([getTranslations({ locale }), listServices(locale, { editorial: true }, 12), allLebenslagen(locale), listServices(locale, { onlineOnly: true }, 1)]);
  const life = lagen.filter((l) => l.audience === 'citizens');
  const business = lagen.filter((l) => l.audience === 'businesses');
  const link = 'block border-2 border-primary bg-white p-3 font-semibold text-primary underline hover:bg-surface';
  return (
    <Chrome site="service" locale={locale} current="/">
      <section className="mb-12">
        <h1 className="text-4xl font-bold">{t('service.home.title')}</h1>
        <p className="mb-8 mt-4 max-w-3xl text-xl">{t('service.home.intro')}</p>
        <SearchForm id="home" action={href(locale, '/search')} label={t('service.home.searchLabel')} placeholder={t('service.home.searchPlaceholder')} buttonLabel={t('common.searchButton')} size="large" />
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <a className="font-semibold text-primary underline" href={href(locale, '/online')}>{t('directory.allOnline', { n: online.total })}</a>
          <a className="font-semibold text-primary underline" href={href(locale, '/services')}>{t('directory.az')}</a>
          <a className="font-semibold text-primary underline" href={`${href(locale, '/services')}?audience=citizens`}>{t('directory.forCitizens')}</a>
          <a className="font-semibold text-primary underline" href={`${href(locale, '/services')}?audience=businesses`}>{t('directory.forBusinesses')}</a>
          <a className="font-semibold text-primary underline" href={href(locale, '/locations')}>{t('directory.locations')}</a>
        </p>
      </section>
      <section aria-labelledby="popular" className="mb-12">
        <h2 id="popular" className="mb-4 text-2xl font-bold">{t('directory.popular')}</h2>
        <ul className="grid gap-x-8 sm:grid-cols-2">
          {popular.services.map((s) => (
            <li key={s.id}>
              <ServiceCard headingLevel={3} href={href(locale, `/services/${s.slug}`)} name={s.name} onlineLabel={s.online ? t('directory.onlineBadge') : undefined} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lebenslagen" className="mb-12">
        <h2 id="lebenslagen" className="mb-4 text-2xl font-bold">{t('directory.lebenslagen')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {life.map((l) => (
            <li key={l.slug}><a className={link} href={href(l.locale, `/lebenslagen/${l.slug}`)} lang={l.locale === locale ? undefined : l.locale} hrefLang={l.locale === locale ? undefined : l.locale}>{l.name}</a></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="geschaeftslagen" className="mb-12">
        <h2 id="geschaeftslagen" className="mb-4 text-2xl font-bold">{t('directory.geschaeftslagen')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {business.map((l) => (
            <li key={l.slug}><a className={link} href={href(l.locale, `/lebenslagen/${l.slug}`)} lang={l.locale === locale ? undefined : l.locale} hrefLang={l.locale === locale ? undefined : l.locale}>{l.name}</a></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="themenfelder">
        <h2 id="themenfelder" className="mb-4 text-2xl font-bold">{t('directory.themenfelder')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {(Object.keys(themenfelder) as ThemenfeldKey[]).map((k) => (
            <li key={k}><a className={link} href={href(locale, `/themenfelder/${k}`)}>{themenfelder[k][locale]}</a></li>
          ))}
        </ul>
      </section>
    </Chrome>
  );
}
