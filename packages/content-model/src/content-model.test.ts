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

  it.each([
    ['a document id inside a paragraph', [{ type: 'paragraph', children: [{ type: 'text', text: 'x', documentId: 'abc' }] }]],
    ['an extra key on a block', [{ type: 'paragraph', hidden: true, children: [{ type: 'text', text: 'x' }] }]],
    ['an extra key on a link', [{ type: 'paragraph', children: [{ type: 'link', url: 'https://a.de', documentId: 'x', children: [{ type: 'text', text: 'x' }] }] }]],
    ['an extra key on an image', [{ type: 'image', image: { url: '/a.png', alternativeText: 'A', documentId: 'x' }, children: [{ type: 'text', text: '' }] }]],
  ])('refuses rich text with %s', (_, blocks) => {
    expect(Blocks.safeParse(blocks).success).toBe(false);
  });

  it('accepts rich text as Strapi’s editor writes it (link rel and target, list indent, code language, image file fields)', () => {
    const r = Blocks.safeParse([
      { type: 'paragraph', children: [{ type: 'link', url: 'https://www.hamburg.de', rel: '', target: '', children: [{ type: 'text', text: 'Hamburg', bold: true }] }] },
      { type: 'list', format: 'unordered', indentLevel: 0, children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }] },
      { type: 'code', language: 'plaintext', children: [{ type: 'text', text: 'x' }] },
      {
        type: 'image',
        image: { name: 'a.png', alternativeText: 'Ein Bild', url: '/uploads/a.png', caption: null, width: 10, height: 10, formats: { thumbnail: { url: '/uploads/t_a.png', width: 5, height: 5 } }, hash: 'a_1', ext: '.png', mime: 'image/png', size: 1.2, previewUrl: null, provider: 'local', provider_metadata: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
        children: [{ type: 'text', text: '' }],
      },
    ]);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
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

describe('write rules shared by the CMS', () => {
  it('refuses an event that ends before it starts, naming the end', async () => {
    const { eventType } = await import('./index.js');
    const r = eventType.draft.safeParse({ start: '2027-02-10T10:00:00+01:00', end: '2027-02-10T09:00:00+01:00' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['end'], message: 'Ende muss nach dem Beginn liegen' });
  });

  it('lets a draft be incomplete but not malformed', async () => {
    const { serviceType } = await import('./index.js');
    expect(serviceType.draft.safeParse({ name: 'Personalausweis', leikaKey: '' }).success).toBe(true);
    const bad = serviceType.draft.safeParse({ leikaKey: '9901500100000', ozgId: '1234', appointmentUrl: 'http://example.org' });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['appointmentUrl', 'leikaKey', 'ozgId']);
  });

  it('publishes only complete documents', async () => {
    const { serviceType } = await import('./index.js');
    const r = serviceType.publish.safeParse({ name: 'Personalausweis', slug: 'personalausweis', audience: 'citizens' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain('leikaKey');
  });

  it('keeps campaign budgets out of the public API', async () => {
    const { campaignType } = await import('./index.js');
    const attrs = campaignType.strapiSchema().attributes as Record<string, { private?: boolean }>;
    for (const f of ['planningStatus', 'plannedBudget', 'approvedBudget', 'provider']) expect(attrs[f]?.private).toBe(true);
    expect(attrs.name?.private).toBeUndefined();
  });
});
