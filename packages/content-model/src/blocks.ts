import { z } from 'zod';

/** Strapi 5 "blocks" rich text. Images must carry alternative text. */
const TextNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const LinkNode = z.object({
  type: z.literal('link'),
  url: z.string().refine((u) => /^(https:\/\/|mailto:|tel:|\/)/.test(u), 'Links müssen https://, mailto:, tel: oder / verwenden'),
  children: z.array(TextNode),
});

const Inline = z.union([TextNode, LinkNode]);

const ListItem = z.object({ type: z.literal('list-item'), children: z.array(Inline) });

export const ImageBlock = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().trim().min(1, 'Bilder brauchen einen Alternativtext'),
    width: z.number().nullish(),
    height: z.number().nullish(),
    caption: z.string().nullish(),
  }).passthrough(),
  children: z.array(Inline).optional(),
});

export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: (z.infer<typeof ListItem> | ListNode)[] };
// Lists nest (the editor indents them), so a list's children are items or lists.
const List: z.ZodType<ListNode> = z.lazy(() =>
  z.object({ type: z.literal('list'), format: z.enum(['ordered', 'unordered']), children: z.array(z.union([ListItem, List])) }),
);

export const Block = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(Inline) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(Inline) }),
  z.object({ type: z.literal('quote'), children: z.array(Inline) }),
  z.object({ type: z.literal('code'), children: z.array(Inline) }),
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
