import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { href, localeParam } from '@/lib/paths';
import { allLebenslagen } from '@/lib/services';

type Props = { params: Promise<{ locale: string }> };
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'directory' });
  return { title: t('lebenslagenTitle'), description: t('lebenslagenIntro') };
}

export default async function Lebenslagen({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, lagen] = await Promise.all([getTranslations({ locale }), allLebenslagen(locale)]);
  const groups = [
    { id: 'citizens', title: t('directory.lebenslagen'), items: lagen.filter((l) => l.audience === 'citizens') },
    { id: 'businesses', title: t('directory.geschaeftslagen'), items: lagen.filter((l) => l.audience === 'businesses') },
  ];
  return (
    <Chrome site="service" locale={locale} current="/lebenslagen" alternatePath="/lebenslagen" breadcrumbs={[{ label: t('directory.lebenslagenTitle') }]}>
      <h1 className="text-3xl font-bold">{t('directory.lebenslagenTitle')}</h1>
      <p className="mb-8 mt-2 max-w-3xl text-lg">{t('directory.lebenslagenIntro')}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="mb-10">
          <h2 id={g.id} className="mb-4 text-2xl font-bold">{g.title}</h2>
          <ul className="grid gap-x-8 gap-y-3 sm:grid-cols-2">
            {g.items.map((l) => (
              <li key={l.slug}>
                <a className="font-semibold text-primary underline" href={href(l.locale, `/lebenslagen/${l.slug}`)} lang={l.locale === locale ? undefined : l.locale} hrefLang={l.locale === locale ? undefined : l.locale}>{l.name}</a>
                {l.description ? <p className="text-muted" lang={l.locale === locale ? undefined : l.locale}>{l.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Chrome>
  );
}
