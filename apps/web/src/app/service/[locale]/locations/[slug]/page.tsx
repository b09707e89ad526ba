import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { GermanOnlyNote, OfficeDetails, ServiceList } from '@/components/Directory';
import { env } from '@/env';
import { detailMetadata } from '@/lib/detail';
import { one, withQuery } from '@/lib/format';
import { href, otherLocale, slugParams } from '@/lib/paths';
import { germanTotal, listServices, officeBySlug, officeTranslation, ServiceListQuery } from '@/lib/services';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props['params']) {
  const { locale, slug } = await slugParams(params);
  const office = await officeBySlug(locale, slug);
  if (!office) notFound();
  return { locale, office, translation: await officeTranslation(office.id, otherLocale(locale)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, office, translation } = await load(params);
  return detailMetadata({ locale, title: office.name, description: `${office.street}, ${office.postalCode} ${office.city}`, path: `/locations/${office.slug}`, translation: translation ? { locale: otherLocale(locale), path: `/locations/${translation}` } : null, type: 'website' }, env().SERVICE_ORIGIN);
}

/** An office: how to get there, when it is open, how accessible it is, and what it offers. */
export default async function LocationPage({ params, searchParams }: Props) {
  const { locale, office, translation } = await load(params);
  setRequestLocale(locale);
  const page = ServiceListQuery.shape.page.parse(one((await searchParams).page) ?? 1);
  // The German list is that of the German office page, which has a slug of its own.
  const [t, list, german] = await Promise.all([getTranslations({ locale }), listServices(locale, { location: office.slug, page }), translation ? germanTotal(locale, { location: translation }) : null]);
  return (
    <Chrome site="service" locale={locale} current="/locations" alternatePath={translation ? `/locations/${translation}` : '/locations'} breadcrumbs={[{ href: href(locale, '/locations'), label: t('directory.locations') }, { label: office.name }]}>
      <h1 className="mb-6 text-3xl font-bold">{office.name}</h1>
      <OfficeDetails locale={locale} office={office} headingLevel={2} link={false} />
      <section aria-labelledby="offered" className="mt-10">
        <h2 id="offered" className="mb-2 text-2xl font-bold">{t('directory.offeredHere')}</h2>
        {translation ? <GermanOnlyNote locale={locale} englishTotal={list.total} germanTotal={german} germanHref={href('de', `/locations/${translation}`)} /> : null}
        <p className="mb-2" role="status">{t('directory.count', { total: list.total })}</p>
        <ServiceList locale={locale} services={list.services} page={page} pageCount={list.pageCount} headingLevel={3} hrefFor={(n) => withQuery(href(locale, `/locations/${office.slug}`), { page: n })} />
      </section>
    </Chrome>
  );
}
