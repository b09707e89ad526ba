import type { Metadata } from 'next';
import { FilterForm, LetterNav } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { GermanOnlyNote, ServiceList } from '@/components/Directory';
import { one, withQuery } from '@/lib/format';
import { href, localeParam } from '@/lib/paths';
import { germanTotal, LETTERS, listServices, ServiceListQuery } from '@/lib/services';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'directory' });
  return { title: t('az'), description: t('azIntro') };
}

/** Services A to Z: server-rendered, a letter at a time, 50 per page; by audience if asked. */
export default async function ServicesAZ({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const sp = await searchParams;
  const q = ServiceListQuery.parse({ letter: one(sp.letter), audience: one(sp.audience), page: one(sp.page) ?? 1 });
  const [t, list, german] = await Promise.all([
    getTranslations({ locale }),
    listServices(locale, q),
    germanTotal(locale, q),
  ]);
  const base = href(locale, '/services');
  return (
    <Chrome site="service" locale={locale} current="/services" alternatePath={withQuery('/services', { letter: q.letter, audience: q.audience })} breadcrumbs={[{ label: t('directory.az') }]}>
      <h1 className="text-3xl font-bold">{q.letter ? t('directory.azLetter', { letter: q.letter }) : t('directory.az')}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-lg">{t('directory.azIntro')}</p>
      <LetterNav label={t('directory.letterNav')} letters={LETTERS} current={q.letter} hrefFor={(l) => withQuery(base, { letter: l, audience: q.audience })} all={{ href: withQuery(base, { audience: q.audience }), label: t('directory.allLetters') }} />
      <FilterForm
        action={base}
        legend={t('directory.filterLegend')}
        submitLabel={t('common.filter.apply')}
        reset={{ href: withQuery(base, { letter: q.letter }), label: t('common.filter.reset') }}
        hidden={q.letter ? { letter: q.letter } : undefined}
        fields={[{ name: 'audience', label: t('directory.audience'), anyLabel: t('directory.anyAudience'), value: q.audience, options: [{ value: 'citizens', label: t('directory.citizens') }, { value: 'businesses', label: t('directory.businesses') }] }]}
      />
      <GermanOnlyNote locale={locale} englishTotal={list.total} germanTotal={german} germanHref={withQuery(href('de', '/services'), { letter: q.letter, audience: q.audience })} />
      <p className="mb-2 font-semibold" role="status">{t('directory.count', { total: list.total })}</p>
      {list.services.length ? (
        <ServiceList locale={locale} services={list.services} page={q.page} pageCount={list.pageCount} hrefFor={(n) => withQuery(base, { letter: q.letter, audience: q.audience, page: n })} />
      ) : (
        <p>{t('directory.empty')}</p>
      )}
    </Chrome>
  );
}
