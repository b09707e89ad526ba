import type { Core } from '@strapi/strapi';
import { signPreview, verifyPreview } from '@dsh/content-model/preview';
import { env } from '../env';

/** Types the web app renders a draft of, with their page paths. */
const PREVIEWABLE: Record<string, { fields: string[] }> = {
  'api::article.article': { fields: ['title', 'slug', 'kind', 'date', 'lead', 'body', 'updatedAt'] },
  'api::project.project': { fields: ['title', 'slug', 'summary', 'story', 'phase', 'start', 'end', 'updatedAt'] },
};

/** Strapi's preview button asks for a URL: a signed, expiring link into the web app. */
export function previewUrl(uid: string, params: { documentId?: string; locale?: string | null }): string | null {
  if (!PREVIEWABLE[uid] || !params.documentId) return null;
  const locale = params.locale === 'en' ? 'en' : 'de';
  const token = signPreview({ uid, documentId: params.documentId, locale }, env().PREVIEW_SECRET);
  return new URL(`/api/preview?token=${encodeURIComponent(token)}`, env().WEB_PUBLIC_URL ?? env().WEB_URL).toString();
}

/**
 * GET /preview/draft?token=…: the one draft a valid link names, with public fields only
 * (sanitised as for the public API: campaign budgets and other private fields never leave).
 * The web app calls it server-side in draft mode, uncached.
 */
export function registerPreviewRoute(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/preview/draft',
      handler: async (ctx: { query: Record<string, unknown>; status: number; body: unknown; set: (k: string, v: string) => void }) => {
        ctx.set('cache-control', 'no-store');
        const token = typeof ctx.query.token === 'string' ? ctx.query.token : '';
        const check = verifyPreview(token, env().PREVIEW_SECRET);
        if (!check.ok) {
          ctx.status = check.reason === 'malformed' ? 400 : 403;
          ctx.body = { error: { status: ctx.status, message: check.reason === 'expired' ? 'Der Vorschau-Link ist abgelaufen.' : 'Ungültiger Vorschau-Link.' } };
          return;
        }
        const { uid, documentId, locale } = check.claim;
        const spec = PREVIEWABLE[uid];
        const doc = spec
          ? await strapi.documents(uid as 'api::article.article').findOne({ documentId, locale, status: 'draft', fields: spec.fields as never })
          : null;
        if (!doc) {
          ctx.status = 404;
          ctx.body = { error: { status: 404, message: 'Kein Entwurf für diesen Link.' } };
          return;
        }
        const data = await strapi.contentAPI.sanitize.output(doc, strapi.getModel(uid as 'api::article.article'), { auth: false });
        ctx.body = { data: { ...(data as object), uid, locale } };
      },
      config: { auth: false },
    },
  ] as never);
}
