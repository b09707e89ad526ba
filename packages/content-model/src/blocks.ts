import { z } from 'zod';

/**
 * Strapi 5 "blocks" rich text, exactly as its editor writes it. Every node is a strict object:
 * a key the editor does not write is refused, so nothing can ride along in a document that the
 * page, the diff and the approval do not know about. Images must carry alternative text.
 */
const TextNode = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const LinkNode = z.strictObject({
  type: z.literal('link'),
  url: z.string().refine((u) => /^(https:\/\/|mailto:|tel:|\/)/.test(u), 'Links müssen https://, mailto:, tel: oder / verwenden'),
  // The editor's link dialog writes both, empty unless set.
  rel: z.string().max(100).optional(),
  target: z.string().max(20).optional(),
  children: z.array(TextNode),
});

const Inline = z.union([TextNode, LinkNode]);

const ListItem = z.strictObject({ type: z.literal('list-item'), children: z.array(Inline) });

const ImageFormat = z.strictObject({
  name: z.string().nullish(),
  hash: z.string().nullish(),
  ext: z.string().nullish(),
  mime: z.string().nullish(),
  path: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  size: z.number().nullish(),
  sizeInBytes: z.number().nullish(),
  url: z.string(),
  provider_metadata: z.unknown().optional(),
});

/** The file fields Strapi's editor copies into an image node (its IMAGE_SCHEMA_FIELDS). */
export const ImageBlock = z.strictObject({
  type: z.literal('image'),
  image: z.strictObject({
    url: z.string(),
    alternativeText: z.string().trim().min(1, 'Bilder brauchen einen Alternativtext'),
    name: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    formats: z.record(z.string(), ImageFormat).nullish(),
    hash: z.string().nullish(),
    ext: z.string().nullish(),
    mime: z.string().nullish(),
    size: z.number().nullish(),
    previewUrl: z.string().nullish(),
    provider: z.string().nullish(),
    provider_metadata: z.unknown().optional(),
    createdAt: z.string().nullish(),
    updatedAt: z.string().nullish(),
  }),
  children: z.array(Inline).optional(),
});

export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; indentLevel?: number; children: (z.infer<typeof ListItem> | ListNode)[] };
// Lists nest (the editor indents them), so a list's children are items or lists.
const List: z.ZodType<ListNode> = z.lazy(() =>
  z.strictObject({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().min(0).max(10).optional(),
    children: z.array(z.union([ListItem, List])),
  }),
);

export const Block = z.union([
  z.strictObject({ type: z.literal('paragraph'), children: z.array(Inline) }),
  z.strictObject({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(Inline) }),
  z.strictObject({ type: z.literal('quote'), children: z.array(Inline) }),
  z.strictObject({ type: z.literal('code'), language: z.string().max(40).optional(), children: z.array(Inline) }),
  List,
  ImageBlock,
]);

export const Blocks = z.array(Block);
export type Blocks = z.infer<typeof Blocks>;
export type Block = z.infer<typeof Block>;

/** Plain text of a blocks document, for search indexing and summaries. */
export function blocksToText(blocks: Blocks | null | undefined): string {
  if (!blocks) return '';
  const inline = (nodes: z.infer<typeof Inline>[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : n.children.map((c) => c.text).join(''))).join('');
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'list': {
          const items = (l: ListNode): string[] => l.children.flatMap((c) => (c.type === 'list' ? items(c) : [inline(c.children)]));
          return items(b).join('\n');
        }
        case 'image':
          return b.image.caption ?? '';
        default:
          return inline(b.children);
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

/** Blocks from plain paragraphs: used by the seed and importers. */
export function paragraphs(...texts: string[]): Blocks {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
