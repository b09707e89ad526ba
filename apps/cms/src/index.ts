import type { Core } from '@strapi/strapi';
import { env } from './env';
import { revalidateWeb, tagsFor } from './lib/revalidate';
import { createSearchSync, isIndexed, type SearchSync } from './lib/search-sync';
import { ensureLocales, ensurePublicRead, ensureSuperAdmin } from './lib/setup';
import { seedDemoContent } from './seed';

const PUBLIC_TYPES = ['api::article.article'];

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: string };
}

export default {
  register() {
    // Parse the environment before anything else: a bad variable stops the start with one message.
    env();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicRead(strapi, PUBLIC_TYPES);
    await ensureSuperAdmin(strapi);
    const seeded = env().SEED_DEMO_CONTENT ? await seedDemoContent(strapi) : false;

    const search = createSearchSync(strapi);
    (strapi as Core.Strapi & { searchSync?: SearchSync }).searchSync = search;

    const onChange = async ({ uid, entry }: EntryEvent) => {
      if (!uid || !entry?.documentId || !isIndexed(uid)) return;
      const type = uid.split('.').pop() ?? uid;
      try {
        await search.syncDocument(uid, entry.documentId);
      } catch (err) {
        strapi.log.error(`search sync ${uid} ${entry.documentId}: ${(err as Error).message}`);
      }
      await revalidateWeb(tagsFor(type, entry.documentId), strapi.log);
    };
    for (const event of ['entry.publish', 'entry.unpublish', 'entry.delete']) {
      strapi.eventHub.on(event, onChange);
    }

    // Index settings live in code and are applied on every start; an empty index (first
    // start, new Meilisearch) or fresh seed is filled from the published content.
    void (async () => {
      try {
        await search.ensureIndex();
        if (seeded || (await search.documentCount()) === 0) {
          const { documents } = await search.rebuild();
          strapi.log.info(`search index built: ${documents} documents`);
        }
      } catch (err) {
        strapi.log.error(`search index not ready: ${(err as Error).message}`);
      }
    })();
  },
};
