import type { Metadata } from 'next';
import { campaignType } from '@dsh/content-model';
import { ButtonLink, Hero, RichText, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { campaignBySlug, campaignTranslation, toCampaignDraft } from '@/lib/campaigns';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { href, otherLocale } from '@/lib/paths';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = (params: Props['params']) => loadDetail(params, { uid: 'api::campaign.campaign', entry: campaignType.entry, toDomain: toCampaignDraft, bySlug: campaignBySlug });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item: c } = await load(params);
  const translation = await campaignTranslation(c.id, otherLocale(locale));
  return detailMetadata({ locale, title: c.name, description: c.slogan, path: `/campaigns/${c.slug}`, translation: translation && { locale: translation.locale, path: `/campaigns/${translation.slug}` }, type: 'website' }, env().DIGITAL_ORIGIN);
}

/** A campaign's landing page: its message, then the online services and projects it promotes. */
export default async function CampaignPage({ params }: Props) {
  const { locale, item: c, preview } = await load(params);
  setRequestLocale(locale);
  const [t, translation] = await Promise.all([getTranslations({ locale }), campaignTranslation(c.id, otherLocale(locale))]);
  const service = (slug: string) => new URL(href(locale, `/services/${slug}`), env().SERVICE_ORIGIN).toString();
  return (
    <Chrome site="digital" locale={locale} current="/campaigns" alternatePath={translation ? `/campaigns/${translation.slug}` : '/'} breadcrumbs={[{ label: c.name }]}>
      {preview ? <PreviewBanner locale={locale} path={`/campaigns/${c.slug}`} /> : null}
      <Hero eyebrow={t('campaigns.label')} title={c.name} text={c.slogan} />
      <div className="max-w-3xl">
        <RichText blocks={c.intro} />
      </div>
      {c.services.length ? (
        <section aria-labelledby="campaign-services" className="mt-12">
          <h2 id="campaign-services" className="mb-6 text-2xl font-bold">{t('campaigns.services')}</h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {c.services.map((s) => (
              <li key={s.slug} className="flex flex-col gap-3 border-t-4 border-primary bg-white p-4 shadow-sm">
                <h3 className="text-lg font-bold">
                  <a className="text-primary underline" href={service(s.slug)}>{s.name}</a>
                </h3>
                {s.teaser ? <p>{s.teaser}</p> : null}
                {s.online ? (
                  <p>
                    <ButtonLink href={s.online.url} external>{t('campaigns.doOnline', { name: s.name })}</ButtonLink>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.projects.length ? (
        <section aria-labelledby="campaign-projects" className="mt-12">
          <h2 id="campaign-projects" className="mb-6 text-2xl font-bold">{t('campaigns.projects')}</h2>
          <TeaserList label={t('campaigns.projects')}>
            {c.projects.map((p) => (
              <Teaser key={p.slug} href={href(locale, `/projects/${p.slug}`)} title={p.title} eyebrow={t('projects.label')}>
                <p>{p.summary}</p>
              </Teaser>
            ))}
          </TeaserList>
        </section>
      ) : null}
    </Chrome>
  );
}
