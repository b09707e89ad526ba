import { describe, expect, it } from 'vitest';
import { relaxedWords, understandQuery } from './understand.js';

describe('query understanding', () => {
  it.each([
    ['ich brauche eine meldebescheinigung', 'meldebescheinigung'],
    ['wie beantrage ich elternzeit', 'elternzeit'],
    ['was kostet ein reisepass', 'reisepass'],
    ['Baugenehmigung beantragen', 'baugenehmigung'],
    ['how do I get a birth certificate?', 'birth certificate'],
    ['where can i apply for a fishing licence', 'fishing licence'],
    ["lost driver's licence", 'lost driver licence'],
  ])('drops filler and request words: %s → %s', (q, text) => {
    expect(understandQuery(q).text).toBe(text);
  });

  it('keeps a request word when nothing else is left', () => {
    expect(understandQuery('beantragen').text).toBe('beantragen');
    expect(understandQuery('wie ist das').text).toBe('wie ist das');
  });

  it('joins a separable verb with its particle', () => {
    expect(understandQuery('wo melde ich mein auto um').words).toEqual(['ummelden', 'auto']);
  });

  it('writes umlauts typed as ae, oe, ue where only that spelling is a catalogue word', () => {
    expect(understandQuery('fuehrerschein').text).toBe('führerschein');
    // A word that is right as typed stays.
    expect(understandQuery('steuer').text).toBe('steuer');
  });

  it('knows the parts of a compound the catalogue does not know, for the fallback', () => {
    const u = understandQuery('baulastenauskunft');
    expect(u.words).toEqual(['baulastenauskunft']);
    expect(u.parts.baulastenauskunft).toEqual(['baulasten', 'auskunft']);
    expect(relaxedWords(u, { baulastenauskunft: 0, baulasten: 2, auskunft: 40 }).words).toEqual(['baulasten', 'auskunft']);
  });

  it('corrects a misspelt compound part to the catalogue term, which Meilisearch cannot do inside a word', () => {
    expect(understandQuery('imatrikulationsbescheinigung').parts.imatrikulationsbescheinigung).toEqual(['immatrikulation', 'bescheinigung']);
    expect(understandQuery('sozialtiket').parts.sozialtiket).toEqual(['sozialticket']);
    // A word of the thesaurus is no typo of a catalogue word ("Trauung" is not "Tragung").
    expect(understandQuery('trauung').parts).toEqual({});
  });

  it('reads "ue" as an umlaut only where the word is no compound of known parts as typed', () => {
    expect(understandQuery('grundsteuerbescheid').words).toEqual(['grundsteuerbescheid']);
    expect(understandQuery('gebuehrenbescheid').words).toEqual(['gebührenbescheid']);
  });

  it('drops everyday verbs that never name a service', () => {
    expect(understandQuery('wann kann ich in rente gehen').text).toBe('rente');
  });

  it('says when it searched for something other than what was typed', () => {
    expect(understandQuery('Reisepass').rewritten).toBe(false);
    expect(understandQuery('ich brauche einen reisepass').rewritten).toBe(true);
  });

  it('falls back to the words that match something, never to an empty query because of one unknown word', () => {
    const u = understandQuery('knöllchen bezahlen');
    expect(u.words).toEqual(['knöllchen']);
    expect(relaxedWords(u, { knöllchen: 0, bezahlen: 12 })).toEqual({ words: ['bezahlen'], withoutMatch: ['knöllchen'] });
    expect(relaxedWords(understandQuery('knöllchen falschparker'), { knöllchen: 0, falschparker: 4 })).toEqual({ words: ['falschparker'], withoutMatch: ['knöllchen'] });
  });
});

describe('compound parts for the fallback', () => {
  it('are offered only when they make up the word', () => {
    expect(understandQuery('hundesteuuerrr').parts).toEqual({});
  });
});

describe('filler by language', () => {
  it('keeps English words that are German filler when the visitor reads English', () => {
    expect(understandQuery('brown bin', 'en').text).toBe('brown bin');
    expect(understandQuery('living will', 'en').text).toBe('living will');
    expect(understandQuery('ich bin umgezogen', 'de').text).toBe('umgezogen');
  });
});

describe('words that are property names', () => {
  it('treats "constructor", "__proto__" and "toString" as words', () => {
    for (const typed of ['constructor', '__proto__', 'tostring', 'hasownproperty']) {
      const u = understandQuery(typed);
      expect(relaxedWords(u, {})).toEqual({ words: [], withoutMatch: u.words });
    }
  });
});
