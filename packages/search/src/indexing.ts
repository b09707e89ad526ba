import type { Meilisearch, Settings } from 'meilisearch';
import { SearchDocument } from './documents.js';
import { INDEX_UID, indexSettings } from './settings.js';

const TASK_TIMEOUT = 120_000;

/** `overrides` carries what is not in code, such as the synonyms editors maintain in the CMS. */
export async function ensureIndex(client: Meilisearch, uid = INDEX_UID, overrides: Settings = {}): Promise<void> {
  const indexes = await client.getIndexes({ limit: 1000 });
  if (!indexes.results.some((i) => i.uid === uid)) {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT });
  }
  await client.index(uid).updateSettings({ ...indexSettings, ...overrides }).waitTask({ timeout: TASK_TIMEOUT });
}

export async function upsertDocuments(client: Meilisearch, docs: SearchDocument[], uid = INDEX_UID): Promise<void> {
  if (!docs.length) return;
  const valid = docs.map((d) => SearchDocument.parse(d));
  // A small document lands in Meilisearch in ~15 ms: poll finely, so publish-to-search stays fast.
  const task = await client.index(uid).addDocuments(valid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT, interval: 10 });
  if (task.status !== 'succeeded') throw new Error(`Indexing failed: ${task.error?.message ?? task.status}`);
}

export async function deleteDocuments(client: Meilisearch, ids: string[], uid = INDEX_UID): Promise<void> {
  if (!ids.length) return;
  // Most publishes name locales the document never had: a lookup is far cheaper than a task.
  const present = await client.index(uid).getDocuments({ ids, fields: ['id'], limit: ids.length });
  ids = present.results.map((d) => String(d.id));
  if (!ids.length) return;
  await client.index(uid).deleteDocuments(ids).waitTask({ timeout: TASK_TIMEOUT, interval: 10 });
}

/**
 * Build a complete new index beside the live one and swap them atomically, so searchers never
 * see an empty or half-filled index.
 */
export async function rebuildIndex(
  client: Meilisearch,
  load: () => AsyncIterable<SearchDocument[]>,
  uid = INDEX_UID,
  overrides: Settings = {},
): Promise<{ documents: number }> {
  await ensureIndex(client, uid, overrides);
  const next = `${uid}_next`;
  await client.deleteIndexIfExists(next);
  await ensureIndex(client, next, overrides);
  let documents = 0;
  for await (const batch of load()) {
    await upsertDocuments(client, batch, next);
    documents += batch.length;
  }
  await client.swapIndexes([{ indexes: [uid, next], rename: false }]).waitTask({ timeout: TASK_TIMEOUT });
  await client.deleteIndexIfExists(next);
  return { documents };
}
