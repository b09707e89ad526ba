import type { Metadata } from 'next';
import { themenfeldKeys, themenfelder } from '@dsh/content-model';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { GermanOnlyNote, ServiceList } from '@/components/Directory';
import { env } from '@/env';
import { detailMetadata } from '@/lib/detail';
import { one, withQuery } from '@/lib/format';
import { href, localeParam, otherLocale } from '@/lib/paths';
import { germanTotal, listServices, ServiceListQuery } from '@/lib/services';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ locale: string; key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props['params']) {
  const locale = await localeParam(params);
  const { key } = await params;
  const parsed = z.enum(themenfeldKeys).safeParse(key);
  if (!parsed.success) notFound();
  return { locale, key: parsed.data };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await load(params);
  const name = themenfelder[key][locale];
  return detailMetadata({ locale, title: name, description: name, path: `/themenfelder/${key}`, translation: { locale: otherLocale(locale), path: `/themenfelder/${key}` }, type: 'website' }, env().SERVICE_ORIGIN);
}

/** One OZG Themenfeld: all its services, by name. */
export default async function ThemenfeldPage({ params, searchParams }: Props) {
  const { locale, key } = await load(params);
  setRequestLocale(locale);
  const page = ServiceListQuery.shape.page.parse(one((await searchParams).page) ?? 1);
  const [t, list, german] = await Promise.all([getTranslations({ locale }), listServices(locale, { themenfeld: key, page }), germanTotal(locale, { themenfeld: key })]);
  const base = href(locale, `/themenfelder/${key}`);
  return (
    <Chrome site="service" locale={locale} current="/themenfelder" alternatePath={`/themenfelder/${key}`} breadcrumbs={[{ href: href(locale, '/lebenslagen'), label: t('directory.lebenslagenTitle') }, { label: themenfelder[key][locale] }]}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('directory.themenfeld')}</p>
      <h1 className="mt-2 text-3xl font-bold">{themenfelder[key][locale]}</h1>
      <div className="mt-6">
        <GermanOnlyNote locale={locale} englishTotal={list.total} germanTotal={german} germanHref={href('de', `/themenfelder/${key}`)} />
      </div>
      <p className="mb-2 font-semibold" role="status">{t('directory.count', { total: list.total })}</p>
      <ServiceList locale={locale} services={list.services} page={page} pageCount={list.pageCount} hrefFor={(n) => withQuery(base, { page: n })} />
    </Chrome>
  );
}
