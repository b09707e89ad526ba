import type { Metadata } from 'next';
import { projectType } from '@dsh/content-model';
import { ButtonLink, ContactCard, Facts, RichText, Timeline, type TimelineItem } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { JsonLd } from '@/components/JsonLd';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { latestArticles } from '@/lib/articles';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { dates } from '@/lib/format';
import { href, otherLocale } from '@/lib/paths';
import { projectBySlug, projectTranslation, toProjectDetail } from '@/lib/projects';
import { breadcrumbLd, projectLd } from '@/lib/structured-data';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = async (params: Props['params']) => {
  const { locale, item: project, preview } = await loadDetail(params, { uid: 'api::project.project', entry: projectType.entry, toDomain: toProjectDetail, bySlug: projectBySlug });
  return { locale, project, preview };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await load(params);
  const translation = await projectTranslation(project.id, otherLocale(locale));
  return detailMetadata(
    { locale, title: project.title, description: project.summary, path: `/projects/${project.slug}`, translation: translation && { locale: translation.locale, path: `/projects/${translation.slug}` }, type: 'website' },
    env().DIGITAL_ORIGIN,
  );
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project, preview } = await load(params);
  setRequestLocale(locale);
  const [t, d, translation, news] = await Promise.all([
    getTranslations({ locale }),
    dates(locale),
    projectTranslation(project.id, otherLocale(locale)),
    latestArticles(locale, { project: project.id, pageSize: 20 }),
  ]);
  const { DIGITAL_ORIGIN, SERVICE_ORIGIN } = env();
  const url = new URL(href(locale, `/projects/${project.slug}`), DIGITAL_ORIGIN).toString();
  // The timeline: the start, every news item about the project, and its end, in date order.
  const timeline: TimelineItem[] = [
    { date: d.month(project.start), title: t('projects.timeline.start') },
    ...news.articles.map((a) => ({ date: d.day(a.date), title: a.title, href: href(locale, `/news/${a.slug}`) })),
    ...(project.end ? [{ date: d.month(project.end), title: t(project.phase === 'completed' ? 'projects.timeline.completed' : 'projects.timeline.plannedEnd') }] : []),
  ].sort((a, b) => a.date.iso.localeCompare(b.date.iso));
  const crumbs = [{ href: href(locale, '/projects'), label: t('projects.listTitle') }, { label: project.title }];
  return (
    <Chrome site="digital" locale={locale} current="/projects" alternatePath={translation ? `/projects/${translation.slug}` : '/projects'} breadcrumbs={crumbs}>
      {preview ? <PreviewBanner locale={locale} path={`/projects/${project.slug}`} /> : null}
      <JsonLd data={projectLd(project, url, DIGITAL_ORIGIN, locale)} />
      <JsonLd data={breadcrumbLd([{ name: t('common.home'), url: new URL(href(locale, '/'), DIGITAL_ORIGIN).toString() }, { name: t('projects.listTitle'), url: new URL(href(locale, '/projects'), DIGITAL_ORIGIN).toString() }, { name: project.title, url }])} />
      <article className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('projects.label')}</p>
        <h1 className="mt-2 text-4xl font-bold leading-tight">{project.title}</h1>
        <p className="my-6 text-xl font-semibold leading-relaxed">{project.summary}</p>
        <Facts
          items={[
            { term: t('projects.status'), value: t(`projects.phase.${project.phase}`) },
            { term: t('projects.period'), value: <><time dateTime={project.start}>{d.month(project.start).label}</time>{project.end ? <> – <time dateTime={project.end}>{d.month(project.end).label}</time></> : ` – ${t('projects.ongoing')}`}</> },
            ...(project.lead ? [{ term: t('projects.lead'), value: project.lead.website ? <a className="text-primary underline" href={project.lead.website}>{project.lead.name}</a> : project.lead.name }] : []),
            ...(project.topics.length ? [{ term: t('projects.topics'), value: project.topics.map((x) => <a key={x.slug} className="mr-3 text-primary underline" href={`${href(locale, '/projects')}?topic=${x.slug}`}>{x.name}</a>) }] : []),
            ...(project.audiences.length ? [{ term: t('projects.audiences'), value: project.audiences.map((a) => a.name).join(', ') }] : []),
          ]}
        />
        <RichText blocks={project.story} />

        {project.outcomes.length ? (
          <section aria-labelledby="outcomes" className="mt-10">
            <h2 id="outcomes" className="mb-4 text-2xl font-bold">{t('projects.outcomes')}</h2>
            <ul className="grid gap-4 sm:grid-cols-3">
              {project.outcomes.map((o) => (
                <li key={`${o.value}-${o.label}`} className="border-t-4 border-primary bg-surface p-4">
                  <span className="block text-3xl font-bold text-primary">{o.value}</span>
                  <span>{o.label}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {project.services.length ? (
          <section aria-labelledby="services" className="mt-10">
            <h2 id="services" className="mb-4 text-2xl font-bold">{t('projects.services')}</h2>
            <ul className="list-disc pl-6">
              {project.services.map((s) => (
                <li key={s.slug}>
                  <a className="text-primary underline" href={new URL(href(locale, `/services/${s.slug}`), SERVICE_ORIGIN).toString()}>{s.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="timeline" className="mt-10">
          <h2 id="timeline" className="text-2xl font-bold">{t('projects.timeline.title')}</h2>
          <Timeline label={t('projects.timeline.title')} items={timeline} />
        </section>

        {project.awards.length ? (
          <section aria-labelledby="awards" className="mt-10">
            <h2 id="awards" className="mb-4 text-2xl font-bold">{t('projects.awards')}</h2>
            <ul className="list-disc pl-6">
              {project.awards.map((a) => (
                <li key={`${a.name}-${a.year}`}>
                  {a.name} {a.year}
                  {a.rank ? `: ${a.rank}` : ''}
                  {a.category ? ` (${a.category})` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {project.partners.length ? (
          <section aria-labelledby="partners" className="mt-10">
            <h2 id="partners" className="mb-4 text-2xl font-bold">{t('projects.partners')}</h2>
            <ul className="list-disc pl-6">
              {project.partners.map((p) => (
                <li key={p.name}>{p.url ? <a className="text-primary underline" href={p.url}>{p.name}</a> : p.name}</li>
              ))}
            </ul>
          </section>
        ) : null}

        {project.contact ? (
          <ContactCard heading={t('projects.contact')} name={project.contact.name} role={project.contact.role} email={project.contact.email} phone={project.contact.phone} labels={{ email: t('common.email'), phone: t('common.phone') }} />
        ) : null}
        <p className="mt-6 print:hidden">
          <ButtonLink href={`${href(locale, '/dialogue')}?project=${project.slug}`} variant="secondary">{t('dialogue.askAboutProject')}</ButtonLink>
        </p>
      </article>
    </Chrome>
  );
}
