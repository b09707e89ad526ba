import 'server-only';
import { verifyPreview, type PreviewClaim } from '@dsh/content-model/preview';
import { cookies, draftMode } from 'next/headers';
import { z } from 'zod';
import { env } from '@/env';

export const PREVIEW_COOKIE = 'dsh_preview';

/** Paths of the pages that render a draft, per content type. */
export const previewPaths: Record<string, (slug: string) => string> = {
  'api::article.article': (slug) => `/news/${slug}`,
  'api::project.project': (slug) => `/projects/${slug}`,
};

/** The draft a preview link names, straight from the CMS: never cached, never shared. */
export async function fetchDraft<T extends z.ZodType>(token: string, entry: T): Promise<z.infer<T> | null> {
  const res = await fetch(`${env().CMS_URL}/preview/draft?token=${encodeURIComponent(token)}`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) return null;
  const json: unknown = await res.json();
  const data = json && typeof json === 'object' && 'data' in json ? json.data : undefined;
  const parsed = entry.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/**
 * In draft mode with a valid preview link for this content type: the draft it names. Outside
 * draft mode (every public request) this reads no cookie and fetches nothing.
 */
export async function previewEntry<T extends z.ZodType>(uid: string, entry: T): Promise<{ claim: PreviewClaim; entry: z.infer<T> } | null> {
  if (!(await draftMode()).isEnabled) return null;
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
  if (!token) return null;
  const check = verifyPreview(token, env().PREVIEW_SECRET);
  if (!check.ok || check.claim.uid !== uid) return null;
  const draft = await fetchDraft(token, entry);
  return draft ? { claim: check.claim, entry: draft } : null;
}
