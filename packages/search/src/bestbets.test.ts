import { describe, expect, it } from 'vitest';
import { analyticsQuery, bestBetKey, bestBetsFor, isoWeek, parseBestBets } from './bestbets.js';

describe('best bets', () => {
  it('one key for a word however it is asked', () => {
    const key = bestBetKey('Perso');
    expect(bestBetKey('wie beantrage ich einen perso')).toBe(key);
    expect(bestBetKey('  PERSO  ')).toBe(key);
    expect(bestBetKey('Personalausweis verloren')).not.toBe(key);
  });

  it('parses lines into pinned pages, English paths share the German line', () => {
    const bets = parseBestBets('# Kommentar\nperso weg, ausweis verloren = /services/ausweis-verlust\n\nbiotonne = /services/biotonne, /news/biotonne-kommt\n');
    expect(bets.get('/services/ausweis-verlust')).toEqual(expect.arrayContaining([bestBetKey('perso weg'), bestBetKey('ausweis verloren')]));
    expect(bestBetsFor(bets, '/en/services/biotonne')).toEqual([bestBetKey('biotonne')]);
    expect(bestBetsFor(bets, '/services/unbekannt')).toEqual([]);
  });
});

describe('analyticsQuery', () => {
  it('keeps what the pipeline searches for', () => {
    expect(analyticsQuery('Wie beantrage ich Elternzeit?')).toBe(analyticsQuery('elternzeit beantragen'));
  });

  it('drops queries that may carry personal data', () => {
    for (const q of ['DE89 3704 0044 0532 0130 00', 'max.mustermann@example.org', 'Aktenzeichen 2026/1234', '040 428 28 0', 'x'.repeat(101)]) {
      expect(analyticsQuery(q), q).toBeUndefined();
    }
    expect(analyticsQuery('A7 Baustelle')).toBeDefined();
  });
});

describe('isoWeek', () => {
  it('follows ISO 8601 at the turn of the year', () => {
    expect(isoWeek(new Date('2026-12-04T12:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2021-01-04T00:00:00Z'))).toBe('2021-W01');
  });
});
