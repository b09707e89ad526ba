import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { maybeDocument } from '../rows';

type Attr = { type: string; target?: string; relation?: string; repeatable?: boolean; private?: boolean };

/** Bookkeeping that differs between a draft and its published copy without being content. */
const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy']);

function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attr> {
  const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ?? strapi.components[uid as keyof typeof strapi.components];
  return (ct?.attributes ?? {}) as Record<string, Attr>;
}

/** Exactly what a version consists of: fields, components, and relations by document. */
export function populateFor(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(attributesOf(strapi, uid))) {
    if (IGNORED.has(name)) continue;
    if (a.type === 'relation' && a.target && !a.target.startsWith('admin::')) {
      // The related document's name comes along for the approver's diff; the hash uses its id only.
      const named = ['title', 'name', 'label'].find((k) => k in attributesOf(strapi, a.target as string));
      populate[name] = { fields: ['documentId', ...(named ? [named] : [])] };
    }
    else if (a.type === 'component') populate[name] = true;
    else if (a.type === 'media') populate[name] = { fields: ['url', 'alternativeText'] };
  }
  return populate;
}

/** A version reduced to content: relations become document ids, component ids go. */
export function canonical(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, false));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A related document: only which one matters (draft and published rows have other ids).
    if (!top && typeof o.documentId === 'string') return o.documentId;
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => !IGNORED.has(k) && k !== '__component' && o[k] !== undefined)
        .sort()
        .map((k) => [k, canonical(o[k], false)]),
    );
  }
  return value ?? null;
}

export function hashVersion(doc: Record<string, unknown>): string {
  return crypto.createHash('sha256').update(JSON.stringify(canonical(doc))).digest('hex').slice(0, 16);
}

export interface Version {
  hash: string;
  data: Record<string, unknown>;
  title: string;
}

export function titleOf(doc: Record<string, unknown>): string {
  for (const k of ['title', 'name', 'label', 'slug']) if (typeof doc[k] === 'string' && doc[k]) return doc[k] as string;
  return String(doc.documentId ?? '');
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
  return { hash: hashVersion(doc), data: doc, title: titleOf(doc) };
}
