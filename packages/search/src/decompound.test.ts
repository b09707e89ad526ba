import { describe, expect, it } from 'vitest';
import { compoundParts, decompound } from './decompound.js';

describe('German compounds', () => {
  it.each([
    ['Personalausweis', ['personal', 'ausweis']],
    ['Hundesteuer', ['hund', 'steuer']],
    ['Wohnberechtigungsschein', ['schein']],
    ['Gewerbeanmeldung', ['gewerbe', 'anmeldung']],
    ['Elterngeld', ['eltern', 'geld']],
    ['Kindertagesstätte', ['kinder']],
  ])('splits %s into parts a citizen types', (word, expected) => {
    expect(decompound(word)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['Anmeldung', 'Beratung', 'Hamburg', 'Verwaltung', 'Straße'])('leaves %s whole', (word) => {
    expect(decompound(word)).toEqual([]);
  });

  it('collects the parts of every compound in a text, once each', () => {
    const parts = compoundParts('Personalausweis beantragen', 'Reisepass und Personalausweis');
    expect(parts.filter((p) => p === 'ausweis')).toHaveLength(1);
    expect(parts).toEqual(expect.arrayContaining(['ausweis', 'reise', 'pass']));
  });
});
