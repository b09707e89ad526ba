import type { Metadata } from 'next';
import { projectType } from '@dsh/content-model';
import { RichText } from '@dsh/ui';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { JsonLd } from '@/components/JsonLd';
import { PreviewBanner } from '@/components/PreviewBanner';
import { env } from '@/env';
import { projectLd } from '@/lib/structured-data';
import { projectBySlug, projectTranslation, toProject } from '@/lib/projects';
import { detailMetadata, loadDetail } from '@/lib/detail';
import { href, otherLocale } from '@/lib/paths';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

const load = async (params: Props['params']) => {
  const { locale, item: project, preview } = await loadDetail(params, { uid: 'api::project.project', entry: projectType.entry, toDomain: toProject, bySlug: projectBySlug });
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
  const [t, format, translation] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), projectTranslation(project.id, otherLocale(locale))]);
  const date = (d: string) => format.dateTime(new Date(d), { month: 'long', year: 'numeric' });
  return (
    <Chrome site="digital" locale={locale} current="/projects" alternatePath={translation ? `/projects/${translation.slug}` : '/'}>
      {preview ? <PreviewBanner locale={locale} path={`/projects/${project.slug}`} /> : null}
      <JsonLd data={projectLd(project, new URL(href(locale, `/projects/${project.slug}`), env().DIGITAL_ORIGIN).toString(), env().DIGITAL_ORIGIN, locale)} />
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
