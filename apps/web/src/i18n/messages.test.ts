import { describe, expect, it } from 'vitest';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { errorMessages } from './error-messages';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('message files', () => {
  it('German and English have the same keys: no page shows a key instead of a text', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
    expect(Object.keys(errorMessages.en).sort()).toEqual(Object.keys(errorMessages.de).sort());
  });

  it('each text uses the same placeholders in both languages', () => {
    const flat = (o: object) => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o)]));
    const d = flat(de);
    const e = flat(en);
    const differ = Object.keys(d).filter((k) => typeof d[k] === 'string' && JSON.stringify(placeholders(d[k] as string)) !== JSON.stringify(placeholders(e[k] as string)));
    expect(differ).toEqual([]);
  });
});
