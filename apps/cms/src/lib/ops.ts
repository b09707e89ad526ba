import type { Core } from '@strapi/strapi';
import { contentTypes } from '@dsh/content-model';
import { createSearchClient } from '@dsh/search';
import { z } from 'zod';
import { env } from '../env';
import { DELIVERIES } from './outbox';

const OUTBOX = 'api::outbox-event.outbox-event';

/** A datetime as the database driver hands it back (Date, ISO text or epoch ms, by dialect). */
const Instant = z.coerce.date();

export interface OutboxBacklog {
  /** Changes not yet delivered to the index and the web app. */
  pending: number;
  /** Of those, the ones whose delivery failed at least once (retried with backoff). */
  failed: number;
  /** Age of the oldest undelivered change; 0 when nothing waits. */
  oldestPendingSeconds: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export async function outboxBacklog(strapi: Core.Strapi): Promise<OutboxBacklog> {
  const table = strapi.db.query(OUTBOX);
  const [pending, failed, oldest] = await Promise.all([
    table.count({}),
    table.count({ where: { attempts: { $gt: 0 } } }),
    table.findOne({ select: ['createdAt'], orderBy: { id: 'asc' } }),
  ]);
  const since = z.object({ createdAt: Instant }).nullable().parse(oldest ?? null)?.createdAt;
  return { pending, failed, oldestPendingSeconds: since ? Math.max(0, seconds(Date.now() - since.getTime())) : 0 };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const DeliveryRow = z.object({
  contentType: z.string(),
  target: z.string(),
  event: z.string(),
  committedAt: Instant,
  deliveredAt: Instant,
});

/** The field that names a document of each type, for the list ITD11 reads. */
const titleField = new Map<string, string>(
  Object.values(contentTypes).map((ct) => [ct.uid, ['title', 'name', 'unit'].find((f) => f in ct.fields) ?? '']),
);

export interface RecentDelivery {
  type: string;
  documentId: string;
  title: string | null;
  event: string;
  seconds: number;
  deliveredAt: string;
}

export interface PublishToLive {
  /** How many deliveries the percentiles cover (the newest, at most `sample`). */
  count: number;
  p50Seconds: number | null;
  p95Seconds: number | null;
  recent: RecentDelivery[];
}

/**
 * How long a published change takes to be live (in the index and the web app's cache): from
 * its commit, when the outbox row is written, to its delivery.
 */
export async function publishToLive(strapi: Core.Strapi, { sample = 100, recent = 5 } = {}): Promise<PublishToLive> {
  const rows = z.array(DeliveryRow).parse(await strapi.db.query(DELIVERIES).findMany({ orderBy: { id: 'desc' }, limit: sample }));
  const latencies = rows.map((r) => Math.max(0, r.deliveredAt.getTime() - r.committedAt.getTime())).sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const newest = await Promise.all(
    rows.slice(0, recent).map(async (r): Promise<RecentDelivery> => {
      const field = titleField.get(r.contentType);
      const doc = field ? await strapi.db.query(r.contentType as 'api::article.article').findOne({ select: [field], where: { documentId: r.target }, orderBy: { id: 'desc' } }) : null;
      const title = z.record(z.string(), z.unknown()).nullable().parse(doc ?? null)?.[field ?? ''];
      return {
        type: r.contentType.split('.').pop() ?? r.contentType,
        documentId: r.target,
        title: typeof title === 'string' ? title : null,
        event: r.event,
        seconds: seconds(r.deliveredAt.getTime() - r.committedAt.getTime()),
        deliveredAt: r.deliveredAt.toISOString(),
      };
    }),
  );
  return { count: latencies.length, p50Seconds: p50 === null ? null : seconds(p50), p95Seconds: p95 === null ? null : seconds(p95), recent: newest };
}

/** Resolves false when `check` fails or takes longer than `ms` (a pool waiting for a dead server). */
async function within(ms: number, check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([check().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: boolean;
  search: boolean;
  outbox: OutboxBacklog | null;
}

let searchClient: ReturnType<typeof createSearchClient> | undefined;

export async function health(strapi: Core.Strapi): Promise<Health> {
  const e = env();
  // One client (and keep-alive agent) for every check, not a new socket pool each time.
  searchClient ??= createSearchClient({ url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY, timeoutMs: 2_000 });
  const search = searchClient;
  const [database, searchUp] = await Promise.all([
    within(3_000, () => strapi.db.connection.raw('select 1')),
    within(3_000, async () => {
      if (!(await search.isHealthy())) throw new Error('unhealthy');
    }),
  ]);
  // Without the database nothing works, and the outbox cannot be read either.
  const outbox = database ? await outboxBacklog(strapi).catch(() => null) : null;
  return { status: !database ? 'down' : searchUp ? 'ok' : 'degraded', database, search: searchUp, outbox };
}

type Ctx = { status: number; body: unknown; set: (k: string, v: string) => void };

/**
 * GET /api/health, public: 200 while the CMS can take edits (search down is `degraded`: the
 * outbox keeps the changes until it is back), 503 when the database is unreachable. Only
 * booleans and counts: no error text, which could carry a host name or a connection string.
 */
export function registerHealthRoute(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/api/health',
      handler: async (ctx: Ctx) => {
        const h = await health(strapi);
        ctx.set('cache-control', 'no-store');
        ctx.status = h.status === 'down' ? 503 : 200;
        ctx.body = h;
      },
      config: { auth: false },
    },
  ] as never);
}

/**
 * The operations box of ITD11's review queue (`/dsh-ops/status`, behind admin login): the
 * outbox backlog and how long publishing takes to reach the sites. ITD11 and super admins only.
 */
export function registerOpsRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/dsh-ops',
    routes: [
      {
        method: 'GET',
        path: '/status',
        handler: async (ctx: Ctx) => {
          const [h, live] = await Promise.all([health(strapi), publishToLive(strapi)]);
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: { checkedAt: new Date().toISOString(), search: h.search, outbox: h.outbox, publishToLive: live } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin', 'global::is-approver'] },
      },
    ],
  } as never);
}
