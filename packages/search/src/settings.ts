import type { Settings } from 'meilisearch';
import { defaultSynonyms } from './synonyms.js';

export const INDEX_UID = 'content';

/** Versioned with the code and applied on every start; changing it here is a reindex. */
export const indexSettings: Settings = {
  // `parts` (compound parts) ranks below the words as written and above body text.
  searchableAttributes: ['title', 'keywords', 'parts', 'summary', 'text', 'leikaKey'],
  displayedAttributes: ['*'],
  filterableAttributes: ['type', 'locale', 'site', 'audiences', 'topics', 'lebenslagen', 'online', 'documentId', 'group', 'bestFor', 'path'],
  sortableAttributes: ['date', 'title'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
  synonyms: defaultSynonyms,
};
