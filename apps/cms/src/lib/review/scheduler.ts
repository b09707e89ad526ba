import type { Core } from '@strapi/strapi';
import { asActor } from './actor';
import { REVIEW, ReviewRows } from './store';

/**
 * A claim older than this belongs to a process that died between claiming and publishing (the
 * publish transaction rolled back with it): the row may be claimed again. A publish takes
 * well under a second, so a live claimer never loses its claim.
 */
const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Publishes approved versions whose time has come. Each due row is claimed with a conditional
 * update first (one UPDATE … WHERE claimed_at IS NULL: the database lets exactly one of two
 * concurrent claimers change the row), so with several CMS replicas exactly one publishes it.
 */
export function createScheduler(strapi: Core.Strapi, { pollMs = 5_000 } = {}) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function runDue(): Promise<number> {
    const unclaimed = () => ({ $or: [{ claimedAt: null }, { claimedAt: { $lt: new Date(Date.now() - CLAIM_LEASE_MS) } }] });
    const due = ReviewRows.parse(await strapi.db.query(REVIEW).findMany({
      where: { state: 'approved', publishAt: { $lte: new Date() }, ...unclaimed() },
      orderBy: { publishAt: 'asc' },
      limit: 50,
    }));
    let published = 0;
    for (const row of due) {
      const { count } = await strapi.db.query(REVIEW).updateMany({ where: { id: row.id, ...unclaimed() }, data: { claimedAt: new Date() } });
      if (count !== 1) continue;
      const actor = { kind: 'system' as const, name: `Zeitplan (freigegeben von ${row.decidedBy ?? 'ITD11'})`, approver: true, operatorJob: false };
      try {
        await asActor(actor, () => strapi.documents(row.contentType as 'api::article.article').publish({ documentId: row.target, locale: row.targetLocale }));
        published++;
      } catch (err) {
        // Not published (the version changed, the document was deleted): the claim is released
        // and the time cleared, so it is not retried in a loop; the review stays for ITD11.
        await strapi.db.query(REVIEW).updateMany({ where: { id: row.id }, data: { claimedAt: null, publishAt: null } });
        strapi.log.warn(`scheduled publish of ${row.contentType} ${row.target} (${row.targetLocale}) failed: ${(err as Error).message}`);
      }
    }
    return published;
  }

  // Every replica ticks on the same wall-clock boundaries: a scheduled time goes live at the
  // next boundary whichever replica wins, and the replicas contend for the claim at the same
  // moment, which is what the replicas test needs to prove the claim holds.
  const nextTick = () => pollMs - (Date.now() % pollMs);

  function tick() {
    if (stopped) return;
    running = runDue()
      .then(() => undefined)
      .catch((err: Error) => {
        strapi.log.error(`scheduler: ${err.message}`);
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, nextTick());
      });
  }

  return {
    runDue,
    start() {
      stopped = false;
      timer = setTimeout(tick, nextTick());
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
