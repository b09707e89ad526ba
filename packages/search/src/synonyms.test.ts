import { describe, expect, it } from 'vitest';
import { defaultSynonyms, mergeSynonyms, parseSynonyms } from './synonyms.js';

describe('synonyms', () => {
  it('reads "a, b = c, d" lines one way, in lower case, ignoring comments and blank lines', () => {
    expect(parseSynonyms('# Kommentar\nPerso, E-Perso = Personalausweis\n\nkaputt')).toEqual({ perso: ['personalausweis'], 'e-perso': ['personalausweis'] });
  });

  it('knows the colloquial terms citizens type', () => {
    expect(defaultSynonyms.wbs).toContain('wohnberechtigungsschein');
    expect(defaultSynonyms.perso).toContain('personalausweis');
    expect(defaultSynonyms['hartz 4']).toContain('bürgergeld');
    expect(defaultSynonyms.kita).toContain('kindertagesstätte');
    expect(defaultSynonyms.gez).toContain('rundfunkbeitrag');
  });

  it('merges the editors\' terms over the defaults without losing either', () => {
    expect(mergeSynonyms({ kita: ['kindertagesstätte'] }, { kita: ['krippe'], hvv: ['nahverkehr'] })).toEqual({ kita: ['kindertagesstätte', 'krippe'], hvv: ['nahverkehr'] });
  });
});
