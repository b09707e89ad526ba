import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { Actor } from './actor';

export const REVIEW = 'api::review-state.review-state';
export const AUDIT = 'api::audit-entry.audit-entry';

export type AuditAction = 'submit' | 'withdraw' | 'approve' | 'request_changes' | 'schedule' | 'publish' | 'unpublish' | 'delete';

/** A date column as the query engine hands it back (an ISO string; a Date or epoch on some drivers), as an ISO string. */
const DateColumn = z
  .union([z.string(), z.number(), z.date()])
  .nullable()
  .transform((v) => (v === null || typeof v === 'string' ? v : new Date(v).toISOString()));

/** A review-state row, parsed: loose, so the row's other columns stay in the API's answer as before. */
export const ReviewRow = z.looseObject({
  id: z.coerce.number(),
  contentType: z.string(),
  target: z.string(),
  targetLocale: z.string(),
  title: z.string().nullable(),
  state: z.enum(['in_review', 'changes_requested', 'approved']),
  versionHash: z.string(),
  submittedById: z.number().nullable(),
  submittedBy: z.string().nullable(),
  submittedByEmail: z.string().nullable(),
  submittedAt: DateColumn,
  decidedBy: z.string().nullable(),
  decidedAt: DateColumn,
  comment: z.string().nullable(),
  publishAt: DateColumn,
  claimedAt: DateColumn,
});
export type ReviewRow = z.infer<typeof ReviewRow>;
export const ReviewRows = z.array(ReviewRow);

/** An audit-trail row, parsed: loose, so the trail's answer keeps every column as before. */
export const AuditRows = z.array(
  z.looseObject({ id: z.coerce.number(), action: z.string(), actor: z.string(), comment: z.string().nullable(), at: DateColumn, targetLocale: z.string().nullable() }),
);

export interface Target {
  uid: string;
  documentId: string;
  locale: string;
}

const where = (t: Target) => ({ contentType: t.uid, target: t.documentId, targetLocale: t.locale });

export async function findReview(strapi: Core.Strapi, t: Target): Promise<ReviewRow | null> {
  return ReviewRow.nullable().parse(await strapi.db.query(REVIEW).findOne({ where: where(t) }));
}

export async function saveReview(strapi: Core.Strapi, t: Target, data: Partial<Omit<ReviewRow, 'id'>>): Promise<ReviewRow> {
  const existing = await findReview(strapi, t);
  if (existing) return ReviewRow.parse(await strapi.db.query(REVIEW).update({ where: { id: existing.id }, data }));
  return ReviewRow.parse(await strapi.db.query(REVIEW).create({ data: { ...where(t), ...data } }));
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
