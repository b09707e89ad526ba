import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentTypes, defaultLocale } from '@dsh/content-model';
import { currentActor, type Actor } from './actor';
import { AUDIT, REVIEW, audit, clearReview, findReview } from './store';
import { loadVersion } from './version';
import { z } from 'zod';

/** Every content-model type with drafts goes through ITD11's review. */
export const REVIEWED: ReadonlySet<string> = new Set<string>(Object.values(contentTypes).filter((ct) => ct.strapiSchema().options.draftAndPublish).map((ct) => ct.uid));
const CAMPAIGN = 'api::campaign.campaign';

type Params = { documentId?: string; locale?: string | string[]; status?: string; data?: Record<string, unknown> };

/**
 * 403 with the message shown to the user. (A PolicyError: Strapi's router turns any other
 * ForbiddenError thrown below a route into a bare "Forbidden".)
 */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

/**
 * Locales a call touches: one, several, or every locale the document has a row in (any locale
 * code, not only the two the sites show: a row in another locale is content too).
 */
export async function targetLocales(strapi: Core.Strapi, uid: string, documentId: string, locale: Params['locale']): Promise<string[]> {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (Array.isArray(locale)) return locale;
  if (locale === undefined) return [defaultLocale];
  const rows = z.array(z.object({ locale: z.string().nullable() })).parse(await strapi.db.query(uid as 'api::article.article').findMany({ select: ['locale'], where: { documentId } }));
  return [...new Set(rows.map((r) => r.locale ?? defaultLocale))];
}

async function hasLiveVersion(strapi: Core.Strapi, uid: string, documentId: string, locales: string[]): Promise<boolean> {
  const n = await strapi.db.query(uid as 'api::article.article').count({ where: { documentId, locale: { $in: locales }, publishedAt: { $notNull: true } } });
  return n > 0;
}

type Trx = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

/**
 * Holds a document's draft rows until the transaction ends (PostgreSQL; SQLite runs one
 * transaction at a time anyway): between Strapi reading the draft it publishes and the rules
 * checking it, no editor's write can slip in and out again.
 */
export async function lockDrafts(strapi: Core.Strapi, trx: Trx, uid: string, documentId: string): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  const table = strapi.db.metadata.get(uid).tableName;
  await trx(table).select('id').where({ document_id: documentId }).whereNull('published_at').forUpdate();
}

/**
 * A campaign measure and its budget are approved by ITD11 in the idea phase, before a
 * provider is commissioned: nobody else moves a campaign out of the idea phase, sets the
 * approved budget or names a provider for a measure still in the idea phase.
 */
const CampaignPlanning = z
  .object({ planningStatus: z.string().nullish(), approvedBudget: z.union([z.number(), z.string()]).nullish(), provider: z.string().nullish() })
  .nullable();

async function checkCampaignPlanning(strapi: Core.Strapi, actor: Actor, params: Params): Promise<void> {
  if (actor.approver || !params.data) return;
  const data = params.data;
  const current = params.documentId
    ? CampaignPlanning.parse(
        await strapi.db.query(CAMPAIGN).findOne({
          select: ['planningStatus', 'approvedBudget', 'provider'],
          where: { documentId: params.documentId, publishedAt: null },
        }),
      )
    : null;
  const status = current?.planningStatus ?? 'idea';
  if ('planningStatus' in data && data.planningStatus !== undefined && data.planningStatus !== status) {
    refuse('Den Planungsstatus einer Kampagne ändert nur ITD11: Maßnahme und Budget werden in der Ideenphase freigegeben, bevor ein Dienstleister beauftragt wird.');
  }
  const approved = current?.approvedBudget === null || current?.approvedBudget === undefined ? null : Number(current.approvedBudget);
  const wanted = data.approvedBudget === null || data.approvedBudget === undefined || data.approvedBudget === '' ? null : Number(data.approvedBudget);
  if ('approvedBudget' in data && wanted !== approved) refuse('Das freigegebene Budget setzt nur ITD11 mit der Freigabe der Maßnahme.');
  if (status === 'idea' && typeof data.provider === 'string' && data.provider.trim() && data.provider !== current?.provider) {
    refuse('Ein Dienstleister kann erst benannt werden, wenn ITD11 Maßnahme und Budget freigegeben hat.');
  }
}

/**
 * The approval rules on the one path every write takes (admin UI, content-manager API, REST,
 * bulk actions, the document service): a version goes live only if ITD11 approved exactly that
 * version, and only ITD11 publishes, unpublishes or deletes live content.
 */
export function registerApprovalRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    // The audit trail and review states are written by the workflow only, never as documents.
    if ((ctx.uid as string) === AUDIT || (ctx.uid as string) === REVIEW) {
      if (['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'].includes(ctx.action)) refuse('Der Prüfpfad ist schreibgeschützt.');
      return next();
    }
    if (!REVIEWED.has(ctx.uid)) return next();
    const params = (ctx.params ?? {}) as Params;
    const actor = currentActor(strapi);
    const { action } = ctx;

    if ((action === 'create' || action === 'update') && ctx.uid === CAMPAIGN) await checkCampaignPlanning(strapi, actor, params);
    // A copy starts as a new measure in the idea phase: whatever ITD11 approved for the
    // original (planning status, budget, provider) is not approved for the copy.
    if (action === 'clone' && ctx.uid === CAMPAIGN && !actor.approver) {
      await checkCampaignPlanning(strapi, actor, { data: params.data ?? {} });
      (ctx.params as Params).data = { ...(params.data ?? {}), planningStatus: 'idea', approvedBudget: null, provider: null };
    }

    if (action === 'unpublish' || action === 'delete') {
      if (!params.documentId) return next();
      const locales = await targetLocales(strapi, ctx.uid, params.documentId, params.locale);
      const live = await hasLiveVersion(strapi, ctx.uid, params.documentId, locales);
      if (live && !actor.approver) refuse(action === 'unpublish' ? 'Zurückziehen darf nur ITD11.' : 'Veröffentlichte Inhalte löscht nur ITD11.');
      return strapi.db.transaction(async () => {
        const titles = new Map<string, string>();
        for (const locale of locales) {
          const v = await loadVersion(strapi, ctx.uid, params.documentId as string, locale, 'draft');
          if (v) titles.set(locale, v.title);
        }
        const result = await next();
        for (const locale of locales) {
          const target = { uid: ctx.uid, documentId: params.documentId as string, locale };
          if (action === 'delete') await clearReview(strapi, target);
          if (live || action === 'delete') await audit(strapi, { action, target, actor, title: titles.get(locale) });
        }
        return result;
      });
    }

    const publishing = action === 'publish' || ((action === 'create' || action === 'update') && params.status === 'published');
    if (!publishing) return next();
    if (!actor.approver) {
      refuse(
        action === 'create'
          ? 'Neue Inhalte entstehen als Entwurf (?status=draft) und gehen erst nach Freigabe durch ITD11 online.'
          : 'Veröffentlichen darf nur ITD11, und nur eine freigegebene Fassung. Bitte zur Prüfung einreichen.',
      );
    }
    return strapi.db.transaction(async ({ trx }) => {
      if (params.documentId) await lockDrafts(strapi, trx, ctx.uid, params.documentId);
      const result = await next();
      const created = result && typeof result === 'object' && 'documentId' in result ? result.documentId : undefined;
      const documentId = params.documentId ?? (typeof created === 'string' ? created : undefined);
      if (!documentId) return result;
      // Checked after the write, inside its transaction: the draft now holds exactly what went
      // live (a publish may carry last-minute edits), and a refusal rolls everything back.
      for (const locale of await targetLocales(strapi, ctx.uid, documentId, action === 'create' ? ((params.locale as string | undefined) ?? 'de') : params.locale)) {
        const target = { uid: ctx.uid, documentId, locale };
        const version = await loadVersion(strapi, ctx.uid, documentId, locale, 'draft');
        if (!version) continue;
        const review = await findReview(strapi, target);
        if (!actor.operatorJob) {
          if (!review || review.state !== 'approved') refuse(`„${version.title}“ (${locale}) ist nicht von ITD11 freigegeben und wird nicht veröffentlicht.`);
          if (review.versionHash !== version.hash) refuse(`„${version.title}“ (${locale}) wurde nach der Freigabe geändert; die geänderte Fassung braucht eine neue Freigabe.`);
        }
        await audit(strapi, { action: 'publish', target, actor, title: version.title, comment: review?.comment, versionHash: version.hash });
        await clearReview(strapi, target);
      }
      return result;
    });
  });
}
