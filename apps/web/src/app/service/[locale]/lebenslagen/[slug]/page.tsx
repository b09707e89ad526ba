import type { Metadata } from 'next';
import { themenfelder } from '@dsh/content-model';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { GermanOnlyNote, ServiceList } from '@/components/Directory';
import { env } from '@/env';
import { detailMetadata } from '@/lib/detail';
import { one, withQuery } from '@/lib/format';
import { href, otherLocale, slugParams } from '@/lib/paths';
import { germanTotal, lebenslageBySlug, lebenslageTranslation, listServices, ServiceListQuery } from '@/lib/services';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props['params']) {
  const { locale, slug } = await slugParams(params);
  const lage = await lebenslageBySlug(locale, slug);
  if (!lage) notFound();
  return { locale, lage, translation: await lebenslageTranslation(lage.id, otherLocale(locale)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lage, translation } = await load(params);
  return detailMetadata({ locale, title: lage.name, description: lage.description ?? lage.name, path: `/lebenslagen/${lage.slug}`, translation: translation ? { locale: otherLocale(locale), path: `/lebenslagen/${translation}` } : null, type: 'website' }, env().SERVICE_ORIGIN);
}

export default async function LebenslagePage({ params, searchParams }: Props) {
  const { locale, lage, translation } = await load(params);
  setRequestLocale(locale);
  const page = ServiceListQuery.shape.page.parse(one((await searchParams).page) ?? 1);
  // The German list is that of the German Lebenslage, which has a slug of its own.
  const [t, list, german] = await Promise.all([getTranslations({ locale }), listServices(locale, { lebenslage: lage.slug, page }), translation ? germanTotal(locale, { lebenslage: translation }) : null]);
  const base = href(locale, `/lebenslagen/${lage.slug}`);
  return (
    <Chrome site="service" locale={locale} current="/lebenslagen" alternatePath={translation ? `/lebenslagen/${translation}` : '/lebenslagen'} breadcrumbs={[{ href: href(locale, '/lebenslagen'), label: t('directory.lebenslagenTitle') }, { label: lage.name }]}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{lage.audience === 'businesses' ? t('directory.geschaeftslage') : t('directory.lebenslage')} · {themenfelder[lage.themenfeld][locale]}</p>
      <h1 className="mt-2 text-3xl font-bold">{lage.name}</h1>
      {lage.description ? <p className="mb-6 mt-2 max-w-3xl text-lg">{lage.description}</p> : null}
      <div className="mt-6">
        {translation ? <GermanOnlyNote locale={locale} englishTotal={list.total} germanTotal={german} germanHref={href('de', `/lebenslagen/${translation}`)} /> : null}
      </div>
      <p className="mb-2 font-semibold" role="status">{t('directory.count', { total: list.total })}</p>
      <ServiceList locale={locale} services={list.services} page={page} pageCount={list.pageCount} hrefFor={(n) => withQuery(base, { page: n })} />
    </Chrome>
  );
}
