import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

const UID = 'api::outbox-event.outbox-event';
/** Delivered events, kept for the publish-to-live figures (lib/ops.ts). */
export const DELIVERIES = 'api::outbox-delivery.outbox-delivery';
/** Enough for the figures over the last 100 deliveries, with room; older rows are pruned. */
const KEEP_DELIVERIES = 500;

/** Documents of one content type whose published state changed. */
export interface OutboxBatch {
  contentType: string;
  documentIds: string[];
}

/** `documentId` is reserved by Strapi, so the column is called `target`. */
interface Row {
  id: number;
  contentType: string;
  target: string;
  event: string;
  attempts: number | null;
  /** Written in the transaction of the change: when it was committed, give or take that transaction. */
  createdAt: string | Date | null;
}

export interface OutboxJob {
  contentType: string;
  documentId: string;
  event: string;
}

const collecting = new AsyncLocalStorage<Map<string, OutboxJob>>();

/** Set by the running worker: a committed change wakes it at once instead of at the next poll. */
let wake: (() => void) | undefined;

async function enqueue(strapi: Core.Strapi, job: OutboxJob): Promise<void> {
  const batch = collecting.getStore();
  if (batch) {
    // The last event of a document in a batch decides (publish, then delete: delete).
    batch.delete(`${job.contentType}:${job.documentId}`);
    batch.set(`${job.contentType}:${job.documentId}`, job);
    return;
  }
  await strapi.db.query(UID).create({ data: { contentType: job.contentType, target: job.documentId, event: job.event, attempts: 0, availableAt: new Date() } });
}

const PUBLISHED_STATE_CHANGES = new Set(['publish', 'unpublish', 'delete']);

/**
 * Records every change to published content in the same transaction as the change itself: a
 * document-service middleware on every path (admin, REST, importer, seed). Strapi's own
 * `entry.publish` events fire after commit, so a crash in between would lose the change.
 */
export function registerOutboxRecorder(strapi: Core.Strapi, isIndexed: (uid: string) => boolean): void {
  strapi.documents.use(async (ctx, next) => {
    const params = (ctx.params ?? {}) as { documentId?: string; status?: string };
    const changesLive = PUBLISHED_STATE_CHANGES.has(ctx.action) || ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published');
    if (!changesLive || !isIndexed(ctx.uid)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      onCommit(() => wake?.());
      const result = await next();
      const created = result && typeof result === 'object' && 'documentId' in result ? result.documentId : undefined;
      const documentId = params.documentId ?? (typeof created === 'string' ? created : undefined);
      if (documentId) {
        const event = ctx.action === 'create' || ctx.action === 'update' ? 'publish' : ctx.action;
        await enqueue(strapi, { contentType: ctx.uid, documentId, event });
      }
      return result;
    });
  });
}

/**
 * Runs `fn` (inside the caller's transaction) with the outbox rows of its changes collected
 * and written at the end in one multi-row insert, instead of one insert per document. The
 * importer uses it: a 500-service batch then costs one outbox write, still in its transaction.
 */
export async function withBatchedOutbox<T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<T> {
  const jobs = new Map<string, OutboxJob>();
  const result = await collecting.run(jobs, fn);
  const now = new Date();
  const rows = [...jobs.values()].map((j) => ({ contentType: j.contentType, target: j.documentId, event: j.event, attempts: 0, availableAt: now }));
  for (let i = 0; i < rows.length; i += 500) await strapi.db.query(UID).createMany({ data: rows.slice(i, i + 500) });
  return result;
}

/**
 * Changes to published content are written to a table first and delivered from there: a
 * change survives a Meilisearch outage or a restart, and the worker always reads committed
 * state (events may fire inside the editor's transaction). Delivery makes the index match the
 * database, so repeating a job is harmless; due jobs are delivered in batches per content type.
 */
export function createOutbox(strapi: Core.Strapi, deliver: (batch: OutboxBatch) => Promise<void>, { pollMs = 150, batchSize = 100 } = {}) {
  const table = () => strapi.db.query(UID);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let paused: Promise<unknown> | undefined;
  let lastDelivery = 0;

  /**
   * Keeps when each event was committed and when it went live. A failure here loses figures,
   * never a delivery: the change is out already and must not be sent again.
   */
  async function recordDeliveries(group: Row[]): Promise<void> {
    try {
      const deliveredAt = new Date();
      const rows = group.slice(-KEEP_DELIVERIES).map((r) => ({
        contentType: r.contentType,
        target: r.target,
        event: r.event,
        committedAt: r.createdAt ? new Date(r.createdAt) : deliveredAt,
        deliveredAt,
        attempts: r.attempts ?? 0,
      }));
      const log = strapi.db.query(DELIVERIES);
      await log.createMany({ data: rows });
      const newest = (await log.findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id: number } | null;
      if (newest && newest.id > KEEP_DELIVERIES) await log.deleteMany({ where: { id: { $lte: newest.id - KEEP_DELIVERIES } } });
    } catch (err) {
      strapi.log.warn(`outbox: delivery figures not recorded: ${(err as Error).message}`);
    }
  }

  const backoffMs = (attempts: number) => Math.min(60_000, 500 * 2 ** Math.min(attempts, 7));

  /** Deliver everything that is due; returns how many documents were delivered. */
  async function drain(): Promise<number> {
    let delivered = 0;
    // A stop ends the loop between batches: what is left stays queued for the next start.
    while (!stopped) {
      const rows = (await table().findMany({
        where: { availableAt: { $lte: new Date() } },
        orderBy: { id: 'asc' },
        limit: batchSize,
      })) as Row[];
      if (!rows.length) return delivered;
      const byType = new Map<string, Row[]>();
      for (const r of rows) byType.set(r.contentType, [...(byType.get(r.contentType) ?? []), r]);
      for (const [contentType, group] of byType) {
        const documentIds = [...new Set(group.map((r) => r.target))];
        try {
          await deliver({ contentType, documentIds });
          await table().deleteMany({ where: { id: { $in: group.map((r) => r.id) } } });
          delivered += documentIds.length;
          lastDelivery = Date.now();
          await recordDeliveries(group);
        } catch (err) {
          const attempts = Math.max(...group.map((r) => r.attempts ?? 0)) + 1;
          const message = (err as Error).message;
          await table().updateMany({
            where: { id: { $in: group.map((r) => r.id) } },
            data: { attempts, availableAt: new Date(Date.now() + backoffMs(attempts)), lastError: message.slice(0, 2000) },
          });
          strapi.log.warn(`outbox: ${documentIds.length} ${contentType} not delivered (attempt ${attempts}): ${message}`);
        }
      }
    }
    return delivered;
  }

  function tick() {
    if (stopped) return;
    if (running || paused) {
      timer = setTimeout(tick, pollMs);
      return;
    }
    running = drain()
      .then(() => undefined)
      .catch((err: Error) => {
        strapi.log.error(`outbox: ${err.message}`);
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  }

  return {
    drain,
    start() {
      stopped = false;
      timer = setTimeout(tick, pollMs);
      wake = () => {
        if (stopped || running || paused) return;
        if (timer) clearTimeout(timer);
        tick();
      };
    },
    /**
     * Runs `fn` with no delivery in progress or starting. A full reindex uses it: changes made
     * meanwhile stay queued and are applied to the new index after the swap, not to the old
     * one that is about to be replaced.
     */
    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      while (paused) await paused.catch(() => undefined);
      const job = (async () => {
        await running;
        return fn();
      })();
      paused = job;
      try {
        return await job;
      } finally {
        paused = undefined;
      }
    },
    /** Stops polling and waits for a delivery in progress, so shutdown closes no query mid-way. */
    async stop() {
      stopped = true;
      wake = undefined;
      if (timer) clearTimeout(timer);
      await running;
    },
    /** The newest queued job, to mark where a full rebuild starts. */
    async lastId(): Promise<number> {
      const row = (await table().findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id: number } | null;
      return row?.id ?? 0;
    },
    /** Drops jobs a full rebuild has made redundant (queued before it began). */
    async discardUpTo(id: number): Promise<void> {
      if (id > 0) await table().deleteMany({ where: { id: { $lte: id } } });
    },
    async backlog(): Promise<{ pending: number; failing: number; lastDelivery: number }> {
      const pending = await table().count({});
      const failing = await table().count({ where: { attempts: { $gt: 0 } } });
      return { pending, failing, lastDelivery };
    },
  };
}
