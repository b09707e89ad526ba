import { projectType, type Locale } from '@dsh/content-model';
import type { z } from 'zod';
import { cmsList } from './cms';

const TAG = 'project';

type ProjectEntry = z.infer<typeof projectType.entry>;

export interface Project {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  story: NonNullable<ProjectEntry['story']>;
  phase: ProjectEntry['phase'];
  start: string;
  end: string | null;
}

/** A project as the pages use it; the raw CMS entry stays in here. */
export function toProject(e: ProjectEntry, locale: Locale): Project {
  return { id: e.documentId, locale, title: e.title, slug: e.slug, summary: e.summary, story: e.story ?? [], phase: e.phase, start: e.start, end: e.end ?? null };
}

const FIELDS = ['title', 'slug', 'summary', 'story', 'phase', 'start', 'end', 'updatedAt'];

export async function projectBySlug(locale: Locale, slug: string): Promise<Project | null> {
  const res = await cmsList('projects', projectType.entry, { locale, filters: { '[slug][$eq]': slug }, fields: FIELDS, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toProject(entry, locale) : null;
}

export async function projectTranslation(documentId: string, locale: Locale): Promise<Project | null> {
  const res = await cmsList('projects', projectType.entry, { locale, filters: { '[documentId][$eq]': documentId }, fields: FIELDS, pageSize: 1 }, [TAG]);
  const entry = res.data[0];
  return entry ? toProject(entry, locale) : null;
}
