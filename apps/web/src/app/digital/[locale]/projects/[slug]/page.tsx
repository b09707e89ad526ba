import type { Metadata } from 'next';
import { SLUG_PATTERN, projectType } from '@dsh/content-model';
import { RichText } from '@dsh/ui';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { PreviewBanner } from '@/components/PreviewBanner';
import { previewEntry } from '@/lib/preview';
import { projectBySlug, projectTranslation, toProject } from '@/lib/projects';
import { localeParam, otherLocale } from '@/lib/paths';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

async function load(params: Props['params']) {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!SLUG_PATTERN.test(slug)) notFound();
  const draft = await previewEntry('api::project.project', projectType.entry);
  if (draft && draft.claim.locale === locale && draft.entry.slug === slug) return { locale, project: toProject(draft.entry, locale), preview: true };
  const project = await projectBySlug(locale, slug);
  if (!project) notFound();
  return { locale, project, preview: false };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await load(params);
  return { title: project.title, description: project.summary };
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project, preview } = await load(params);
  setRequestLocale(locale);
  const [t, format, translation] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), projectTranslation(project.id, otherLocale(locale))]);
  const date = (d: string) => format.dateTime(new Date(d), { month: 'long', year: 'numeric' });
  return (
    <Chrome site="digital" locale={locale} current="/projects" alternatePath={translation ? `/projects/${translation.slug}` : '/'}>
      {preview ? <PreviewBanner locale={locale} path={`/projects/${project.slug}`} /> : null}
      <article className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('projects.label')}</p>
        <h1 className="mt-2 text-4xl font-bold leading-tight">{project.title}</h1>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-muted">
          <div className="flex gap-1">
            <dt>{t('projects.status')}:</dt>
            <dd className="font-semibold">{t(`projects.phase.${project.phase}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t('projects.since')}</dt>
            <dd>
              <time dateTime={project.start}>{date(project.start)}</time>
              {project.end ? (
                <>
                  {' '}
                  {t('projects.until')} <time dateTime={project.end}>{date(project.end)}</time>
                </>
              ) : null}
            </dd>
          </div>
        </dl>
        <p className="my-6 text-xl font-semibold leading-relaxed">{project.summary}</p>
        <RichText blocks={project.story} />
      </article>
    </Chrome>
  );
}
