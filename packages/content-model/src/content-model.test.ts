import { describe, expect, it } from 'vitest';
import { articleType, blocksToText, Blocks } from './index.js';

const valid = {
  title: 'Wohngeld online',
  slug: 'wohngeld-online',
  kind: 'press-release',
  date: '2026-11-20',
  lead: 'Ab sofort digital.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hallo' }] }],
};

describe('article schema', () => {
  it('accepts a complete article', () => {
    expect(articleType.input.parse(valid).slug).toBe('wohngeld-online');
  });

  it.each([
    ['slug with capitals', { slug: 'Wohngeld' }, 'slug'],
    ['unknown kind', { kind: 'blog' }, 'kind'],
    ['empty title', { title: '  ' }, 'title'],
    ['date that is no date', { date: '20.11.2026' }, 'date'],
  ])('rejects %s and names the field', (_, patch, field) => {
    const r = articleType.input.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('rejects an image without alternative text', () => {
    const r = Blocks.safeParse([{ type: 'image', image: { url: '/a.png', alternativeText: '' }, children: [{ type: 'text', text: '' }] }]);
    expect(r.success).toBe(false);
  });

  it('rejects a javascript: link in rich text', () => {
    const r = Blocks.safeParse([{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }]);
    expect(r.success).toBe(false);
  });

  it('generates Strapi attributes from the same definition', () => {
    const s = articleType.strapiSchema();
    expect(s.options.draftAndPublish).toBe(true);
    expect(s.attributes.slug).toMatchObject({ type: 'uid', targetField: 'title', required: true });
    expect(s.attributes.body).not.toHaveProperty('required');
    expect(s.attributes.kind).toMatchObject({ type: 'enumeration', enum: ['news', 'press-release', 'it-news'] });
  });
});

describe('blocksToText', () => {
  it('flattens paragraphs, lists and links to plain text for the index', () => {
    const text = blocksToText([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Antrag' }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Ausweis' }] }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://hamburg.de', children: [{ type: 'text', text: 'online' }] }] },
    ]);
    expect(text).toBe('Antrag\n\nAusweis\n\nonline');
  });
});
