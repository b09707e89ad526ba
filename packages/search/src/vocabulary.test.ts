import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryLines } from './glossary.js';
import { catalogueWords } from './lexicon.generated.js';
import { defaultSynonymLines, parseSynonyms } from './synonyms.js';
import { thesaurusLines } from './thesaurus.js';

/**
 * The thesaurus, the glossary and the colloquial defaults point into the catalogue: every word
 * of every target occurs in a service name, an OZG-Leistung, a Lebenslage or the text of a
 * hand-written service, so no entry leads a search into nothing.
 */
const root = path.resolve(__dirname, '../../..');
const tsv = fs.readFileSync(path.join(root, 'apps/cms/seed/ozg-leika-services.tsv'), 'utf8');
const seed = fs.readFileSync(path.join(root, 'apps/cms/src/seed/data/services.ts'), 'utf8');
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const vocabulary = new Set<string>([
  ...catalogueWords,
  ...tsv.split('\n').slice(1).flatMap((line) => line.split('\t').slice(1, 6).flatMap(wordsOf)),
  // The hand-written services: every text they are indexed with.
  ...[...seed.matchAll(/['`"]([^'`"\n]{3,})['`"]/g)].flatMap((m) => wordsOf(m[1] ?? '')),
]);

describe.each([
  ['thesaurus', thesaurusLines, 1200],
  ['English glossary', glossaryLines, 800],
  ['colloquial defaults', defaultSynonymLines, 20],
])('%s', (_, lines, minimum) => {
  const map = parseSynonyms(lines);
  it(`has at least ${minimum} entries`, () => {
    expect(lines.split('\n').filter((l) => l.includes('=')).length).toBeGreaterThanOrEqual(minimum);
  });
  it('points only at words of the catalogue', () => {
    const missing = [...new Set(Object.values(map).flat())].filter((target) => wordsOf(target).some((w) => !vocabulary.has(w)));
    expect(missing).toEqual([]);
  });
});
