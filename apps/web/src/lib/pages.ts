import { contact, navigationType, navLink, pageKinds, pageType, pressContactType, type Locale, type Site } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList, cmsSingle } from './cms';

type PageEntry = z.infer<typeof pageType.entry>;
export type PageKind = (typeof pageKinds)[number];

export interface CmsPage {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  kind: PageKind;
  lead: string | null;
  body: PageEntry['body'];
  updatedAt: string | null;
}

export const toPage = (e: PageEntry, locale: Locale): CmsPage => ({
  id: e.documentId,
  locale,
  title: e.title,
  slug: e.slug,
  kind: e.kind,
  lead: e.lead ?? null,
  body: e.body,
  updatedAt: e.updatedAt ?? null,
});

const siteFilter = (site: Site) => ({ '[site][$in][0]': site, '[site][$in][1]': 'both' });

export async function pageBySlug(locale: Locale, slug: string, site: Site): Promise<CmsPage | null> {
  const res = await cmsList('pages', pageType.entry, { locale, filters: { '[slug][$eq]': slug, ...siteFilter(site) }, pageSize: 1 }, ['page']);
  const e = res.data[0];
  return e ? toPage(e, locale) : null;
}

export async function pageTranslation(documentId: string, locale: Locale) {
  const res = await cmsList('pages', pageType.entry.pick({ id: true, documentId: true, slug: true }), { locale, filters: { '[documentId][$eq]': documentId }, fields: ['slug'], pageSize: 1 }, ['page']);
  return res.data[0] ? { slug: res.data[0].slug, locale } : null;
}

/** The slug of each page kind of a site in a locale: for links to the mandatory pages. */
export async function pageSlugs(locale: Locale, site: Site): Promise<Partial<Record<PageKind, { slug: string; title: string }>>> {
  const res = await cmsList('pages', pageType.entry.pick({ documentId: true, id: true, title: true, slug: true, kind: true }), { locale, filters: siteFilter(site), fields: ['title', 'slug', 'kind'], pageSize: 100 }, ['page']);
  const out: Partial<Record<PageKind, { slug: string; title: string }>> = {};
  for (const p of res.data) if (p.kind !== 'other' && !out[p.kind]) out[p.kind] = { slug: p.slug, title: p.title };
  return out;
}

export type NavItem = z.infer<typeof navLink.zod>;

/** Main and footer navigation of a site from the CMS; empty lists when none is published. */
export async function navigation(locale: Locale, site: Site): Promise<{ main: NavItem[]; footer: NavItem[] }> {
  const nav = await cmsSingle('navigation', navigationType.entry, { locale, populate: { digitalMain: true, digitalFooter: true, serviceMain: true, serviceFooter: true } }, ['navigation']);
  if (!nav) return { main: [], footer: [] };
  return site === 'digital' ? { main: nav.digitalMain ?? [], footer: nav.digitalFooter ?? [] } : { main: nav.serviceMain ?? [], footer: nav.serviceFooter ?? [] };
}

export interface PressContact {
  unit: string;
  note: string | null;
  contact: z.infer<typeof contact.zod> | null;
}

export async function pressContact(locale: Locale): Promise<PressContact | null> {
  const p = await cmsSingle('press-contact', pressContactType.entry, { locale, populate: { contact: true } }, ['press-contact']);
  return p ? { unit: p.unit, note: p.note ?? null, contact: p.contact ?? null } : null;
}
