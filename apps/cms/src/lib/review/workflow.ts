import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asActor, type Actor } from './actor';
import { diffVersions, type FieldChange } from './diff';
import { REVIEWED, lockDrafts } from './enforce';
import { AUDIT, AuditRows, REVIEW, ReviewRows, audit, clearReview, findReview, saveReview, type ReviewRow, type Target } from './store';
import { notifyDecided, notifySubmitted } from './notify';
import { loadVersion, unresolvedImages } from './version';

/** The five states an editor and ITD11 talk about, per document and locale. */
export type WorkflowState = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published';

export interface Status {
  state: WorkflowState;
  title: string;
  /** The draft differs from what is live (or nothing is live yet). */
  modified: boolean;
  live: boolean;
  review: ReviewRow | null;
  /** The review row belongs to an earlier version: the draft was edited since. */
  stale: boolean;
  /** The version shown: the draft's hash, which a decision on it names (`versionHash`). */
  versionHash: string;
  changes: FieldChange[];
}

function fail(message: string): never {
  throw new errors.ApplicationError(message);
}

/** A decision on a version other than the one its maker saw: answered 409 by the routes. */
export class VersionConflict extends Error {
  readonly status = 409;
}

/**
 * A decision binds to the version the approver looked at: the hash the review panel showed
 * must still be the submitted (or approved) version and the current draft.
 */
function bind(s: Status, seen: string): void {
  if (seen !== s.versionHash || (s.review && s.review.versionHash !== seen)) {
    throw new VersionConflict(
      'Der Entwurf wurde geändert, seit Sie ihn geöffnet haben. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Fassung, bevor Sie entscheiden.',
    );
  }
}

function check(t: Target): void {
  if (!REVIEWED.has(t.uid)) fail(`${t.uid} kennt keine Freigabe`);
}

export async function status(strapi: Core.Strapi, t: Target): Promise<Status> {
  check(t);
  const draft = await loadVersion(strapi, t.uid, t.documentId, t.locale, 'draft');
  if (!draft) fail('Dieses Dokument hat in dieser Sprache keinen Entwurf.');
  const live = await loadVersion(strapi, t.uid, t.documentId, t.locale, 'published');
  const review = await findReview(strapi, t);
  const modified = !live || live.hash !== draft.hash;
  const stale = Boolean(review && review.versionHash !== draft.hash);
  let state: WorkflowState;
  if (review && !stale) state = review.state;
  else if (review?.state === 'changes_requested') state = 'changes_requested';
  else state = modified ? 'draft' : 'published';
  return { state, title: draft.title, modified, live: Boolean(live), review, stale, versionHash: draft.hash, changes: diffVersions(strapi, t.uid, live, draft) };
}

export async function submit(strapi: Core.Strapi, t: Target, actor: Actor, comment?: string, seen?: string): Promise<Status> {
  const s = await status(strapi, t);
  if (seen !== undefined) bind({ ...s, review: null }, seen);
  if (!s.modified) fail('Nichts einzureichen: der Entwurf entspricht der veröffentlichten Fassung.');
  if (s.state === 'in_review') fail('Diese Fassung liegt ITD11 bereits zur Prüfung vor.');
  if (s.state === 'approved') fail('Diese Fassung ist bereits freigegeben.');
  await strapi.db.transaction(async () => {
    await saveReview(strapi, t, {
      title: s.title,
      state: 'in_review',
      versionHash: s.versionHash,
      submittedById: actor.id ?? null,
      submittedBy: actor.name,
      submittedByEmail: actor.email ?? null,
      submittedAt: new Date().toISOString(),
      decidedBy: null,
      decidedAt: null,
      comment: comment ?? null,
      publishAt: null,
      claimedAt: null,
    });
    await audit(strapi, { action: 'submit', target: t, actor, title: s.title, comment, versionHash: s.versionHash });
  });
  notifySubmitted(strapi, { uid: t.uid, documentId: t.documentId, locale: t.locale, title: s.title, by: actor.name, comment });
  return status(strapi, t);
}

export async function withdraw(strapi: Core.Strapi, t: Target, actor: Actor): Promise<Status> {
  const s = await status(strapi, t);
  if (!s.review || s.review.state !== 'in_review') fail('Es liegt keine Einreichung vor, die zurückgezogen werden könnte.');
  await strapi.db.transaction(async () => {
    await clearReview(strapi, t);
    await audit(strapi, { action: 'withdraw', target: t, actor, title: s.title, versionHash: s.review!.versionHash });
  });
  return status(strapi, t);
}

function mustApprove(actor: Actor): void {
  if (!actor.approver) throw new errors.PolicyError('Freigeben, Änderungen anfordern und Veröffentlichen darf nur ITD11.');
}

/** Decides on exactly the submitted version the approver saw; a draft edited since must be submitted again. */
async function pending(strapi: Core.Strapi, t: Target, seen: string): Promise<Status> {
  const s = await status(strapi, t);
  if (s.state !== 'in_review') {
    if (s.stale) throw new VersionConflict('Der Entwurf wurde nach dem Einreichen geändert und muss neu eingereicht werden.');
    fail('Diese Fassung liegt nicht zur Prüfung vor.');
  }
  bind(s, seen);
  return s;
}

export async function approve(strapi: Core.Strapi, t: Target, actor: Actor, seen: string, opts: { comment?: string; publishAt?: Date } = {}): Promise<Status> {
  mustApprove(actor);
  const s = await pending(strapi, t, seen);
  // One transaction with the draft rows held: what is approved is the version checked here,
  // not one an editor saves between the check and the approval.
  await strapi.db.transaction(async ({ trx }) => {
    await lockDrafts(strapi, trx, t.uid, t.documentId);
    const draft = await loadVersion(strapi, t.uid, t.documentId, t.locale, 'draft');
    if (!draft || draft.hash !== seen) throw new VersionConflict('Der Entwurf wurde geändert, seit Sie ihn geöffnet haben. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Fassung, bevor Sie entscheiden.');
    const loose = unresolvedImages(draft.canonical);
    if (loose.length) fail(`Bilder müssen aus der Mediathek kommen, damit die Freigabe festhält, was gezeigt wird: ${loose.slice(0, 3).join(', ')}`);
    let approved = draft.hash;
    // Approving a campaign in the idea phase approves the measure and its planned budget.
    if (t.uid === 'api::campaign.campaign' && (draft.data.planningStatus ?? 'idea') === 'idea') {
      await asActor(actor, () =>
        strapi.documents('api::campaign.campaign').update({ documentId: t.documentId, locale: t.locale, data: { planningStatus: 'approved', approvedBudget: draft.data.approvedBudget ?? draft.data.plannedBudget ?? null } as never }),
      );
      approved = (await loadVersion(strapi, t.uid, t.documentId, t.locale, 'draft'))!.hash;
    }
    await saveReview(strapi, t, { versionHash: approved, state: 'approved', decidedBy: actor.name, decidedAt: new Date().toISOString(), comment: opts.comment ?? null, publishAt: opts.publishAt?.toISOString() ?? null, claimedAt: null });
    await audit(strapi, { action: 'approve', target: t, actor, title: s.title, comment: opts.comment, versionHash: approved });
    if (opts.publishAt) await audit(strapi, { action: 'schedule', target: t, actor, title: s.title, comment: `Veröffentlichung geplant für ${opts.publishAt.toISOString()}`, versionHash: approved });
  });
  notifyDecided(strapi, { ...t, title: s.title, to: s.review!.submittedByEmail, approved: true, by: actor.name, comment: opts.comment });
  return status(strapi, t);
}

export async function requestChanges(strapi: Core.Strapi, t: Target, actor: Actor, seen: string, comment: string): Promise<Status> {
  mustApprove(actor);
  const s = await pending(strapi, t, seen);
  await strapi.db.transaction(async () => {
    await saveReview(strapi, t, { state: 'changes_requested', decidedBy: actor.name, decidedAt: new Date().toISOString(), comment });
    await audit(strapi, { action: 'request_changes', target: t, actor, title: s.title, comment, versionHash: s.review!.versionHash });
  });
  notifyDecided(strapi, { ...t, title: s.title, to: s.review!.submittedByEmail, approved: false, by: actor.name, comment });
  return status(strapi, t);
}

/** Publishes the approved version the approver saw, now (the rules check it once more, in the publishing transaction). */
export async function publishNow(strapi: Core.Strapi, t: Target, actor: Actor, seen: string): Promise<Status> {
  mustApprove(actor);
  const s = await status(strapi, t);
  if (s.state !== 'approved') {
    if (s.stale) throw new VersionConflict('Der Entwurf wurde nach der Freigabe geändert; die geänderte Fassung braucht eine neue Freigabe.');
    fail('Veröffentlichen lässt sich nur eine freigegebene Fassung.');
  }
  bind(s, seen);
  await asActor(actor, () => strapi.documents(t.uid as 'api::article.article').publish({ documentId: t.documentId, locale: t.locale }));
  return status(strapi, t);
}

export async function schedule(strapi: Core.Strapi, t: Target, actor: Actor, seen: string, publishAt: Date | null): Promise<Status> {
  mustApprove(actor);
  const s = await status(strapi, t);
  if (s.state !== 'approved') {
    if (s.stale) throw new VersionConflict('Der Entwurf wurde nach der Freigabe geändert; die geänderte Fassung braucht eine neue Freigabe.');
    fail('Planen lässt sich nur eine freigegebene Fassung.');
  }
  bind(s, seen);
  await strapi.db.transaction(async () => {
    await saveReview(strapi, t, { publishAt: publishAt?.toISOString() ?? null, claimedAt: null });
    await audit(strapi, { action: 'schedule', target: t, actor, title: s.title, comment: publishAt ? `Veröffentlichung geplant für ${publishAt.toISOString()}` : 'Planung aufgehoben', versionHash: s.review!.versionHash });
  });
  return status(strapi, t);
}

export interface QueueItem {
  uid: string;
  documentId: string;
  locale: string;
  title: string;
  state: 'in_review' | 'approved';
  submittedBy: string | null;
  submittedAt: string | null;
  publishAt: string | null;
}

/** What waits for ITD11, oldest first; submissions edited since are not listed. */
export async function queue(strapi: Core.Strapi): Promise<QueueItem[]> {
  const rows = ReviewRows.parse(await strapi.db.query(REVIEW).findMany({ where: { state: { $in: ['in_review', 'approved'] } }, orderBy: { submittedAt: 'asc' }, limit: 500 }));
  const items: QueueItem[] = [];
  for (const r of rows) {
    const draft = await loadVersion(strapi, r.contentType, r.target, r.targetLocale, 'draft');
    if (!draft || draft.hash !== r.versionHash) continue;
    items.push({ uid: r.contentType, documentId: r.target, locale: r.targetLocale, title: draft.title, state: r.state === 'approved' ? 'approved' : 'in_review', submittedBy: r.submittedBy, submittedAt: r.submittedAt, publishAt: r.publishAt });
  }
  return items;
}

export async function history(strapi: Core.Strapi, t: Target) {
  return AuditRows.parse(await strapi.db.query(AUDIT).findMany({ where: { contentType: t.uid, target: t.documentId }, orderBy: { id: 'desc' }, limit: 200 }));
}
