import { describe, expect, it } from 'vitest';
import { cmsUnavailable, LastGoodAnswers } from './cms-stale';

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
});
