import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';

export const REVIEW = 'api::review-state.review-state';
export const AUDIT = 'api::audit-entry.audit-entry';

export type ReviewState = 'in_review' | 'changes_requested' | 'approved';
export type AuditAction = 'submit' | 'withdraw' | 'approve' | 'request_changes' | 'schedule' | 'publish' | 'unpublish' | 'delete';

export interface ReviewRow {
  id: number;
  contentType: string;
  target: string;
  targetLocale: string;
  title: string | null;
  state: ReviewState;
  versionHash: string;
  submittedById: number | null;
  submittedBy: string | null;
  submittedByEmail: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  publishAt: string | null;
  claimedAt: string | null;
}

export interface Target {
  uid: string;
  documentId: string;
  locale: string;
}

const where = (t: Target) => ({ contentType: t.uid, target: t.documentId, targetLocale: t.locale });

export async function findReview(strapi: Core.Strapi, t: Target): Promise<ReviewRow | null> {
  return (await strapi.db.query(REVIEW).findOne({ where: where(t) })) as ReviewRow | null;
}

export async function saveReview(strapi: Core.Strapi, t: Target, data: Partial<Omit<ReviewRow, 'id'>>): Promise<ReviewRow> {
  const existing = await findReview(strapi, t);
  if (existing) return (await strapi.db.query(REVIEW).update({ where: { id: existing.id }, data })) as ReviewRow;
  return (await strapi.db.query(REVIEW).create({ data: { ...where(t), ...data } })) as ReviewRow;
}

export async function clearReview(strapi: Core.Strapi, t: Target): Promise<void> {
  await strapi.db.query(REVIEW).deleteMany({ where: where(t) });
}

/** The audit trail is written here only: never through the document service, never updated. */
export async function audit(
  strapi: Core.Strapi,
  entry: { action: AuditAction; target: Target; actor: Actor; title?: string | null; comment?: string | null; versionHash?: string | null },
): Promise<void> {
  await strapi.db.query(AUDIT).create({
    data: {
      action: entry.action,
      contentType: entry.target.uid,
      target: entry.target.documentId,
      targetLocale: entry.target.locale,
      title: entry.title?.slice(0, 250) ?? null,
      actor: entry.actor.name,
      actorEmail: entry.actor.email ?? null,
      comment: entry.comment ?? null,
      versionHash: entry.versionHash ?? null,
      at: new Date(),
    },
  });
}
