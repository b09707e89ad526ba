import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { articleType, campaignType, eventType, locales, projectType, searchVocabularyType, serviceType, type Locale } from '@dsh/content-model';
import {
  articleDocument,
  campaignDocument,
  createSearchClient,
  deleteDocuments,
  documentKey,
  ensureIndex,
  eventDocument,
  MAPPING_FIELD,
  bestBetsFor,
  parseBestBets,
  projectDocument,
  defaultSynonyms,
  mergeSynonyms,
  parseSynonyms,
  rebuildIndex,
  serviceDocument,
  upsertDocuments,
  type SearchDocument,
  type SearchType,
} from '@dsh/search';
import { env } from '../env';

const VocabularyEntry = searchVocabularyType.input.pick({ synonyms: true, bestBets: true }).partial();

const taxonomy = { fields: ['name', 'slug'] };
const audience = { fields: ['name', 'slug', 'key'] };

/**
 * The indexed content types: what to load of a published document (bounded populate, no `*`)
 * and how to map it. Rows are parsed with the content-model schema before mapping; private
 * fields are never loaded.
 */
function indexedType<S extends z.ZodType>(type: SearchType, schema: S, populate: Record<string, unknown>, map: (e: z.infer<S>, l: Locale) => SearchDocument) {
  return { type, populate, toDocument: (row: unknown, locale: Locale) => map(schema.parse(row), locale) };
}

const indexed = {
  'api::article.article': indexedType('article', articleType.entry, { audiences: audience, topics: taxonomy }, articleDocument),
  'api::service.service': indexedType('service', serviceType.entry, { lebenslagen: taxonomy, onlineService: true }, serviceDocument),
  'api::project.project': indexedType('project', projectType.entry, { audiences: audience, topics: taxonomy }, projectDocument),
  'api::event.event': indexedType('event', eventType.entry, { audiences: audience, topics: taxonomy, venue: true }, eventDocument),
  'api::campaign.campaign': indexedType('campaign', campaignType.entry, { audiences: audience }, campaignDocument),
};
export type IndexedUid = keyof typeof indexed;
export const indexedUids = Object.keys(indexed) as IndexedUid[];

export function isIndexed(uid: string): uid is IndexedUid {
  return uid in indexed;
}

const PAGE = 500;

/** The editors' search dictionary (a single type): published, it changes the index's synonyms. */
export const VOCABULARY = 'api::search-vocabulary.search-vocabulary';

export function createSearchSync(strapi: Core.Strapi) {
  const e = env();
  const client = createSearchClient({ url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY, timeoutMs: 30_000 });
  const uid = e.MEILI_INDEX;

  /** The published dictionary of the editors (synonyms and best bets), or nothing yet. */
  async function vocabulary() {
    return VocabularyEntry.nullable().parse((await strapi.documents(VOCABULARY).findFirst({ status: 'published', fields: ['synonyms', 'bestBets'] })) ?? null);
  }
  /** Synonyms in force: the defaults in code with the published dictionary of the editors over them. */
  async function synonyms(): Promise<Record<string, string[]>> {
    return mergeSynonyms(defaultSynonyms, parseSynonyms((await vocabulary())?.synonyms ?? ''));
  }
  const bestBets = async () => parseBestBets((await vocabulary())?.bestBets ?? '');
  /** A document as indexed: its mapping plus the best bets that pin it. */
  const withBets = (doc: SearchDocument, bets: Map<string, string[]>): SearchDocument => ({ ...doc, bestFor: bestBetsFor(bets, doc.path) });

  // Settings first, once: documents added to a missing index would create it without them.
  let ready: Promise<void> | undefined;
  const whenReady = () =>
    (ready ??= synonyms().then((s) => ensureIndex(client, uid, { synonyms: s })).catch((err) => {
      ready = undefined;
      throw err;
    }));

  const published = (ct: IndexedUid, locale: Locale, extra: Record<string, unknown>) =>
    strapi.documents(ct as UID.ContentType).findMany({ locale, status: 'published', populate: indexed[ct].populate as never, ...extra });

  /** Make the index match the published versions of these documents, in every locale. */
  async function syncDocuments(ct: IndexedUid, documentIds: string[]): Promise<void> {
    await whenReady();
    const def = indexed[ct];
    const bets = await bestBets();
    const upserts: SearchDocument[] = [];
    const removals: string[] = [];
    for (const locale of locales) {
      const rows = await published(ct, locale, { filters: { documentId: { $in: documentIds } }, limit: documentIds.length });
      const found = new Set(rows.map((r) => r.documentId));
      for (const r of rows) upserts.push(withBets(def.toDocument(r, locale), bets));
      for (const id of documentIds) if (!found.has(id)) removals.push(documentKey(def.type, id, locale));
    }
    await upsertDocuments(client, upserts, uid);
    await deleteDocuments(client, removals, uid);
  }

  async function* allPublished(): AsyncIterable<SearchDocument[]> {
    const bets = await bestBets();
    for (const ct of indexedUids) {
      const def = indexed[ct];
      for (const locale of locales) {
        for (let start = 0; ; start += PAGE) {
          const rows = await published(ct, locale, { start, limit: PAGE, sort: 'id:asc' });
          if (rows.length) yield rows.map((r) => withBets(def.toDocument(r, locale), bets));
          if (rows.length < PAGE) break;
        }
      }
    }
  }

  return {
    client,
    ensureIndex: whenReady,
    syncDocuments,
    rebuild: async () => rebuildIndex(client, allPublished, uid, { synonyms: await synonyms() }),
    /**
     * ITD11 published the dictionary: its synonyms become the index's, and its best bets are
     * written into the documents they pin (and taken off those they no longer pin) as a partial
     * update of `bestFor`, so the next search shows them without a reindex.
     */
    async applyVocabulary(): Promise<{ pinned: number }> {
      await whenReady();
      const index = client.index(uid);
      const bets = await bestBets();
      await index.updateSynonyms(await synonyms()).waitTask({ timeout: 60_000, interval: 10 });
      const paths = [...bets.keys()].flatMap((p) => [p, `/en${p === '/' ? '' : p}`]);
      const touched = new Map<string, string>();
      const Found = z.object({ results: z.array(z.object({ id: z.string(), path: z.string() })) });
      const filters = ['bestFor EXISTS AND NOT bestFor IS EMPTY', ...(paths.length ? [`path IN [${paths.map((p) => JSON.stringify(p)).join(', ')}]`] : [])];
      for (const filter of filters) {
        for (let offset = 0; ; offset += 1000) {
          const page = Found.parse(await index.getDocuments({ filter, fields: ['id', 'path'], limit: 1000, offset }));
          for (const d of page.results) touched.set(d.id, d.path);
          if (page.results.length < 1000) break;
        }
      }
      const updates = [...touched].map(([id, path]) => ({ id, bestFor: bestBetsFor(bets, path) }));
      if (updates.length) {
        const task = await index.updateDocuments(updates, { primaryKey: 'id' }).waitTask({ timeout: 60_000, interval: 10 });
        if (task.status !== 'succeeded') throw new Error(`best bets not applied: ${task.error?.message ?? task.status}`);
      }
      return { pinned: updates.filter((u) => u.bestFor.length).length };
    },
    /**
     * Compares the index with the published content and repairs the difference: documents
     * missing from the index, documents whose indexed text is not what is published, and
     * documents the index holds that are no longer published. `dryRun` only reports.
     */
    async reconcile({ dryRun = false } = {}): Promise<ReconcileReport> {
      await whenReady();
      const expected = new Map<string, SearchDocument>();
      for await (const batch of allPublished()) for (const d of batch) expected.set(d.id, d);
      const missing: SearchDocument[] = [];
      const stale: SearchDocument[] = [];
      const extra: string[] = [];
      const seen = new Set<string>();
      for (let offset = 0; ; offset += 1000) {
        const page = await client.index(uid).getDocuments<Record<string, unknown>>({ limit: 1000, offset });
        for (const actual of page.results) {
          const id = String(actual.id);
          seen.add(id);
          const want = expected.get(id);
          if (!want) extra.push(id);
          else if (!sameDocument(want, actual)) stale.push(want);
        }
        if (page.results.length < 1000) break;
      }
      for (const [id, d] of expected) if (!seen.has(id)) missing.push(d);
      if (!dryRun) {
        await upsertDocuments(client, [...missing, ...stale], uid);
        await deleteDocuments(client, extra, uid);
      }
      return { published: expected.size, indexed: seen.size, missing: missing.map((d) => d.id), stale: stale.map((d) => d.id), extra, repaired: !dryRun };
    },
    /** A live page (in any language) has this path. */
    async pageExists(path: string): Promise<boolean> {
      const found = await client.index(uid).getDocuments({ filter: `path = ${JSON.stringify(path)}`, fields: ['id'], limit: 1 });
      return found.results.length > 0;
    },
    async documentCount(): Promise<number> {
      const stats = await client.index(uid).getStats();
      return stats.numberOfDocuments;
    },
    /** The index holds documents of an older mapping (without the current mapping's field). */
    async outdated(): Promise<boolean> {
      const stats = await client.index(uid).getStats();
      return stats.numberOfDocuments > 0 && (stats.fieldDistribution[MAPPING_FIELD] ?? 0) < stats.numberOfDocuments;
    },
  };
}

export type SearchSync = ReturnType<typeof createSearchSync>;

export interface ReconcileReport {
  published: number;
  indexed: number;
  missing: string[];
  stale: string[];
  extra: string[];
  repaired: boolean;
}

/** Field by field, as the index returns it (its key order is not ours). */
function sameDocument(want: SearchDocument, actual: Record<string, unknown>): boolean {
  return (Object.keys(want) as (keyof SearchDocument)[]).every((k) => JSON.stringify(want[k]) === JSON.stringify(actual[k] ?? null));
}
