import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { maybeDocument } from '../rows';

export type Attr = {
  type: string;
  target?: string;
  relation?: string;
  repeatable?: boolean;
  private?: boolean;
  multiple?: boolean;
  component?: string;
  components?: string[];
  pluginOptions?: { i18n?: { localized?: boolean } };
};

/** Bookkeeping that differs between a draft and its published copy without being content. */
export const IGNORED: ReadonlySet<string> = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy']);

export function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attr> {
  const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ?? strapi.components[uid as keyof typeof strapi.components];
  return (ct?.attributes ?? {}) as Record<string, Attr>;
}

/** The attributes a version consists of: everything but bookkeeping and admin users. */
export function contentAttributes(strapi: Core.Strapi, uid: string): [string, Attr][] {
  return Object.entries(attributesOf(strapi, uid)).filter(([name, a]) => !IGNORED.has(name) && !(a.type === 'relation' && a.target?.startsWith('admin::')));
}

/** A field of a localized type whose value all languages share (Strapi copies it into every locale). */
export function isShared(strapi: Core.Strapi, uid: string, attr: Attr): boolean {
  const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
  return ct?.pluginOptions?.i18n?.localized === true && attr.pluginOptions?.i18n?.localized === false;
}

const NAME_FIELDS = ['title', 'name', 'label'];
const FILE_FIELDS = ['id', 'documentId', 'name', 'hash', 'url', 'alternativeText', 'caption', 'mime', 'size', 'width', 'height', 'updatedAt'];

/**
 * Exactly what a version consists of, to any depth: fields, components and dynamic-zone blocks
 * with what they hold, relations (their documents' names come along for the approver's diff;
 * the hash uses the ids only) and media files.
 */
export function populateFor(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, a] of contentAttributes(strapi, uid)) {
    if (a.type === 'relation' && a.target) {
      const named = NAME_FIELDS.find((k) => k in attributesOf(strapi, a.target as string));
      populate[name] = { fields: ['documentId', ...(named ? [named] : [])] };
    } else if (a.type === 'component' && a.component) {
      const inner = populateFor(strapi, a.component);
      populate[name] = Object.keys(inner).length ? { populate: inner } : true;
    } else if (a.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries((a.components ?? []).map((c) => [c, { populate: populateFor(strapi, c) }])) };
    } else if (a.type === 'media') {
      populate[name] = { fields: FILE_FIELDS.filter((f) => f !== 'id' && f !== 'documentId') };
    // Rich text and every other field are stored in the row itself.
    }
  }
  return populate;
}

/**
 * What a version says about a file: which one, the bytes it shows and its texts. Strapi keeps a
 * file's `hash` (its name in storage) when the bytes are replaced, so the bytes count through
 * size, type, dimensions and the file row's last change, which every replace and edit moves.
 */
export interface FileFacts {
  id: number;
  hash: string | null;
  url: string | null;
  name: string | null;
  alternativeText: string | null;
  caption: string | null;
  mime: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  changedAt: string | null;
}
const FileRow = z.object({
  id: z.coerce.number(),
  hash: z.string().nullish(),
  url: z.string().nullish(),
  name: z.string().nullish(),
  alternativeText: z.string().nullish(),
  caption: z.string().nullish(),
  mime: z.string().nullish(),
  size: z.coerce.number().nullish(),
  width: z.coerce.number().nullish(),
  height: z.coerce.number().nullish(),
  updatedAt: z.union([z.string(), z.number(), z.date()]).nullish(),
});
const fileFacts = (f: z.infer<typeof FileRow>): FileFacts => ({
  id: f.id,
  hash: f.hash ?? null,
  url: f.url ?? null,
  name: f.name ?? null,
  alternativeText: f.alternativeText ?? null,
  caption: f.caption ?? null,
  mime: f.mime ?? null,
  size: f.size ?? null,
  width: f.width ?? null,
  height: f.height ?? null,
  changedAt: f.updatedAt === null || f.updatedAt === undefined ? null : new Date(f.updatedAt).toISOString(),
});

/** Every image node of a rich-text value, wherever it sits. */
export function blockImages(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'image' && o.image && typeof o.image === 'object') found.push(o.image as Record<string, unknown>);
      Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return found;
}

/** A file address as content stores it: Strapi's editor prefixes the backend's origin. */
export const pathOf = (url: string): string => {
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return url;
  }
};

/**
 * The files a rich-text image names, as the media library holds them now: the node carries a
 * copy of the file's fields, but what the page shows is the file behind its address (with or
 * without the backend's origin in front), so replacing a file's bytes or alt text changes
 * every version that shows it.
 */
async function filesOf(strapi: Core.Strapi, doc: Record<string, unknown>): Promise<{ byUrl: Map<string, FileFacts> }> {
  const urls = [...new Set(blockImages(doc).map((i) => i.url).filter((u): u is string => typeof u === 'string' && u.length > 0))];
  const byUrl = new Map<string, FileFacts>();
  if (!urls.length) return { byUrl };
  const rows = z.array(FileRow).parse(
    await strapi.db.query('plugin::upload.file').findMany({
      select: ['id', 'hash', 'url', 'name', 'alternativeText', 'caption', 'mime', 'size', 'width', 'height', 'updatedAt'],
      where: { url: { $in: [...new Set([...urls, ...urls.map(pathOf)])] } },
    }),
  );
  for (const r of rows) {
    const facts = fileFacts(r);
    if (facts.url) byUrl.set(facts.url, facts);
  }
  return { byUrl };
}

const fileAt = (files: Files, url: unknown): FileFacts | null => (typeof url === 'string' ? (files.byUrl.get(url) ?? files.byUrl.get(pathOf(url)) ?? null) : null);

/** Rich-text images whose address is no file of the media library: nothing fixes what they show. */
export function unresolvedImages(canonical: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'image' && o.image && typeof o.image === 'object' && o.file === null) found.push(String((o.image as { url?: unknown }).url ?? '?'));
      Object.values(o).forEach(visit);
    }
  };
  visit(canonical);
  return found;
}

type Files = Awaited<ReturnType<typeof filesOf>>;

/** Any JSON value with its object keys in order: nothing dropped, nothing collapsed. */
function sortedJson(value: unknown, files: Files): unknown {
  if (Array.isArray(value)) return value.map((v) => sortedJson(v, files));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) if (o[k] !== undefined) out[k] = sortedJson(o[k], files);
    if (o.type === 'image' && o.image && typeof o.image === 'object') {
      out.file = fileAt(files, (o.image as Record<string, unknown>).url);
    }
    return out;
  }
  return value ?? null;
}

const idOf = (v: unknown): string | null => (v && typeof v === 'object' && typeof (v as { documentId?: unknown }).documentId === 'string' ? (v as { documentId: string }).documentId : null);

function mediaFacts(v: unknown): FileFacts | null {
  const r = FileRow.safeParse(v);
  return r.success ? fileFacts(r.data) : null;
}

/**
 * A version reduced to its content, walked along the schema: relations become the related
 * documents' ids in order, media the file's id, bytes (hash), alt text and caption; components
 * and dynamic-zone blocks keep every field (a block its component name); rich text keeps every
 * key. Only row bookkeeping (ids of rows and component rows, timestamps) is left out.
 */
function canonicalOf(strapi: Core.Strapi, uid: string, value: Record<string, unknown>, files: Files): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, a] of contentAttributes(strapi, uid).sort(([x], [y]) => x.localeCompare(y))) {
    const v = value[name];
    if (a.type === 'relation') {
      out[name] = Array.isArray(v) ? v.map(idOf) : idOf(v);
    } else if (a.type === 'media') {
      out[name] = Array.isArray(v) ? v.map(mediaFacts) : mediaFacts(v);
    } else if (a.type === 'component' && a.component) {
      const comp = a.component;
      const one = (c: unknown) => (c && typeof c === 'object' ? canonicalOf(strapi, comp, c as Record<string, unknown>, files) : null);
      out[name] = Array.isArray(v) ? v.map(one) : one(v);
    } else if (a.type === 'dynamiczone') {
      out[name] = Array.isArray(v)
        ? v.map((c) => {
            const block = (c ?? {}) as Record<string, unknown>;
            const component = String(block.__component ?? '');
            return { __component: component, ...canonicalOf(strapi, component, block, files) };
          })
        : [];
    } else {
      out[name] = sortedJson(v, files);
    }
  }
  return out;
}

export interface Version {
  /** SHA-256 (hex) of the canonical content. */
  hash: string;
  /** The document as loaded (names of related documents included, for the diff). */
  data: Record<string, unknown>;
  /** Exactly what the hash covers. */
  canonical: Record<string, unknown>;
  title: string;
}

export function hashCanonical(canonical: Record<string, unknown>): string {
  return crypto.createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export function titleOf(doc: Record<string, unknown>): string {
  for (const k of ['title', 'name', 'label', 'slug']) if (typeof doc[k] === 'string' && doc[k]) return doc[k] as string;
  return String(doc.documentId ?? '');
}

/** A loaded document as a version: its canonical content, hashed. */
export async function versionOf(strapi: Core.Strapi, uid: string, doc: Record<string, unknown>): Promise<Version> {
  const canonical = canonicalOf(strapi, uid, doc, await filesOf(strapi, doc));
  return { hash: hashCanonical(canonical), data: doc, canonical, title: titleOf(doc) };
}

/** The draft or published version of one locale, or null when there is none. */
export async function loadVersion(strapi: Core.Strapi, uid: string, documentId: string, locale: string, status: 'draft' | 'published'): Promise<Version | null> {
  const doc = maybeDocument.parse(
    await strapi.documents(uid as 'api::article.article').findOne({
      documentId,
      locale,
      status,
      populate: populateFor(strapi, uid) as never,
    }),
  );
  if (!doc) return null;
  return versionOf(strapi, uid, doc);
}
