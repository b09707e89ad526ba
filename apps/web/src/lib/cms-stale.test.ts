import { describe, expect, it } from 'vitest';
import { cmsUnavailable, LastGoodAnswers, staleKey } from './cms-stale';

describe('last good CMS answers', () => {
  it('recalls the newest answer per URL and nothing for an unknown one', () => {
    const kept = new LastGoodAnswers<string>();
    kept.remember('/api/articles?locale=de', 'alt');
    kept.remember('/api/articles?locale=de', 'neu');
    expect(kept.recall('/api/articles?locale=de')).toEqual({ value: 'neu' });
    expect(kept.recall('/api/articles?locale=en')).toBeUndefined();
  });

  it('keeps an answer that is null or empty (a single type without a published version)', () => {
    const kept = new LastGoodAnswers<null>();
    kept.remember('/api/navigation', null);
    expect(kept.recall('/api/navigation')).toEqual({ value: null });
  });

  it('drops the least recently used answer beyond its bound', () => {
    const kept = new LastGoodAnswers<number>(2);
    kept.remember('a', 1);
    kept.remember('b', 2);
    kept.recall('a');
    kept.remember('c', 3);
    expect(kept.size).toBe(2);
    expect(kept.recall('b')).toBeUndefined();
    expect(kept.recall('a')).toEqual({ value: 1 });
    expect(kept.recall('c')).toEqual({ value: 3 });
  });

  it('falls back only when the CMS is unreachable or failing, never on a refused or missing request', () => {
    expect(cmsUnavailable(undefined)).toBe(true);
    expect(cmsUnavailable(502)).toBe(true);
    expect(cmsUnavailable(503)).toBe(true);
    expect(cmsUnavailable(400)).toBe(false);
    expect(cmsUnavailable(403)).toBe(false);
    expect(cmsUnavailable(404)).toBe(false);
  });

  it('still recalls an answer kept before the clock passed the hour its time filter is rounded to', () => {
    const kept = new LastGoodAnswers<string>();
    const upcoming = (hour: string, audience = 'medien') =>
      `http://cms/api/events?locale=de&filters%5Baudiences%5D%5Bkey%5D%5B%24eq%5D=${audience}&filters%5Bend%5D%5B%24gte%5D=2026-12-03T${hour}%3A00%3A00.000Z&sort%5B0%5D=start%3Aasc`;
    kept.remember(staleKey(upcoming('10'), ['[end][$gte]']), 'vor elf');
    expect(kept.recall(staleKey(upcoming('11'), ['[end][$gte]']))).toEqual({ value: 'vor elf' });
    // The other filters still tell requests apart.
    expect(kept.recall(staleKey(upcoming('11', 'wirtschaft'), ['[end][$gte]']))).toBeUndefined();
    // Without time filters the key is the URL itself.
    expect(staleKey(upcoming('10'), [])).toBe(upcoming('10'));
  });
});
