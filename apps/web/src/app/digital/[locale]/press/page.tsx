import type { Metadata } from 'next';
import { ContactCard, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { latestArticles } from '@/lib/articles';
import { dates } from '@/lib/format';
import { pressContact } from '@/lib/pages';
import { href, localeParam } from '@/lib/paths';

type Props = { params: Promise<{ locale: string }> };

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'press' });
  return { title: t('title'), description: t('intro') };
}

/** The press area: ITD11 as the one media contact, the latest press releases, the press kit. */
export default async function Press({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, d, contact, { articles }] = await Promise.all([getTranslations({ locale }), dates(locale), pressContact(locale), latestArticles(locale, { kind: 'press-release', pageSize: 6 })]);
  return (
    <Chrome site="digital" locale={locale} current="/press" alternatePath="/press" breadcrumbs={[{ label: t('press.title') }]}>
      <h1 className="text-3xl font-bold">{t('press.title')}</h1>
      <p className="mb-4 mt-2 max-w-3xl text-lg">{t('press.intro')}</p>
      {contact?.contact ? (
        <ContactCard
          heading={t('press.contact')}
          name={contact.unit}
          role={contact.contact.name}
          email={contact.contact.email}
          phone={contact.contact.phone}
          labels={{ email: t('common.email'), phone: t('common.phone') }}
        />
      ) : null}
      {contact?.note ? <p className="mb-8 max-w-3xl">{contact.note}</p> : null}
      <section aria-labelledby="press-releases" className="mb-12">
        <h2 id="press-releases" className="mb-6 text-2xl font-bold">{t('press.releases')}</h2>
        {articles.length ? (
          <TeaserList label={t('press.releases')}>
            {articles.map((a) => (
              <Teaser key={a.id} href={href(locale, `/news/${a.slug}`)} title={a.title} eyebrow={t('articles.kind.press-release')} date={d.day(a.date)}>
                <p>{a.lead}</p>
              </Teaser>
            ))}
          </TeaserList>
        ) : (
          <p>{t('articles.empty')}</p>
        )}
        <p className="mt-6 flex flex-wrap gap-x-6">
          <a className="font-semibold text-primary underline" href={`${href(locale, '/news')}?kind=press-release`}>{t('press.allReleases')}</a>
          <a className="font-semibold text-primary underline" type="application/rss+xml" href={`/feeds/${locale}/press-releases.xml`}>{t('press.feed')}</a>
        </p>
      </section>
      <section aria-labelledby="press-kit">
        <h2 id="press-kit" className="mb-4 text-2xl font-bold">{t('press.kit')}</h2>
        <p className="mb-4 max-w-3xl">{t('press.kitIntro')}</p>
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {PRESS_KIT.map((img) => (
            <li key={img.file} className="bg-white p-4 shadow-sm">
              <figure>
                <img src={`/press/${img.file}`} alt={t(`press.images.${img.key}.alt`)} width={640} height={360} className="h-auto w-full border border-line" loading="lazy" />
                <figcaption className="mt-2 text-sm">
                  {t(`press.images.${img.key}.caption`)} <span className="text-muted">{t('press.credit', { credit: img.credit })}</span>
                </figcaption>
              </figure>
              <a className="mt-2 inline-block font-semibold text-primary underline" href={`/press/${img.file}`} download>{t('press.download', { title: t(`press.images.${img.key}.caption`) })}</a>
            </li>
          ))}
        </ul>
      </section>
    </Chrome>
  );
}

/** The press kit's images: city-owned graphics shipped with the site, each with its credit. */
const PRESS_KIT = [
  { key: 'logo', file: 'digitale-stadt-hamburg-logo.svg', credit: 'FHH / ITD' },
  { key: 'strategy', file: 'digitalstrategie-handlungsfelder.svg', credit: 'FHH / ITD' },
  { key: 'online', file: 'online-dienste-2026.svg', credit: 'FHH / ITD' },
] as const;
