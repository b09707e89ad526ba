import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's content API answers `?status=draft` to anyone allowed to `find`, the public role
 * included. Drafts are ITD11's business until approved: the public API serves published
 * versions only, whatever the query says.
 */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; method: string; query: Record<string, unknown>; status: number; body: unknown }, next: () => Promise<void>) => {
    const read = ctx.method === 'GET' || ctx.method === 'HEAD';
    // Compared the way the router matches: case-insensitively and with repeated slashes as one,
    // or `/API/articles?status=draft` would reach the content API past this guard.
    const path = ctx.path.toLowerCase().replace(/\/{2,}/g, '/');
    if (read && path.startsWith('/api/') && 'status' in ctx.query && ctx.query.status !== 'published') {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Only published content is public: status must be "published" or absent.' } };
      return;
    }
    await next();
  };
};
