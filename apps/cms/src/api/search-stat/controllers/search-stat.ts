import { factories } from '@strapi/strapi';
import { fromWebApp } from '../../../lib/web-app';
import { parseDelivery, recordSearchStats } from '../../../lib/search-analytics';

const UID = 'api::search-stat.search-stat';

type Ctx = { get(name: string): string | undefined; request: { body?: unknown }; status: number; body: unknown };

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** The web app's counts since its last delivery (see apps/web/src/lib/search-analytics.ts). */
  async intake(ctx: Ctx) {
    if (!fromWebApp(ctx.get('authorization'))) {
      ctx.status = 401;
      ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Only the web app may deliver search statistics.' } };
      return;
    }
    const entries = await recordSearchStats(strapi, parseDelivery(ctx.request.body));
    ctx.status = 202;
    ctx.body = { data: { entries } };
  },
}));
