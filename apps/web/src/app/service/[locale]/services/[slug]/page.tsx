import type { Metadata } from 'next';
import { serviceType, themenfelder } from '@dsh/content-model';
import { ButtonLink, ServiceCard } from '@dsh/ui';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { OfficeDetails } from '@/components/Directory';
import { JsonLd } from '@/components/JsonLd';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { href, otherLocale } from '@/lib/paths';
import { projectsForService, relatedServices, serviceBySlug, serviceTranslation, toServiceDetail } from '@/lib/services';
import { breadcrumbLd, governmentServiceLd } from '@/lib/structured-data';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = (params: Props['params']) => loadDetail(params, { uid: 'api::service.service', entry: serviceType.entry, toDomain: toServiceDetail, bySlug: serviceBySlug });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item: s } = await load(params);
  const translation = await serviceTranslation(s.id, otherLocale(locale));
  const t = await getTranslations({ locale, namespace: 'service' });
  const meta = detailMetadata(
    { locale, title: s.name, description: s.teaser ?? t('metaDescription'), path: `/services/${s.slug}`, translation: translation && { locale: translation.locale, path: `/services/${translation.slug}` }, type: 'website' },
    env().SERVICE_ORIGIN,
  );
  return { ...meta, openGraph: { ...meta.openGraph, siteName: t('name') } };
}

/** Prose from the CMS: sanitised HTML (see lib/services), in the page's type scale. */
function Html({ html }: { html: string }) {
  return <div className="prose-service max-w-3xl space-y-3 [&_a]:text-primary [&_a]:underline [&_li]:ml-6 [&_ol]:list-decimal [&_ul]:list-disc" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default async function ServicePage({ params }: Props) {
  const { locale, item: s, preview } = await load(params);
  setRequestLocale(locale);
  const [t, format, translation, related, projects] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    serviceTranslation(s.id, otherLocale(locale)),
    relatedServices(locale, s),
    projectsForService(locale, s.id),
  ]);
  const { SERVICE_ORIGIN, DIGITAL_ORIGIN } = env();
  const url = new URL(href(locale, `/services/${s.slug}`), SERVICE_ORIGIN).toString();
  const sections: { id: string; title: string; body: React.ReactNode }[] = [
    s.description ? { id: 'what', title: t('directory.section.what'), body: <Html html={s.description} /> } : null,
    s.prerequisites ? { id: 'prerequisites', title: t('directory.section.prerequisites'), body: <Html html={s.prerequisites} /> } : null,
    s.documents ? { id: 'documents', title: t('directory.section.documents'), body: <Html html={s.documents} /> } : null,
    s.fees ? { id: 'fees', title: t('directory.section.fees'), body: <Html html={s.fees} /> } : null,
    s.deadlines ? { id: 'deadlines', title: t('directory.section.deadlines'), body: <p className="max-w-3xl">{s.deadlines}</p> } : null,
    s.processingTime ? { id: 'processing', title: t('directory.section.processingTime'), body: <p className="max-w-3xl">{s.processingTime}</p> } : null,
    s.forms.length ? { id: 'forms', title: t('directory.section.forms'), body: <ul className="list-disc pl-6">{s.forms.map((f) => <li key={f.url}><a className="text-primary underline" href={f.url}>{f.label}</a></li>)}</ul> } : null,
    s.legalBasis.length ? { id: 'legal', title: t('directory.section.legalBasis'), body: <ul className="list-disc pl-6">{s.legalBasis.map((l) => <li key={l}>{l}</li>)}</ul> } : null,
  ].filter((x): x is NonNullable<typeof x> => x !== null);
  return (
    <Chrome site="service" locale={locale} current="/services" alternatePath={translation ? `/services/${translation.slug}` : '/services'} breadcrumbs={[{ href: href(locale, '/services'), label: t('directory.az') }, { label: s.name }]}>
      {preview ? <PreviewBanner locale={locale} path={`/services/${s.slug}`} /> : null}
      <JsonLd data={governmentServiceLd(s, url, locale)} />
      <JsonLd data={breadcrumbLd([{ name: t('common.home'), url: new URL(href(locale, '/'), SERVICE_ORIGIN).toString() }, { name: t('directory.az'), url: new URL(href(locale, '/services'), SERVICE_ORIGIN).toString() }, { name: s.name, url }])} />
      <article>
        <h1 className="max-w-3xl text-4xl font-bold leading-tight">{s.name}</h1>
        {s.teaser ? <p className="my-4 max-w-3xl text-xl">{s.teaser}</p> : null}
        <p className="text-muted">
          {t(`directory.for.${s.audience}`)}
          {s.themenfeld ? <> · <a className="text-primary underline" href={href(locale, `/themenfelder/${s.themenfeld}`)}>{themenfelder[s.themenfeld][locale]}</a></> : null}
        </p>
        {s.online ? (
          <section aria-labelledby="online" className="my-8 border-4 border-success bg-white p-5">
            <h2 id="online" className="text-2xl font-bold">{t('directory.online.title')}</h2>
            <p className="mt-2">{t(`directory.online.maturity.${s.online.maturity}`)}</p>
            <p className="mt-1">{s.online.login === 'servicekonto' ? t('directory.online.servicekonto') : t('directory.online.noLogin')}</p>
            <p className="mt-4">
              <ButtonLink href={s.online.url} external>{t('directory.online.button')}</ButtonLink>
            </p>
          </section>
        ) : null}
        {sections.length > 2 ? (
          <nav aria-label={t('directory.contents')} className="my-6 print:hidden">
            <h2 className="mb-2 font-semibold">{t('directory.contents')}</h2>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {sections.map((x) => <li key={x.id}><a className="text-primary underline" href={`#${x.id}`}>{x.title}</a></li>)}
              {s.offices.length ? <li><a className="text-primary underline" href="#offices">{t('directory.section.offices')}</a></li> : null}
            </ul>
          </nav>
        ) : null}
        {sections.map((x) => (
          <section key={x.id} aria-labelledby={x.id} className="mt-8 break-inside-avoid-page">
            <h2 id={x.id} className="mb-3 text-2xl font-bold">{x.title}</h2>
            {x.body}
          </section>
        ))}
        {s.offices.length || s.appointmentUrl || s.organisations.length ? (
          <section aria-labelledby="offices" className="mt-10">
            <h2 id="offices" className="mb-4 text-2xl font-bold">{t('directory.section.offices')}</h2>
            {s.organisations.length ? <p className="mb-4">{t('directory.responsible')}: {s.organisations.map((o, i) => <span key={o.name}>{i ? ', ' : ''}{o.website ? <a className="text-primary underline" href={o.website}>{o.name}</a> : o.name}</span>)}</p> : null}
            {s.appointmentUrl ? <p className="mb-6 print:hidden"><ButtonLink href={s.appointmentUrl} variant="secondary" external>{t('directory.appointment')}</ButtonLink></p> : null}
            {s.offices.map((o) => <OfficeDetails key={o.slug} locale={locale} office={o} />)}
          </section>
        ) : null}
        {projects.length ? (
          <section aria-labelledby="digital" className="mt-10 bg-surface p-4">
            <h2 id="digital" className="mb-2 text-xl font-bold">{t('directory.digitalProject')}</h2>
            <ul>
              {projects.map((p) => <li key={p.slug}><a className="text-primary underline" href={new URL(href(locale, `/projects/${p.slug}`), DIGITAL_ORIGIN).toString()}>{p.title}</a></li>)}
            </ul>
          </section>
        ) : null}
        {related.length ? (
          <section aria-labelledby="related" className="mt-10 print:hidden">
            <h2 id="related" className="mb-2 text-2xl font-bold">{t('directory.related')}</h2>
            <ul className="grid gap-x-8 sm:grid-cols-2">
              {related.map((r) => <li key={r.id}><ServiceCard headingLevel={3} href={href(locale, `/services/${r.slug}`)} name={r.name} onlineLabel={r.online ? t('directory.onlineBadge') : undefined} /></li>)}
            </ul>
          </section>
        ) : null}
        <dl className="mt-10 grid grid-cols-[max-content_1fr] gap-x-4 border-t border-line pt-4 text-sm text-muted">
          {s.lastReviewed ? <><dt>{t('directory.lastReviewed')}</dt><dd><time dateTime={s.lastReviewed}>{format.dateTime(new Date(s.lastReviewed), { dateStyle: 'long' })}</time></dd></> : null}
          <dt>{t('directory.leikaKey')}</dt>
          <dd>{s.leikaKey}</dd>
          {s.ozgId ? <><dt>{t('directory.ozgId')}</dt><dd>{s.ozgId}</dd></> : null}
        </dl>
      </article>
    </Chrome>
  );
}
