import { campaignType, onlineService, type Locale } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList } from './cms';

const TAG = 'campaign';

type CampaignEntry = z.infer<typeof campaignType.entry>;

export interface CampaignService {
  name: string;
  slug: string;
  teaser: string | null;
  online: z.infer<typeof onlineService.zod> | null;
}

export interface Campaign {
  id: string;
  locale: Locale;
  name: string;
  slug: string;
  slogan: string;
  intro: NonNullable<CampaignEntry['intro']>;
  start: string;
  end: string;
  services: CampaignService[];
  projects: { title: string; slug: string; summary: string }[];
  updatedAt: string | null;
}

const Entry = campaignType.entry.safeExtend({
  services: z.array(z.object({ documentId: z.string(), name: z.string(), slug: z.string(), teaser: z.string().nullish(), onlineService: onlineService.zod.nullish() })).optional(),
  projects: z.array(z.object({ documentId: z.string(), title: z.string(), slug: z.string(), summary: z.string() })).optional(),
});

function toCampaign(e: z.infer<typeof Entry>, locale: Locale): Campaign {
  return {
    id: e.documentId,
    locale,
    name: e.name,
    slug: e.slug,
    slogan: e.slogan,
    intro: e.intro ?? [],
    start: e.start,
    end: e.end,
    // Services that can be done online come first: that is what the campaign promotes.
    services: (e.services ?? [])
      .map((s) => ({ name: s.name, slug: s.slug, teaser: s.teaser ?? null, online: s.onlineService ?? null }))
      .sort((a, b) => Number(!!b.online) - Number(!!a.online) || a.name.localeCompare(b.name, locale)),
    projects: (e.projects ?? []).map(({ title, slug, summary }) => ({ title, slug, summary })),
    updatedAt: e.updatedAt ?? null,
  };
}

export const toCampaignDraft = (e: CampaignEntry, locale: Locale): Campaign => toCampaign(Entry.parse({ ...e, services: undefined, projects: undefined }), locale);

/** Strapi's nested populate (a relation's component) in bracket form, built once. */
const DETAIL_PARAMS: Record<string, string> = {
  '[services][fields][0]': 'name',
  '[services][fields][1]': 'slug',
  '[services][fields][2]': 'teaser',
  '[services][populate][onlineService]': 'true',
  '[projects][fields][0]': 'title',
  '[projects][fields][1]': 'slug',
  '[projects][fields][2]': 'summary',
};

export async function campaignBySlug(locale: Locale, slug: string): Promise<Campaign | null> {
  const res = await cmsList('campaigns', Entry, { locale, filters: { '[slug][$eq]': slug }, rawPopulate: DETAIL_PARAMS, pageSize: 1 }, [TAG, 'service', 'project']);
  const entry = res.data[0];
  return entry ? toCampaign(entry, locale) : null;
}

export async function campaignTranslation(documentId: string, locale: Locale) {
  const res = await cmsList('campaigns', campaignType.entry, { locale, filters: { '[documentId][$eq]': documentId }, fields: ['name', 'slug', 'slogan', 'start', 'end'], pageSize: 1 }, [TAG]);
  return res.data[0] ? { slug: res.data[0].slug, locale } : null;
}

/**
 * The campaign for the home page's hero: the one running today (the latest started), or else
 * the next one to start. Dates are days, so the cached answer holds for a day.
 */
export async function currentCampaign(locale: Locale): Promise<Pick<Campaign, 'name' | 'slug' | 'slogan' | 'start' | 'end'> | null> {
  const today = new Date().toISOString().slice(0, 10);
  const fields = ['name', 'slug', 'slogan', 'start', 'end'];
  const running = await cmsList('campaigns', campaignType.entry, { locale, timeFilters: { '[start][$lte]': today, '[end][$gte]': today }, fields, sort: ['start:desc'], pageSize: 1 }, [TAG]);
  const next = running.data[0] ? running : await cmsList('campaigns', campaignType.entry, { locale, timeFilters: { '[start][$gt]': today }, fields, sort: ['start:asc'], pageSize: 1 }, [TAG]);
  const c = next.data[0];
  return c ? { name: c.name, slug: c.slug, slogan: c.slogan, start: c.start, end: c.end } : null;
}
