import { factories } from '@strapi/strapi';
import { fromWebApp } from '../../../lib/web-app';
import { inboxSubmission } from '@dsh/content-model';
import { z } from 'zod';
import { notifyInbox } from '../../../lib/review/notify';

const UID = 'api::inbox-message.inbox-message';

type Ctx = { get(name: string): string | undefined; request: { body?: unknown }; status: number; body: unknown };

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * The sites' forms deliver here through the web app, which checks spam and rate limits
   * first. The message is stored for ITD11 and never published.
   */
  async intake(ctx: Ctx) {
    if (!fromWebApp(ctx.get('authorization'))) {
      ctx.status = 401;
      ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Only the web app may deliver form messages.' } };
      return;
    }
    const parsed = inboxSubmission.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: { status: 400, name: 'ValidationError', message: z.prettifyError(parsed.error) } };
      return;
    }
    const doc = await strapi.documents(UID).create({ data: { ...parsed.data, state: 'new' } as never });
    notifyInbox(strapi, { documentId: doc.documentId, kind: parsed.data.kind, subject: parsed.data.subject });
    ctx.status = 201;
    ctx.body = { data: { id: doc.documentId } };
  },
}));
