import type { Metadata } from 'next';
import type { Site } from '@dsh/content-model';
import { ButtonLink, RichText } from '@dsh/ui';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { env } from '@/env';
import { detailMetadata } from '@/lib/detail';
import { pageBySlug, pageTranslation } from '@/lib/pages';
import { href, otherLocale, slugParams } from '@/lib/paths';

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Editorial pages from the CMS, for both sites: imprint, privacy, the accessibility statement
 * (with the feedback form and the Schlichtungsstelle), Leichte Sprache, Gebärdensprache, about
 * ITD, working at ITD.
 */
export function cmsPage(site: Site) {
  const load = async (params: Props['params']) => {
    const { locale, slug } = await slugParams(params);
    const page = await pageBySlug(locale, slug, site);
    if (!page) notFound();
    return { locale, page };
  };
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, page } = await load(params);
    const translation = await pageTranslation(page.id, otherLocale(locale));
    const origin = site === 'digital' ? env().DIGITAL_ORIGIN : env().SERVICE_ORIGIN;
    return detailMetadata({ locale, title: page.title, description: page.lead ?? page.title, path: `/pages/${page.slug}`, translation: translation && { locale: translation.locale, path: `/pages/${translation.slug}` }, type: 'website' }, origin);
  }
  async function Page({ params }: Props) {
    const { locale, page } = await load(params);
    setRequestLocale(locale);
    const [t, translation] = await Promise.all([getTranslations({ locale }), pageTranslation(page.id, otherLocale(locale))]);
    // Leichte Sprache and Gebärdensprache pages are German; so is their language attribute.
    const lang = page.kind === 'easy-language' || page.kind === 'sign-language' ? 'de' : undefined;
    return (
      <Chrome site={site} locale={locale} current={`/pages/${page.slug}`} alternatePath={translation ? `/pages/${translation.slug}` : '/'} breadcrumbs={[{ label: page.title }]}>
        <article className="max-w-3xl" lang={lang}>
          <h1 className="text-4xl font-bold leading-tight">{page.title}</h1>
          {page.lead ? <p className="my-6 text-xl leading-relaxed">{page.lead}</p> : null}
          <RichText blocks={page.body} />
          {page.kind === 'accessibility' ? (
            <section aria-labelledby="a11y-feedback" className="mt-10 border-l-8 border-primary bg-surface p-4">
              <h2 id="a11y-feedback" className="mb-2 text-xl font-bold">{t('feedback.title')}</h2>
              <p className="mb-4">{t('feedback.statementText')}</p>
              <ButtonLink href={href(locale, '/feedback')}>{t('feedback.link')}</ButtonLink>
              <h2 className="mb-2 mt-8 text-xl font-bold">{t('feedback.arbitration')}</h2>
              <p>
                {t('feedback.arbitrationText')}{' '}
                <a className="text-primary underline" href="https://www.schlichtungsstelle-bgg.de/">{t('feedback.arbitrationLink')}</a>
              </p>
            </section>
          ) : null}
        </article>
      </Chrome>
    );
  }
  return { generateMetadata, Page };
}
