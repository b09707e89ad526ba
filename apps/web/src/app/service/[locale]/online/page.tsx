import type { Metadata } from 'next';
import { themenfeldKeys, themenfelder } from '@dsh/content-model';
import { FilterForm } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { GermanOnlyNote, ServiceList } from '@/components/Directory';
import { one, withQuery } from '@/lib/format';
import { href, localeParam } from '@/lib/paths';
import { germanTotal, listServices, ServiceListQuery } from '@/lib/services';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'directory' });
  return { title: t('onlineTitle'), description: t('onlineIntro') };
}

/** Every service that can be done online, by Themenfeld, audience, OZG maturity and login. */
export default async function OnlineServices({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const sp = await searchParams;
  const q = ServiceListQuery.parse({ themenfeld: one(sp.themenfeld), audience: one(sp.audience), maturity: one(sp.maturity), login: one(sp.login), page: one(sp.page) ?? 1 });
  const [t, list, german] = await Promise.all([getTranslations({ locale }), listServices(locale, { ...q, onlineOnly: true }), germanTotal(locale, { ...q, onlineOnly: true })]);
  const base = href(locale, '/online');
  const state = { themenfeld: q.themenfeld, audience: q.audience, maturity: q.maturity, login: q.login };
  return (
    <Chrome site="service" locale={locale} current="/online" alternatePath={withQuery('/online', state)} breadcrumbs={[{ label: t('directory.onlineTitle') }]}>
      <h1 className="text-3xl font-bold">{t('directory.onlineTitle')}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-lg">{t('directory.onlineIntro')}</p>
      <FilterForm
        action={base}
        legend={t('directory.filterLegend')}
        submitLabel={t('common.filter.apply')}
        reset={{ href: base, label: t('common.filter.reset') }}
        fields={[
          { name: 'themenfeld', label: t('directory.themenfeld'), anyLabel: t('directory.anyThemenfeld'), value: q.themenfeld, options: themenfeldKeys.map((k) => ({ value: k, label: themenfelder[k][locale] })) },
          { name: 'audience', label: t('directory.audience'), anyLabel: t('directory.anyAudience'), value: q.audience, options: [{ value: 'citizens', label: t('directory.citizens') }, { value: 'businesses', label: t('directory.businesses') }] },
          { name: 'maturity', label: t('directory.maturity'), anyLabel: t('directory.anyMaturity'), value: q.maturity ? String(q.maturity) : undefined, options: [2, 3, 4].map((m) => ({ value: String(m), label: t('directory.maturityAtLeast', { level: m }) })) },
          { name: 'login', label: t('directory.login'), anyLabel: t('directory.anyLogin'), value: q.login, options: [{ value: 'none', label: t('directory.loginNone') }, { value: 'servicekonto', label: t('directory.loginServicekonto') }] },
        ]}
      />
      <GermanOnlyNote locale={locale} englishTotal={list.total} germanTotal={german} germanHref={withQuery(href('de', '/online'), state)} />
      <p className="mb-2 font-semibold" role="status">{t('directory.count', { total: list.total })}</p>
      {list.services.length ? (
        <ServiceList locale={locale} services={list.services} page={q.page} pageCount={list.pageCount} hrefFor={(n) => withQuery(base, { ...state, page: n })} />
      ) : (
        <p>{t('directory.empty')}</p>
      )}
    </Chrome>
  );
}
