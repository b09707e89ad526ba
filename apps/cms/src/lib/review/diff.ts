import type { Core } from '@strapi/strapi';
import { blocksToText } from '@dsh/content-model';
import { attributesOf, blockImages, contentAttributes, isShared, type Attr, type FileFacts, type Version } from './version';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Internal fields (campaign budget, provider) never go public; the approver sees them marked. */
  internal: boolean;
  /** A field all languages share: changing it here changes every language's page. */
  shared: boolean;
  /** What changed that the text alone does not show: links, images, blocks, entries, relations. */
  details: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const json = (v: unknown) => JSON.stringify(v ?? null);
const quote = (s: string, max = 80) => `„${s.length > max ? `${s.slice(0, max - 1)}…` : s}“`;

const label = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

const BLOCK_NAMES: Record<string, string> = { paragraph: 'Absatz', heading: 'Überschrift', list: 'Liste', quote: 'Zitat', code: 'Code', image: 'Bild' };

function isBlocks(v: unknown): v is Obj[] {
  return Array.isArray(v) && v.every((b) => isObj(b) && 'type' in b);
}

function blockText(b: Obj): string {
  try {
    return blocksToText([b] as never);
  } catch {
    return '';
  }
}

/** Every link of a rich-text value, in order: its text and address. */
function links(value: unknown): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      if (v.type === 'link' && typeof v.url === 'string') {
        const text = Array.isArray(v.children) ? v.children.map((c) => (isObj(c) && typeof c.text === 'string' ? c.text : '')).join('') : '';
        found.push({ text, url: v.url });
      }
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}

function describeImage(img: Obj): string {
  const alt = typeof img.alternativeText === 'string' ? img.alternativeText : '';
  return `${String(img.url ?? '?')} (Alternativtext ${quote(alt)})`;
}

/** Pairs of lists, compared position by position when they are as long, else as added and removed. */
function listChanges<T>(before: T[], after: T[], same: (a: T, b: T) => boolean, changed: (a: T, b: T, i: number) => string[], added: (t: T) => string, removed: (t: T) => string): string[] {
  if (before.length === after.length) return before.flatMap((b, i) => (same(b, after[i] as T) ? [] : changed(b, after[i] as T, i)));
  const out: string[] = [];
  const left = [...after];
  for (const b of before) {
    const i = left.findIndex((a) => same(a, b));
    if (i >= 0) left.splice(i, 1);
    else out.push(removed(b));
  }
  const right = [...before];
  for (const a of after) {
    const i = right.findIndex((b) => same(a, b));
    if (i >= 0) right.splice(i, 1);
    else out.push(added(a));
  }
  return out;
}

/** Rich text: blocks added, removed and changed; every link and image change named. */
function blockDetails(before: Obj[], after: Obj[], beforeCanon: unknown, afterCanon: unknown): string[] {
  const details: string[] = [];
  const name = (b: Obj) => BLOCK_NAMES[String(b.type)] ?? String(b.type);
  const canonB = Array.isArray(beforeCanon) ? beforeCanon : [];
  const canonA = Array.isArray(afterCanon) ? afterCanon : [];
  const pairs = (list: Obj[], canon: unknown[]) => list.map((b, i) => ({ b, key: json(canon[i] ?? b) }));
  details.push(
    ...listChanges(
      pairs(before, canonB),
      pairs(after, canonA),
      (x, y) => x.key === y.key,
      (x, y, i) => [`Block ${i + 1} (${name(y.b)}) geändert${blockText(x.b) === blockText(y.b) && x.b.type === y.b.type ? ' (Formatierung, Link oder Bild)' : ''}`],
      (y) => `Block hinzugefügt: ${name(y.b)} ${quote(blockText(y.b))}`,
      (x) => `Block entfernt: ${name(x.b)} ${quote(blockText(x.b))}`,
    ),
  );
  details.push(
    ...listChanges(
      links(before),
      links(after),
      (x, y) => x.url === y.url && x.text === y.text,
      (x, y) => [x.url !== y.url ? `Link geändert: ${quote(y.text)}: ${x.url} → ${y.url}` : `Linktext geändert: ${quote(x.text)} → ${quote(y.text)} (${y.url})`],
      (y) => `Link hinzugefügt: ${quote(y.text)} → ${y.url}`,
      (x) => `Link entfernt: ${quote(x.text)} → ${x.url}`,
    ),
  );
  // Images as the hash sees them: the node plus the file the media library holds for it.
  const images = (canon: unknown) => {
    const nodes = blockImages(canon);
    const files: (FileFacts | null)[] = [];
    const visit = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (isObj(v)) {
        if (v.type === 'image') files.push((v.file as FileFacts | null) ?? null);
        Object.values(v).forEach(visit);
      }
    };
    visit(canon);
    return nodes.map((img, i) => ({ img, file: files[i] ?? null }));
  };
  details.push(
    ...listChanges(
      images(beforeCanon),
      images(afterCanon),
      (x, y) => json(x) === json(y),
      (x, y) => {
        const out: string[] = [];
        if (x.img.url !== y.img.url) out.push(`Bild ersetzt: ${describeImage(x.img)} → ${describeImage(y.img)}`);
        else if (json(x.file) !== json(y.file) && (x.file?.changedAt !== y.file?.changedAt || x.file?.size !== y.file?.size)) out.push(`Bilddatei unter derselben Adresse ausgetauscht: ${String(y.img.url)}`);
        if (x.img.alternativeText !== y.img.alternativeText) out.push(`Alternativtext geändert: ${quote(String(x.img.alternativeText ?? ''))} → ${quote(String(y.img.alternativeText ?? ''))}`);
        if ((x.img.caption ?? null) !== (y.img.caption ?? null)) out.push(`Bildunterschrift geändert: ${quote(String(x.img.caption ?? ''))} → ${quote(String(y.img.caption ?? ''))}`);
        if (x.file?.alternativeText !== y.file?.alternativeText && x.img.url === y.img.url) out.push(`Alternativtext der Datei in der Mediathek geändert: ${quote(String(x.file?.alternativeText ?? ''))} → ${quote(String(y.file?.alternativeText ?? ''))}`);
        return out.length ? out : [`Bild ${String(y.img.url)} geändert`];
      },
      (y) => `Bild hinzugefügt: ${describeImage(y.img)}`,
      (x) => `Bild entfernt: ${describeImage(x.img)}`,
    ),
  );
  return details;
}

/** A component entry as one line: its fields, as the approver reads them. */
function entryText(strapi: Core.Strapi, uid: string, entry: unknown, titles: Map<string, string>): string {
  if (!isObj(entry)) return '';
  return contentAttributes(strapi, uid)
    .map(([name, a]) => {
      const v = display(strapi, a, entry[name], titles);
      return v ? `${label(name)}: ${v}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

const componentName = (strapi: Core.Strapi, uid: string) => {
  const c = strapi.components[uid as keyof typeof strapi.components] as { info?: { displayName?: string } } | undefined;
  return c?.info?.displayName ?? uid;
};

/** A field's value as an approver reads it: text for rich text, names for relations, entries for components. */
function display(strapi: Core.Strapi, a: Attr, value: unknown, titles: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (a.type === 'blocks') return isBlocks(value) ? blocksToText(value as never) : '';
  const ids = (v: unknown) => (Array.isArray(v) ? v : [v]).map((x) => (isObj(x) && typeof x.documentId === 'string' ? x.documentId : null)).filter((x): x is string => Boolean(x));
  if (a.type === 'relation') return ids(value).map((id) => titles.get(id) ?? id).join(', ');
  if (a.type === 'media') return (Array.isArray(value) ? value : [value]).map((f) => (isObj(f) ? describeImage(f) : '')).join(', ');
  if (a.type === 'component' && a.component) {
    const comp = a.component;
    return (Array.isArray(value) ? value : [value]).map((e) => entryText(strapi, comp, e, titles)).join('\n');
  }
  if (a.type === 'dynamiczone' && Array.isArray(value)) {
    return value.map((e) => (isObj(e) ? `${componentName(strapi, String(e.__component))}: ${entryText(strapi, String(e.__component), e, titles)}` : '')).join('\n');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Names of related documents, so the diff shows "Bauen & Wohnen", not a document id. */
function relatedTitles(...docs: (Obj | null)[]): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      const t = v.title ?? v.name ?? v.label;
      if (typeof v.documentId === 'string' && typeof t === 'string') titles.set(v.documentId, t);
      Object.values(v).forEach(visit);
    }
  };
  for (const d of docs) if (d) Object.values(d).forEach(visit);
  return titles;
}

/** What changed inside a field that its text does not show. */
function details(strapi: Core.Strapi, a: Attr, before: unknown, after: unknown, beforeCanon: unknown, afterCanon: unknown, titles: Map<string, string>): string[] {
  if (a.type === 'blocks') return blockDetails(isBlocks(before) ? before : [], isBlocks(after) ? after : [], beforeCanon, afterCanon);
  if (a.type === 'relation') {
    const b = (Array.isArray(beforeCanon) ? beforeCanon : [beforeCanon]).filter((x): x is string => typeof x === 'string');
    const n = (Array.isArray(afterCanon) ? afterCanon : [afterCanon]).filter((x): x is string => typeof x === 'string');
    const name = (id: string) => titles.get(id) ?? id;
    const out = [...n.filter((x) => !b.includes(x)).map((x) => `Verknüpfung hinzugefügt: ${name(x)}`), ...b.filter((x) => !n.includes(x)).map((x) => `Verknüpfung entfernt: ${name(x)}`)];
    if (!out.length) out.push('Reihenfolge der Verknüpfungen geändert');
    return out;
  }
  if (a.type === 'media') {
    const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []).filter(isObj);
    return listChanges(
      list(beforeCanon),
      list(afterCanon),
      (x, y) => json(x) === json(y),
      (x, y) => [x.id !== y.id ? `Datei ersetzt: ${describeImage(x)} → ${describeImage(y)}` : x.alternativeText !== y.alternativeText ? `Alternativtext geändert: ${quote(String(x.alternativeText ?? ''))} → ${quote(String(y.alternativeText ?? ''))}` : `Datei ${String(y.url)} geändert (Inhalt, Bildunterschrift oder Name)`],
      (y) => `Datei hinzugefügt: ${describeImage(y)}`,
      (x) => `Datei entfernt: ${describeImage(x)}`,
    );
  }
  if ((a.type === 'component' && a.component) || a.type === 'dynamiczone') {
    const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []);
    const comp = (e: unknown) => (a.type === 'dynamiczone' && isObj(e) ? String(e.__component) : (a.component as string));
    const entryName = (e: unknown) => (a.type === 'dynamiczone' ? `Block „${componentName(strapi, comp(e))}“` : 'Eintrag');
    const rawB = list(before);
    const rawA = list(after);
    const withRaw = (canon: unknown[], raw: unknown[]) => canon.map((c, i) => ({ c, raw: raw[i] }));
    return listChanges(
      withRaw(list(beforeCanon), rawB),
      withRaw(list(afterCanon), rawA),
      (x, y) => json(x.c) === json(y.c),
      (x, y, i) => {
        if (comp(x.c) !== comp(y.c)) return [`${entryName(y.c)} an Stelle ${i + 1} ersetzt ${entryName(x.c)}: ${entryText(strapi, comp(y.c), y.raw, titles)}`];
        const inner = contentAttributes(strapi, comp(y.c))
          .filter(([name]) => json((x.c as Obj)?.[name]) !== json((y.c as Obj)?.[name]))
          .flatMap(([name, attr]) => {
            const b = display(strapi, attr, (x.raw as Obj | undefined)?.[name], titles);
            const n = display(strapi, attr, (y.raw as Obj | undefined)?.[name], titles);
            const sub = details(strapi, attr, (x.raw as Obj | undefined)?.[name], (y.raw as Obj | undefined)?.[name], (x.c as Obj)?.[name], (y.c as Obj)?.[name], titles);
            return [`${label(name)}: ${quote(b || '(leer)')} → ${quote(n || '(leer)')}`, ...(attr.type === 'blocks' || attr.type === 'relation' || attr.type === 'media' ? sub : [])];
          });
        return [`${entryName(y.c)} ${i + 1} geändert: ${inner.join('; ')}`];
      },
      (y) => `${entryName(y.c)} hinzugefügt: ${entryText(strapi, comp(y.c), y.raw, titles)}`,
      (x) => `${entryName(x.c)} entfernt: ${entryText(strapi, comp(x.c), x.raw, titles)}`,
    );
  }
  return [];
}

/**
 * Field by field, what the draft changes against the live version (all fields when none is
 * live), computed from exactly what the version hash covers: a field whose canonical value
 * differs is always listed, and what its text cannot show is said in words.
 */
export function diffVersions(strapi: Core.Strapi, uid: string, live: Version | null, draft: Version): FieldChange[] {
  const titles = relatedTitles(live?.data ?? null, draft.data);
  const changes: FieldChange[] = [];
  const attrs = attributesOf(strapi, uid);
  for (const [name, attr] of contentAttributes(strapi, uid)) {
    const beforeCanon = live?.canonical[name] ?? null;
    const afterCanon = draft.canonical[name] ?? null;
    if (json(beforeCanon) === json(afterCanon)) continue;
    // A new document lists only what it fills in.
    if (!live && (afterCanon === null || (Array.isArray(afterCanon) && !afterCanon.length))) continue;
    const before = display(strapi, attr, live?.data[name], titles);
    const after = display(strapi, attr, draft.data[name], titles);
    const more = live ? details(strapi, attr, live.data[name], draft.data[name], beforeCanon, afterCanon, titles) : [];
    if (live && before === after && !more.length) more.push('Geändert, ohne dass sich der angezeigte Text unterscheidet (Schreibweise, Formatierung oder Reihenfolge)');
    changes.push({ field: name, label: label(name), before, after, internal: attrs[name]?.private === true, shared: isShared(strapi, uid, attr), details: more });
  }
  return changes;
}
