import type { Core } from '@strapi/strapi';
import { contentTypes } from '@dsh/content-model';
import { env } from './env';
import { revalidateWeb, tagsFor } from './lib/revalidate';
import { createOutbox, registerOutboxRecorder } from './lib/outbox';
import { registerHealthRoute, registerOpsRoutes } from './lib/ops';
import { registerPreviewRoute } from './lib/preview';
import { VOCABULARY, createSearchSync, isIndexed } from './lib/search-sync';
import { ensureLocales, ensurePublicRead, ensureSuperAdmin, removeDefaultAdminRoles, removeDefaultApiTokens } from './lib/setup';
import { registerValidation } from './lib/validation';
import { closeRateLimitStore } from './lib/rate-limit-store';
import { asOperatorJob } from './lib/review/actor';
import { registerApprovalRules } from './lib/review/enforce';
import { registerMediaGate } from './lib/review/media';
import { restrictPluginRoutes } from './lib/route-policies';
import { ensureWorkflowRoles, ensureWorkflowUsers } from './lib/review/roles';
import { registerReviewRoutes } from './lib/review/routes';
import { createScheduler } from './lib/review/scheduler';
import { ensureSearchStatsIndex, registerSearchAnalyticsRoutes } from './lib/search-analytics';
import { seedDemoContent } from './seed';

/** Readable by the public role (published versions only; private fields never). */
const PUBLIC_TYPES: string[] = Object.values(contentTypes).map((ct) => ct.uid);
const PUBLIC_TYPE_SET = new Set(PUBLIC_TYPES);
/** Asked on every document-service call, so a set, not a list scan. */
const isPublicType = (uid: string) => PUBLIC_TYPE_SET.has(uid);

let stopOutbox = async () => {};
let stopScheduler = async () => {};

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Parse the environment before anything else: a bad variable stops the start with one message.
    env();
    registerValidation(strapi);
    // Every public type: the index follows the indexed ones, the pages follow all of them.
    registerOutboxRecorder(strapi, isPublicType);
    registerApprovalRules(strapi);
    registerMediaGate(strapi);
    restrictPluginRoutes(strapi);
    registerReviewRoutes(strapi);
    // A best bet may only pin a page that is live: the index holds exactly those.
    registerSearchAnalyticsRoutes(strapi, (path) => createSearchSync(strapi).pageExists(path));
    registerPreviewRoute(strapi);
    registerHealthRoute(strapi);
    registerOpsRoutes(strapi);
  },

  async destroy() {
    await stopScheduler();
    await stopOutbox();
    await closeRateLimitStore();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicRead(strapi, PUBLIC_TYPES);
    await ensureSuperAdmin(strapi);
    await removeDefaultApiTokens(strapi);
    await removeDefaultAdminRoles(strapi);
    await ensureWorkflowRoles(strapi);
    await ensureWorkflowUsers(strapi);
    await ensureSearchStatsIndex(strapi);
    // The demo content is published by an operator job, recorded as such in the audit trail.
    const seeded = env().SEED_DEMO_CONTENT ? await asOperatorJob('Demo-Inhalte (Seed)', () => seedDemoContent(strapi)) : false;

    const search = createSearchSync(strapi);

    // Every change to public content goes through the outbox: the index and the pages.
    const outbox = createOutbox(strapi, async ({ contentType, documentIds }) => {
      if (contentType === VOCABULARY) return void (await search.applyVocabulary());
      const tags = tagsFor(contentType.split('.').pop() ?? contentType, documentIds);
      // Pages do not read the index: both go out at once, and a failure of either retries both.
      await Promise.all([isIndexed(contentType) ? search.syncDocuments(contentType, documentIds) : null, revalidateWeb(tags, strapi.log)]);
    });
    outbox.start();
    stopOutbox = () => outbox.stop();
    const scheduler = createScheduler(strapi);
    scheduler.start();
    stopScheduler = () => scheduler.stop();

    // Index settings live in code and are applied on every start. An empty index (new
    // Meilisearch) is filled in the background; after seeding, the start waits for it, so the
    // portal opens with working search.
    const fill = async () => {
      try {
        await search.ensureIndex();
        // An empty index (new Meilisearch) or one of an older document mapping is filled anew.
        const stale = async () => (await search.documentCount()) === 0 || (await search.outdated());
        if (seeded || (await stale())) {
          const built = await outbox.exclusive(async () => {
            // Replicas starting together on an empty index wait for each other here (the lock is
            // shared through PostgreSQL): the first fills it, the others find it filled.
            if (!seeded && !(await stale())) return null;
            // A full rebuild reads every published version: changes queued before it began are
            // in it already (after a seed, thousands), so they are not delivered a second time.
            const before = await outbox.committedIds();
            const result = await search.rebuild();
            await outbox.discard(before);
            return result;
          });
          if (built) strapi.log.info(`search index built: ${built.documents} documents`);
        }
      } catch (err) {
        strapi.log.error(`search index not ready: ${(err as Error).message}`);
      }
    };
    if (seeded) await fill();
    else void fill();
  },
};
