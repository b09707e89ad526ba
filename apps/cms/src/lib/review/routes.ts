import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { locales } from '@dsh/content-model';
import { z } from 'zod';
import { adminActor } from './actor';
import { REVIEWED } from './enforce';
import * as workflow from './workflow';

const Target = z.object({
  uid: z.string().refine((u) => REVIEWED.has(u), 'unbekannter Inhaltstyp'),
  documentId: z.string().min(1).max(64),
  locale: z.enum(locales),
});
const Comment = z.string().trim().max(4000);
/** The version the decision is about, as the review panel showed it (`versionHash` of the status). */
const Seen = z.string().regex(/^[0-9a-f]{64}$/, 'die Fassung (versionHash), über die entschieden wird');
const Bodies = {
  submit: Target.extend({ comment: Comment.optional(), versionHash: Seen.optional() }),
  withdraw: Target,
  approve: Target.extend({ versionHash: Seen, comment: Comment.optional(), publishAt: z.coerce.date().optional() }),
  'request-changes': Target.extend({ versionHash: Seen, comment: Comment.min(3, 'Bitte begründen, was zu ändern ist.') }),
  publish: Target.extend({ versionHash: Seen }),
  schedule: Target.extend({ versionHash: Seen, publishAt: z.coerce.date().nullable() }),
};

type Ctx = { request: { body?: unknown }; query: Record<string, unknown>; state: { user?: { id: number } }; body: unknown; status: number };

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new errors.ValidationError(r.error.issues.map((i) => `${i.path.join('.') || 'Anfrage'}: ${i.message}`).join('; '));
  return r.data;
}

async function actorOf(strapi: Core.Strapi, ctx: Ctx) {
  const id = ctx.state.user?.id;
  if (!id) throw new errors.UnauthorizedError('Bitte anmelden.');
  const user = await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] });
  if (!user) throw new errors.UnauthorizedError('Bitte anmelden.');
  return adminActor(user);
}

/**
 * The workflow's admin API (behind admin login): `/dsh-review/...`. The admin panel's review
 * queue and the side panel in the edit view use it.
 */
export function registerReviewRoutes(strapi: Core.Strapi): void {
  const policies = ['admin::isAuthenticatedAdmin'];
  const action = <K extends keyof typeof Bodies>(name: K, run: (t: z.infer<(typeof Bodies)[K]>, actor: ReturnType<typeof adminActor>) => Promise<unknown>) => ({
    method: 'POST' as const,
    path: `/${name}`,
    handler: async (ctx: Ctx) => {
      const body = parse(Bodies[name], ctx.request.body ?? {});
      try {
        ctx.body = { data: await run(body as z.infer<(typeof Bodies)[K]>, await actorOf(strapi, ctx)) };
      } catch (err) {
        if (!(err instanceof workflow.VersionConflict)) throw err;
        ctx.status = 409;
        ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: err.message } };
      }
    },
    config: { policies },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/dsh-review',
    routes: [
      {
        method: 'GET',
        path: '/queue',
        handler: async (ctx: Ctx) => {
          await actorOf(strapi, ctx);
          const items = await workflow.queue(strapi);
          ctx.body = { data: items, meta: { waiting: items.filter((i) => i.state === 'in_review').length } };
        },
        config: { policies },
      },
      {
        method: 'GET',
        path: '/status',
        handler: async (ctx: Ctx) => {
          const actor = await actorOf(strapi, ctx);
          const t = parse(Target, ctx.query);
          const [s, trail] = await Promise.all([workflow.status(strapi, t), workflow.history(strapi, t)]);
          ctx.body = { data: { ...s, history: trail, canDecide: actor.approver } };
        },
        config: { policies },
      },
      action('submit', (b, a) => workflow.submit(strapi, b, a, b.comment, b.versionHash)),
      action('withdraw', (b, a) => workflow.withdraw(strapi, b, a)),
      action('approve', (b, a) => workflow.approve(strapi, b, a, b.versionHash, { comment: b.comment, publishAt: b.publishAt })),
      action('request-changes', (b, a) => workflow.requestChanges(strapi, b, a, b.versionHash, b.comment)),
      action('publish', (b, a) => workflow.publishNow(strapi, b, a, b.versionHash)),
      action('schedule', (b, a) => workflow.schedule(strapi, b, a, b.versionHash, b.publishAt)),
    ],
  } as never);
}
