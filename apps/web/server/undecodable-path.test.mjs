import { describe, expect, it } from 'vitest';
import { escapeUndecodablePath } from './undecodable-path.mjs';

describe('escapeUndecodablePath', () => {
  it('escapes the % of a segment that does not decode, so the route sees the text as written', () => {
    expect(escapeUndecodablePath('/news/%E0%A4%A')).toBe('/news/%25E0%25A4%25A');
    expect(escapeUndecodablePath('/feeds/%zz/news.xml')).toBe('/feeds/%25zz/news.xml');
    expect(escapeUndecodablePath('/api/og/%FF%FE/site/home?x=1')).toBe('/api/og/%25FF%25FE/site/home?x=1');
    expect(decodeURIComponent(escapeUndecodablePath('/events/%C0%AF%'))).toBe('/events/%C0%AF%');
  });

  it('leaves well-formed paths and every query string alone', () => {
    for (const url of ['/', '/news/digitale-verwaltung', '/search?q=%zz&x=%E0%A4%A', '/news/gr%C3%BC%C3%9Fe', '/a%20b/c%25d', '/feeds/de/news.xml?%']) {
      expect(escapeUndecodablePath(url)).toBe(url);
    }
  });

  it('escapes only the broken segment', () => {
    expect(escapeUndecodablePath('/en/news/%C3%BC-%zz')).toBe('/en/news/%25C3%25BC-%25zz');
    expect(escapeUndecodablePath('/services/%C3%BC/%zz')).toBe('/services/%C3%BC/%25zz');
  });
});
