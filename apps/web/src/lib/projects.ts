import { award, contact, outcome, partner, projectStatuses, projectType, type Locale } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList } from './cms';
import { AudienceRef, TopicRef, type Audience, type Topic } from './taxonomies';

const TAG = 'project';

type ProjectEntry = z.infer<typeof projectType.entry>;
export type ProjectPhase = (typeof projectStatuses)[number];

export interface Project {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  story: NonNullable<ProjectEntry['story']>;
  phase: ProjectPhase;
  start: string;
  end: string | null;
  updatedAt: string | null;
}

export interface ProjectDetail extends Project {
  topics: Topic[];
  audiences: Pick<Audience, 'key' | 'name' | 'slug'>[];
  lead: { name: string; website: string | null } | null;
  partners: z.infer<typeof partner.zod>[];
  outcomes: z.infer<typeof outcome.zod>[];
  awards: z.infer<typeof award.zod>[];
  services: { name: string; slug: string }[];
  contact: z.infer<typeof contact.zod> | null;
}

/** A project as the pages use it; the raw CMS entry stays in here. */
export function toProject(e: ProjectEntry, locale: Locale): Project {
  return {
    id: e.documentId,
    locale,
    title: e.title,
    slug: e.slug,
    summary: e.summary,
    story: e.story ?? [],
    phase: e.phase,
    start: e.start,
    end: e.end ?? null,
    updatedAt: e.updatedAt ?? null,
  };
}

const DetailEntry = projectType.entry.safeExtend({
  topics: z.array(TopicRef).optional(),
  audiences: z.array(AudienceRef).optional(),
  leadOrganisation: z.object({ documentId: z.string(), name: z.string(), slug: z.string(), website: z.string().nullish() }).nullish(),
  services: z.array(z.object({ documentId: z.string(), name: z.string(), slug: z.string() })).optional(),
});

function toDetail(e: z.infer<typeof DetailEntry>, locale: Locale): ProjectDetail {
  return {
    ...toProject(e, locale),
    topics: (e.topics ?? []).map(({ name, slug }) => ({ name, slug })),
    audiences: (e.audiences ?? []).map(({ key, name, slug }) => ({ key, name, slug })),
    lead: e.leadOrganisation ? { name: e.leadOrganisation.name, website: e.leadOrganisation.website ?? null } : null,
    partners: e.partners ?? [],
    outcomes: e.outcomes ?? [],
    awards: [...(e.awards ?? [])].sort((a, b) => b.year - a.year),
    services: (e.services ?? []).map(({ name, slug }) => ({ name, slug })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    contact: e.contact ?? null,
  };
}

const LIST_FIELDS = ['title', 'slug', 'summary', 'phase', 'start', 'end', 'updatedAt'];
const DETAIL_QUERY = {
  fields: [...LIST_FIELDS, 'story'],
  populate: {
    topics: ['name', 'slug'],
    audiences: ['key', 'name', 'slug'],
    leadOrganisation: ['name', 'slug', 'website'],
    services: ['name', 'slug'],
    partners: true,
    outcomes: true,
    awards: true,
    contact: true,
  },
} as const;

export async function projectBySlug(locale: Locale, slug: string): Promise<ProjectDetail | null> {
  const res = await cmsList('projects', DetailEntry, { locale, filters: { '[slug][$eq]': slug }, ...DETAIL_QUERY, populate: { ...DETAIL_QUERY.populate }, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toDetail(entry, locale) : null;
}

/** A draft in preview has no populated relations: the page shows what it has. */
export const toProjectDetail = (e: ProjectEntry, locale: Locale): ProjectDetail =>
  toDetail(DetailEntry.parse({ ...e, topics: undefined, audiences: undefined, leadOrganisation: undefined, services: undefined }), locale);

export async function projectTranslation(documentId: string, locale: Locale): Promise<Project | null> {
  const res = await cmsList('projects', projectType.entry, { locale, filters: { '[documentId][$eq]': documentId }, fields: LIST_FIELDS, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toProject(entry, locale) : null;
}

export const ProjectFilters = z.object({
  topic: z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined),
  status: z.enum(projectStatuses).optional().catch(undefined),
  audience: z.string().regex(/^[a-z-]{1,40}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type ProjectFilters = z.infer<typeof ProjectFilters>;

export type ProjectCard = Project & { topics: Topic[] };

/** Projects for the list: filtered by topic (slug), status and audience (key), newest first. */
export async function listProjects(locale: Locale, f: Partial<ProjectFilters> & { featured?: boolean }, pageSize = 12) {
  const filters: Record<string, string> = {};
  if (f.topic) filters['[topics][slug][$eq]'] = f.topic;
  if (f.status) filters['[phase][$eq]'] = f.status;
  if (f.audience) filters['[audiences][key][$eq]'] = f.audience;
  if (f.featured) filters['[phase][$in][0]'] = 'live';
  const entry = projectType.entry.safeExtend({ topics: z.array(TopicRef).optional() });
  const res = await cmsList('projects', entry, { locale, filters, fields: LIST_FIELDS, populate: { topics: ['name', 'slug'] }, sort: ['start:desc', 'id:desc'], page: f.page ?? 1, pageSize }, [TAG]);
  return {
    projects: res.data.map((e): ProjectCard => ({ ...toProject(e, locale), topics: (e.topics ?? []).map(({ name, slug }) => ({ name, slug })) })),
    pageCount: res.meta.pagination?.pageCount ?? 1,
    total: res.meta.pagination?.total ?? res.data.length,
  };
}
