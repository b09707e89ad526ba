import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's content API answers `?status=draft` to anyone allowed to `find`, the public role
 * included. Drafts are ITD11's business until approved: the public API serves published
 * versions only, whatever the query says.
 */
/**
 * Anywhere in the query (a populate's own `status`, filters): a status other than published,
 * or a publication filter, which tells which documents have unpublished drafts.
 */
function asksForUnpublished(value: unknown, depth = 0): boolean {
  if (depth > 20 || !value || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'status' && v !== 'published') return true;
    if (k === 'publicationFilter' || k === 'hasPublishedVersion') return true;
    if (asksForUnpublished(v, depth + 1)) return true;
  }
  return false;
}

export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; method: string; query: Record<string, unknown>; status: number; body: unknown }, next: () => Promise<void>) => {
    const read = ctx.method === 'GET' || ctx.method === 'HEAD';
    // Compared the way the router matches: case-insensitively and with repeated slashes as one,
    // or `/API/articles?status=draft` would reach the content API past this guard.
    const path = ctx.path.toLowerCase().replace(/\/{2,}/g, '/');
    if (read && path.startsWith('/api/') && asksForUnpublished(ctx.query)) {
      ctx.status = 403;
      ctx.body = {
        data: null,
        error: { status: 403, name: 'ForbiddenError', message: 'Only published content is public: status must be "published" or absent, and publicationFilter / hasPublishedVersion are not accepted.' },
      };
      return;
    }
    await next();
  };
};
