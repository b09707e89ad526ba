import type { Core } from '@strapi/strapi';
import { blocksToText } from '@dsh/content-model';
import { canonical } from './version';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Internal fields (campaign budget, provider) never go public; the approver sees them marked. */
  internal: boolean;
}

type Attr = { type: string; private?: boolean };

function isBlocks(v: unknown): boolean {
  return Array.isArray(v) && v.every((b) => b && typeof b === 'object' && 'type' in b && 'children' in b);
}

/** A field's value as an approver reads it: text for rich text, document lists for relations. */
export function display(value: unknown, titles: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (isBlocks(value)) return blocksToText(value as never);
  const c = canonical(value, false);
  if (typeof c === 'string') return titles.get(c) ?? c;
  if (Array.isArray(c) && c.every((x) => typeof x === 'string')) return c.map((x) => titles.get(x as string) ?? x).join(', ');
  if (typeof c === 'object') return JSON.stringify(c, null, 1);
  return String(c);
}

const label = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** Names of related documents, so the diff shows "Bauen & Wohnen", not a document id. */
function relatedTitles(...docs: (Record<string, unknown> | null)[]): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const t = o.title ?? o.name ?? o.label;
      if (typeof o.documentId === 'string' && typeof t === 'string') titles.set(o.documentId, t);
    }
  };
  for (const d of docs) if (d) Object.values(d).forEach(visit);
  return titles;
}

/** Field by field, what the draft changes against the live version (all fields when none is live). */
export function diffVersions(strapi: Core.Strapi, uid: string, live: Record<string, unknown> | null, draft: Record<string, unknown>): FieldChange[] {
  const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  const attributes = (ct?.attributes ?? {}) as Record<string, Attr>;
  const titles = relatedTitles(live, draft);
  const changes: FieldChange[] = [];
  for (const [name, attr] of Object.entries(attributes)) {
    if (['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations', 'locale'].includes(name)) continue;
    const before = display(live?.[name], titles);
    const after = display(draft[name], titles);
    if (before === after) continue;
    changes.push({ field: name, label: label(name), before, after, internal: attr.private === true });
  }
  return changes;
}
