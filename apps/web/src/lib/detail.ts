import type { Locale } from '@dsh/content-model';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { href, slugParams } from './paths';
import { previewEntry } from './preview';

/**
 * A detail page's document: the published version by slug, or, in draft mode with a preview
 * link for this very document, its draft. Unknown slugs are a 404.
 */
export async function loadDetail<E extends z.ZodType, T>(
  params: Promise<{ locale: string; slug: string }>,
  spec: { uid: string; entry: E; toDomain: (e: z.infer<E>, locale: Locale) => T; bySlug: (locale: Locale, slug: string) => Promise<T | null> },
): Promise<{ locale: Locale; item: T; preview: boolean }> {
  const { locale, slug } = await slugParams(params);
  const draft = await previewEntry(spec.uid, spec.entry);
  const draftSlug = draft && typeof draft.entry === 'object' && draft.entry && 'slug' in draft.entry ? draft.entry.slug : undefined;
  if (draft && draft.claim.locale === locale && draftSlug === slug) return { locale, item: spec.toDomain(draft.entry, locale), preview: true };
  const item = await spec.bySlug(locale, slug);
  if (!item) notFound();
  return { locale, item, preview: false };
}

/** The share image of a path: detail pages of the kinds with their own image, else the site's. */
function ogKind(path: string): string {
  const m = /^\/(projects|news|events|campaigns)\/([a-z0-9-]+)$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : 'site/home';
}

/**
 * Metadata of a detail page: title, description, the canonical address with its language
 * versions (hreflang), and OpenGraph.
 */
export function detailMetadata(
  page: { locale: Locale; title: string; description: string; path: string; translation?: { locale: Locale; path: string } | null; type: 'article' | 'website'; published?: string },
  origin: string,
): Metadata {
  const url = new URL(href(page.locale, page.path), origin).toString();
  const other = page.translation ? { [page.translation.locale]: new URL(href(page.translation.locale, page.translation.path), origin).toString() } : {};
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url, languages: { [page.locale]: url, ...other } },
    openGraph: {
      type: page.type,
      title: page.title,
      description: page.description,
      url,
      locale: page.locale === 'de' ? 'de_DE' : 'en_GB',
      siteName: 'Digitale Stadt Hamburg',
      images: [{ url: new URL(`/api/og/${page.locale}/${ogKind(page.path)}`, origin).toString(), width: 1200, height: 630, alt: page.title }],
      ...(page.type === 'article' && page.published ? { publishedTime: page.published } : {}),
    },
  };
}
