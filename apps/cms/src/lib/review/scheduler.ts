import type { Core } from '@strapi/strapi';
import { asActor } from './actor';
import { REVIEW, type ReviewRow } from './store';

/**
 * Publishes approved versions whose time has come. Each due row is claimed with a conditional
 * update first, so with several CMS processes exactly one publishes it.
 */
export function createScheduler(strapi: Core.Strapi, { pollMs = 5_000 } = {}) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function runDue(): Promise<number> {
    const due = (await strapi.db.query(REVIEW).findMany({
      where: { state: 'approved', publishAt: { $lte: new Date() }, claimedAt: null },
      orderBy: { publishAt: 'asc' },
      limit: 50,
    })) as ReviewRow[];
    let published = 0;
    for (const row of due) {
      const { count } = await strapi.db.query(REVIEW).updateMany({ where: { id: row.id, claimedAt: null }, data: { claimedAt: new Date() } });
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

  function tick() {
    if (stopped) return;
    running = runDue()
      .then(() => undefined)
      .catch((err: Error) => {
        strapi.log.error(`scheduler: ${err.message}`);
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  }

  return {
    runDue,
    start() {
      stopped = false;
      timer = setTimeout(tick, pollMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
