export * from './client.js';
export * from './documents.js';
export * from './settings.js';
export * from './query.js';
export * from './indexing.js';
export * from './decompound.js';
export * from './synonyms.js';
export * from './understand.js';
