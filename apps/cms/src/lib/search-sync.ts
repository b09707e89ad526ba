import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { articleType, locales, type Locale } from '@dsh/content-model';
import {
  articleDocument,
  createSearchClient,
  deleteDocuments,
  documentKey,
  ensureIndex,
  rebuildIndex,
  type SearchDocument,
  type SearchType,
} from '@dsh/search';
import { env } from '../env';

/**
 * The indexed content types: how to read a published document and map it to a search
 * document. New types register here with their content-model schema.
 */
const ArticleRow = articleType.input.extend({ documentId: z.string() });
const indexed = {
  'api::article.article': {
    type: 'article' as SearchType,
    toDocument: (row: unknown, locale: Locale) => articleDocument({ ...ArticleRow.parse(row), id: 0 }, locale),
  },
} as const;
type IndexedUid = keyof typeof indexed;

export function isIndexed(uid: string): uid is IndexedUid {
  return uid in indexed;
}

const PAGE = 500;

export function createSearchSync(strapi: Core.Strapi) {
  const e = env();
  const client = createSearchClient({ url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY });
  const uid = e.MEILI_INDEX;

  // Settings first, once: documents added to a missing index would create it without them.
  let ready: Promise<void> | undefined;
  const whenReady = () =>
    (ready ??= ensureIndex(client, uid).catch((err) => {
      ready = undefined;
      throw err;
    }));

  /** Make the index match the published versions of one document, in every locale. */
  async function syncDocument(ct: IndexedUid, documentId: string): Promise<void> {
    await whenReady();
    const def = indexed[ct];
    const upserts: SearchDocument[] = [];
    const removals: string[] = [];
    for (const locale of locales) {
      const row = await strapi.documents(ct).findOne({ documentId, locale, status: 'published' });
      if (row) upserts.push(def.toDocument(row, locale));
      else removals.push(documentKey(def.type, documentId, locale));
    }
    if (upserts.length) {
      const index = client.index(uid);
      await index.addDocuments(upserts, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    }
    await deleteDocuments(client, removals, uid);
  }

  async function* allPublished(): AsyncIterable<SearchDocument[]> {
    for (const [ct, def] of Object.entries(indexed) as [IndexedUid, (typeof indexed)[IndexedUid]][]) {
      for (const locale of locales) {
        for (let start = 0; ; start += PAGE) {
          const rows = await strapi.documents(ct).findMany({ locale, status: 'published', start, limit: PAGE });
          if (rows.length) yield rows.map((r) => def.toDocument(r, locale));
          if (rows.length < PAGE) break;
        }
      }
    }
  }

  return {
    client,
    ensureIndex: whenReady,
    syncDocument,
    rebuild: () => rebuildIndex(client, allPublished, uid),
    async documentCount(): Promise<number> {
      const stats = await client.index(uid).getStats();
      return stats.numberOfDocuments;
    },
  };
}

export type SearchSync = ReturnType<typeof createSearchSync>;
