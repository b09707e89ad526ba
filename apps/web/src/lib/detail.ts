import { SLUG_PATTERN, type Locale } from '@dsh/content-model';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { localeParam } from './paths';
import { previewEntry } from './preview';

/**
 * A detail page's document: the published version by slug, or, in draft mode with a preview
 * link for this very document, its draft. Unknown slugs are a 404.
 */
export async function loadDetail<E extends z.ZodType, T>(
  params: Promise<{ locale: string; slug: string }>,
  spec: { uid: string; entry: E; toDomain: (e: z.infer<E>, locale: Locale) => T; bySlug: (locale: Locale, slug: string) => Promise<T | null> },
): Promise<{ locale: Locale; item: T; preview: boolean }> {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!SLUG_PATTERN.test(slug)) notFound();
  const draft = await previewEntry(spec.uid, spec.entry);
  const draftSlug = draft && typeof draft.entry === 'object' && draft.entry && 'slug' in draft.entry ? draft.entry.slug : undefined;
  if (draft && draft.claim.locale === locale && draftSlug === slug) return { locale, item: spec.toDomain(draft.entry, locale), preview: true };
  const item = await spec.bySlug(locale, slug);
  if (!item) notFound();
  return { locale, item, preview: false };
}
