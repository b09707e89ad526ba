import type { Metadata } from 'next';
import { projectStatuses } from '@dsh/content-model';
import { FilterForm, Pagination, Teaser, TeaserList } from '@dsh/ui';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Chrome } from '@/components/Chrome';
import { dates, one, withQuery } from '@/lib/format';
import { href, localeParam } from '@/lib/paths';
import { listProjects, ProjectFilters } from '@/lib/projects';
import { audiences, topics } from '@/lib/taxonomies';

// Filters live in the query string, so the list renders per request on cached CMS answers.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'projects' });
  return { title: t('listTitle'), description: t('listIntro') };
}

export default async function ProjectList({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const sp = await searchParams;
  const f = ProjectFilters.parse({ topic: one(sp.topic), status: one(sp.status), audience: one(sp.audience), page: one(sp.page) ?? 1 });
  const [t, d, topicList, audienceList, { projects, pageCount, total }] = await Promise.all([
    getTranslations({ locale }),
    dates(locale),
    topics(locale),
    audiences(locale),
    listProjects(locale, f),
  ]);
  const base = href(locale, '/projects');
  const filtered = !!(f.topic || f.status || f.audience);
  return (
    <Chrome site="digital" locale={locale} current="/projects" alternatePath="/projects" breadcrumbs={[{ label: t('projects.listTitle') }]}>
      <h1 className="text-3xl font-bold">{t('projects.listTitle')}</h1>
      <p className="mb-8 mt-2 max-w-3xl text-lg">{t('projects.listIntro')}</p>
      <FilterForm
        action={base}
        legend={t('projects.filter.legend')}
        submitLabel={t('common.filter.apply')}
        reset={{ href: base, label: t('common.filter.reset') }}
        fields={[
          { name: 'topic', label: t('projects.filter.topic'), anyLabel: t('projects.filter.anyTopic'), value: f.topic, options: topicList.map((x) => ({ value: x.slug, label: x.name })) },
          { name: 'status', label: t('projects.filter.status'), anyLabel: t('projects.filter.anyStatus'), value: f.status, options: projectStatuses.map((s) => ({ value: s, label: t(`projects.phase.${s}`) })) },
          { name: 'audience', label: t('projects.filter.audience'), anyLabel: t('projects.filter.anyAudience'), value: f.audience, options: audienceList.map((a) => ({ value: a.key, label: a.name })) },
        ]}
      />
      <p className="mb-4 font-semibold" role="status">
        {t('projects.count', { total })}
      </p>
      {projects.length ? (
        <TeaserList label={t('projects.listTitle')}>
          {projects.map((p) => (
            <Teaser key={p.id} headingLevel={2} href={href(locale, `/projects/${p.slug}`)} title={p.title} eyebrow={t(`projects.phase.${p.phase}`)} date={d.month(p.start)}>
              <p>{p.summary}</p>
              {p.topics.length ? <p className="mt-2 text-sm text-muted">{p.topics.map((x) => x.name).join(' · ')}</p> : null}
            </Teaser>
          ))}
        </TeaserList>
      ) : (
        <p>{filtered ? t('projects.emptyFiltered') : t('projects.empty')}</p>
      )}
      <Pagination
        page={f.page}
        pageCount={pageCount}
        hrefFor={(n) => withQuery(base, { topic: f.topic, status: f.status, audience: f.audience, page: n })}
        labels={{ nav: t('common.pagination.nav'), previous: t('common.pagination.previous'), next: t('common.pagination.next'), page: (n) => t('common.pagination.page', { n }) }}
      />
    </Chrome>
  );
}
