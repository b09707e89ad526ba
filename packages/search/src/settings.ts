import type { Settings } from 'meilisearch';

export const INDEX_UID = 'content';

/** Versioned with the code and applied on every start; changing it here is a reindex. */
export const indexSettings: Settings = {
  searchableAttributes: ['title', 'keywords', 'summary', 'text', 'leikaKey'],
  displayedAttributes: ['*'],
  filterableAttributes: ['type', 'locale', 'site', 'audiences', 'topics', 'lebenslagen', 'online', 'documentId'],
  sortableAttributes: ['date', 'title'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};
