import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/** A row's id as the query engine returns it (a bigint column arrives as a string on PostgreSQL). */
const IdRow = z.object({ id: z.coerce.number() });

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
const OutboxRow = IdRow.extend({
  contentType: z.string(),
  target: z.string(),
  event: z.string(),
  attempts: z.number().nullable(),
  /** Written in the transaction of the change: when it was committed, give or take that transaction. */
  createdAt: z.union([z.string(), z.number(), z.date()]).nullable(),
});
type Row = z.infer<typeof OutboxRow>;
/** PostgreSQL's answer to the advisory-lock query in claim(): one row per document key. */
const AdvisoryLocks = z.object({ rows: z.array(z.object({ k: z.string(), mine: z.boolean() })) });

export interface OutboxJob {
  contentType: string;
  documentId: string;
  event: string;
}

/** Advisory lock namespaces (two-int form): a full rebuild, and one document in delivery. */
const LOCK_REBUILD = 0x44534801;
const LOCK_DOCUMENT = 0x44534802;

export const postgres = (strapi: Core.Strapi): boolean => strapi.db.dialect.client === 'postgres';

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
      const newest = IdRow.nullable().parse(await log.findOne({ select: ['id'], orderBy: { id: 'desc' } }));
      if (newest && newest.id > KEEP_DELIVERIES) await log.deleteMany({ where: { id: { $lte: newest.id - KEEP_DELIVERIES } } });
    } catch (err) {
      strapi.log.warn(`outbox: delivery figures not recorded: ${(err as Error).message}`);
    }
  }

  const backoffMs = (attempts: number) => Math.min(60_000, 500 * 2 ** Math.min(attempts, 7));

  interface RowOps {
    remove(ids: number[]): Promise<unknown>;
    retry(ids: number[], data: { attempts: number; availableAt: Date; lastError: string }): Promise<unknown>;
    /** Runs one group's delivery so that its failure leaves the rest of the round usable. */
    guard<T>(fn: () => Promise<T>): Promise<T>;
  }

  /** Delivers `rows` per content type; returns the groups delivered. */
  async function deliverRows(rows: Row[], ops: RowOps): Promise<Row[][]> {
    const delivered: Row[][] = [];
    const byType = new Map<string, Row[]>();
    for (const r of rows) byType.set(r.contentType, [...(byType.get(r.contentType) ?? []), r]);
    for (const [contentType, group] of byType) {
      const documentIds = [...new Set(group.map((r) => r.target))];
      const ids = group.map((r) => r.id);
      try {
        await ops.guard(async () => {
          await deliver({ contentType, documentIds });
          await ops.remove(ids);
        });
        lastDelivery = Date.now();
        delivered.push(group);
      } catch (err) {
        const attempts = Math.max(...group.map((r) => r.attempts ?? 0)) + 1;
        const message = (err as Error).message;
        await ops.retry(ids, { attempts, availableAt: new Date(Date.now() + backoffMs(attempts)), lastError: message.slice(0, 2000) });
        strapi.log.warn(`outbox: ${documentIds.length} ${contentType} not delivered (attempt ${attempts}): ${message}`);
      }
    }
    return delivered;
  }

  const documents = (groups: Row[][]) => groups.reduce((n, g) => n + new Set(g.map((r) => r.target)).size, 0);

  /** SQLite: one CMS process by definition (one file, one writer), so reading is claiming. */
  async function localRound(): Promise<number | null> {
    const rows = z.array(OutboxRow).parse(await table().findMany({ where: { availableAt: { $lte: new Date() } }, orderBy: { id: 'asc' }, limit: batchSize }));
    if (!rows.length) return null;
    const delivered = await deliverRows(rows, {
      remove: (ids) => table().deleteMany({ where: { id: { $in: ids } } }),
      retry: (ids, data) => table().updateMany({ where: { id: { $in: ids } }, data }),
      guard: (fn) => fn(),
    });
    for (const group of delivered) await recordDeliveries(group);
    return documents(delivered);
  }

  /**
   * PostgreSQL, any number of CMS replicas: the due rows are locked `FOR UPDATE SKIP LOCKED`
   * in a transaction that lasts until they are delivered and deleted, so another replica
   * skips them; a replica that dies mid-delivery loses its connection, the transaction rolls
   * back and the rows are delivered by whoever polls next. A per-document advisory lock keeps
   * two replicas from delivering the same document at once from two different rows: the one
   * that read older state could otherwise reach Meilisearch last and leave the index stale.
   * The delivery reads the documents inside this transaction (Strapi's transaction context),
   * so a round needs one connection, never a second one from a pool it could be waiting on.
   */
  async function claimedRound(): Promise<number | null> {
    const meta = strapi.db.metadata.get(UID);
    const col = (name: string) => (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
    // Most polls find nothing due: one read, no transaction.
    const due = await strapi.db.connection(meta.tableName).where(col('availableAt'), '<=', new Date()).first('id');
    if (!due) return null;
    const delivered = await strapi.db.transaction(async ({ trx }) => {
      const free = await trx.raw('SELECT pg_try_advisory_xact_lock_shared(?, 0) AS free', [LOCK_REBUILD]);
      if (!free.rows[0]?.free) return null;
      const found = await trx(meta.tableName)
        .select('id', { contentType: col('contentType'), target: col('target'), event: col('event'), attempts: col('attempts'), createdAt: col('createdAt') })
        .where(col('availableAt'), '<=', new Date())
        .orderBy('id', 'asc')
        .limit(batchSize)
        .forUpdate()
        .skipLocked();
      if (!found.length) return null;
      const rows = z.array(OutboxRow).parse(found);
      const keys = [...new Set(rows.map((r) => `${r.contentType}:${r.target}`))];
      const locks = await trx.raw('SELECT k, pg_try_advisory_xact_lock(?, hashtext(k)) AS mine FROM unnest(?::text[]) AS k', [LOCK_DOCUMENT, keys]);
      const mine = new Set(AdvisoryLocks.parse(locks).rows.filter((l) => l.mine).map((l) => l.k));
      const claimed = rows.filter((r) => mine.has(`${r.contentType}:${r.target}`));
      if (!claimed.length) return null;
      return deliverRows(claimed, {
        remove: (ids) => trx(meta.tableName).whereIn('id', ids).del(),
        retry: (ids, data) =>
          trx(meta.tableName)
            .whereIn('id', ids)
            .update({ [col('attempts')]: data.attempts, [col('availableAt')]: data.availableAt, [col('lastError')]: data.lastError }),
        // A failed statement aborts a PostgreSQL transaction: the savepoint keeps the claim
        // (and the other groups of the round) alive, so the failure is recorded with backoff.
        async guard(fn) {
          await trx.raw('SAVEPOINT outbox_group');
          try {
            const result = await fn();
            await trx.raw('RELEASE SAVEPOINT outbox_group');
            return result;
          } catch (err) {
            await trx.raw('ROLLBACK TO SAVEPOINT outbox_group');
            throw err;
          }
        },
      });
    });
    if (!delivered) return null;
    // After the commit: figures only, never a reason to deliver again.
    for (const group of delivered) await recordDeliveries(group);
    return documents(delivered);
  }

  /** Deliver everything that is due; returns how many documents were delivered. */
  async function drain(): Promise<number> {
    let delivered = 0;
    // A stop ends the loop between batches: what is left stays queued for the next start.
    while (!stopped) {
      const n = postgres(strapi) ? await claimedRound() : await localRound();
      // Nothing due, or all of it in another replica's hands: the next poll looks again.
      if (n === null) return delivered;
      delivered += n;
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
        if (!postgres(strapi)) return fn();
        // Other replicas too: their deliveries hold this lock shared, so taking it exclusively
        // waits for the ones in flight and keeps new ones out until the rebuild has swapped.
        return strapi.db.connection.transaction(async (trx) => {
          await trx.raw('SELECT pg_advisory_xact_lock(?, 0)', [LOCK_REBUILD]);
          return fn();
        });
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
    /**
     * The jobs committed now, by id. Not "every id up to the highest": on PostgreSQL a
     * publishing transaction can hold a lower id and commit after a higher one, so a cut-off
     * by id would drop a publish that the rebuild did not see.
     */
    async committedIds(): Promise<number[]> {
      return z.array(IdRow).parse(await table().findMany({ select: ['id'] })).map((r) => r.id);
    },
    /** Drops jobs a full rebuild has made redundant: exactly those committed before it began. */
    async discard(ids: number[]): Promise<void> {
      for (let i = 0; i < ids.length; i += 500) await table().deleteMany({ where: { id: { $in: ids.slice(i, i + 500) } } });
    },
    async backlog(): Promise<{ pending: number; failing: number; lastDelivery: number }> {
      const pending = await table().count({});
      const failing = await table().count({ where: { attempts: { $gt: 0 } } });
      return { pending, failing, lastDelivery };
    },
  };
}
