import { describe, expect, it } from 'vitest';
import { buildSearchRequest, MARK_END, MARK_START, markedToHtml, SearchQuery, searchParamsToObject } from './index.js';

const parse = (qs: string) => SearchQuery.safeParse(searchParamsToObject(new URLSearchParams(qs)));

describe('search query contract', () => {
  it('reads repeated type parameters and defaults', () => {
    const r = parse('q=ausweis&type=service&type=article');
    expect(r.success && r.data).toMatchObject({ q: 'ausweis', type: ['service', 'article'], locale: 'de', page: 1, limit: 10 });
  });

  it.each([
    ['limit over 50', 'limit=51', 'limit'],
    ['unknown type', 'type=blog', 'type'],
    ['unknown locale', 'locale=fr', 'locale'],
    ['page zero', 'page=0', 'page'],
    ['q over 200 characters', `q=${'a'.repeat(201)}`, 'q'],
    ['filter with quotes', 'topic=a%22%20OR%20locale%3D%22en', 'topic'],
  ])('rejects %s, naming the parameter', (_, qs, field) => {
    const r = parse(qs);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });

  it('always filters by locale and ORs values within a facet', () => {
    const q = SearchQuery.parse({ q: 'x', locale: 'en', type: ['service', 'project'], online: 'true' });
    expect(buildSearchRequest(q).filter).toEqual(['locale = "en"', 'type IN ["service", "project"]', 'online = true']);
  });
});

describe('highlight', () => {
  it('escapes content and marks only the matches', () => {
    const html = markedToHtml(`<img src=x onerror=alert(1)> ${MARK_START}Wohngeld${MARK_END} & mehr`);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>Wohngeld</mark> &amp; mehr');
  });
});
