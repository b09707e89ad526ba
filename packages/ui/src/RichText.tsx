/**
 * Renders Strapi "blocks" rich text on the server. Strapi's own renderer is a client component
 * and would ship itself and every article's JSON to the browser; pages here carry no JS for text.
 * The node shapes are those of @dsh/content-model's Blocks schema (parsed before they get here).
 */
export interface RichTextInline {
  type: 'text' | 'link';
  text?: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  children?: RichTextInline[];
}

export interface RichTextList {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: ({ type: 'list-item'; children: RichTextInline[] } | RichTextList)[];
}

export interface RichTextBlock {
  type: 'paragraph' | 'heading' | 'quote' | 'code' | 'list' | 'image';
  level?: number;
  format?: 'ordered' | 'unordered';
  children?: (RichTextInline | { type: 'list-item'; children: RichTextInline[] } | RichTextList)[];
  image?: { url: string; alternativeText: string; width?: number | null; height?: number | null; caption?: string | null };
}

function Inline({ node }: { node: RichTextInline }): React.ReactNode {
  if (node.type === 'link') {
    const external = /^https:\/\//.test(node.url ?? '');
    return (
      <a href={node.url} className="text-primary underline" {...(external ? { rel: 'noopener noreferrer' } : {})}>
        {node.children?.map((c, i) => <Inline key={i} node={c} />)}
      </a>
    );
  }
  let out: React.ReactNode = node.text ?? '';
  if (node.code) out = <code>{out}</code>;
  if (node.bold) out = <strong>{out}</strong>;
  if (node.italic) out = <em>{out}</em>;
  if (node.underline) out = <span className="underline">{out}</span>;
  if (node.strikethrough) out = <s>{out}</s>;
  return out;
}

const inlines = (children: RichTextBlock['children']) =>
  children?.map((c, i) => (c.type === 'list-item' || c.type === 'list' ? null : <Inline key={i} node={c} />));

function List({ list }: { list: Pick<RichTextList, 'format' | 'children'> }) {
  const L = list.format === 'ordered' ? 'ol' : 'ul';
  return (
    <L className={list.format === 'ordered' ? 'list-decimal pl-6' : 'list-disc pl-6'}>
      {list.children.map((li, j) =>
        li.type === 'list' ? (
          <li key={j} className="list-none">
            <List list={li} />
          </li>
        ) : (
          <li key={j}>{li.children.map((c, k) => <Inline key={k} node={c} />)}</li>
        ),
      )}
    </L>
  );
}

/** Headings inside body text start one level below the page's h1. */
const headingTag = (level = 2) => `h${Math.min(6, Math.max(2, level))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export function RichText({ blocks }: { blocks: readonly RichTextBlock[] }) {
  return (
    <div className="rich-text flex flex-col gap-4 text-lg leading-relaxed">
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'paragraph':
            return <p key={i}>{inlines(b.children)}</p>;
          case 'heading': {
            const H = headingTag(b.level);
            return <H key={i} className="mt-4 text-2xl font-bold">{inlines(b.children)}</H>;
          }
          case 'quote':
            return <blockquote key={i} className="border-l-4 border-primary pl-4 italic">{inlines(b.children)}</blockquote>;
          case 'code':
            return <pre key={i} className="overflow-x-auto bg-surface p-4"><code>{inlines(b.children)}</code></pre>;
          case 'list':
            return (
              <List
                key={i}
                list={{ format: b.format ?? 'unordered', children: (b.children ?? []).filter((c): c is RichTextList['children'][number] => c.type === 'list-item' || c.type === 'list') }}
              />
            );
          case 'image':
            return b.image ? (
              <figure key={i}>
                <img src={b.image.url} alt={b.image.alternativeText} width={b.image.width ?? undefined} height={b.image.height ?? undefined} loading="lazy" className="h-auto max-w-full" />
                {b.image.caption ? <figcaption className="mt-1 text-sm text-muted">{b.image.caption}</figcaption> : null}
              </figure>
            ) : null;
          default:
            return null;
        }
      })}
    </div>
  );
}
