import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { addPolicy } from '../route-policies';
import { currentActor, type Actor } from './actor';
import { REVIEWED } from './enforce';
import { ReviewRows, REVIEW } from './store';
import { attributesOf, blockImages, titleOf } from './version';

const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';

function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

const FileRow = z.object({ id: z.coerce.number(), url: z.string().nullish(), name: z.string().nullish(), formats: z.unknown().optional() });

/** Every address a file is served under: the original and each generated format. */
function urlsOf(file: z.infer<typeof FileRow>): string[] {
  const urls = file.url ? [file.url] : [];
  const formats = typeof file.formats === 'string' ? (JSON.parse(file.formats) as unknown) : file.formats;
  if (formats && typeof formats === 'object') {
    for (const f of Object.values(formats as Record<string, unknown>)) {
      if (f && typeof f === 'object' && typeof (f as { url?: unknown }).url === 'string') urls.push((f as { url: string }).url);
    }
  }
  return urls;
}

/** A URL as rich text stores it: Strapi's editor may prefix the backend's address. */
const pathOf = (url: string) => {
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return url;
  }
};

/**
 * Where a file is shown by content that is live or that ITD11 has before it (in review or
 * approved): "Artikel „…“ (de, veröffentlicht)". Media fields through Strapi's file relation,
 * rich-text images by the file's addresses.
 */
export async function filesInUse(strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, string[]>> {
  const used = new Map<number, string[]>();
  if (!fileIds.length) return used;
  const files = z.array(FileRow).parse(await strapi.db.query(FILE).findMany({ select: ['id', 'url', 'name', 'formats'], where: { id: { $in: fileIds } } }));
  const byPath = new Map<string, number>();
  for (const f of files) for (const u of urlsOf(f)) byPath.set(pathOf(u), f.id);
  const add = (id: number, where: string) => used.set(id, [...(used.get(id) ?? []), where]);

  const reviews = ReviewRows.parse(await strapi.db.query(REVIEW).findMany({ where: { state: { $in: ['in_review', 'approved'] } } }));
  const reviewed = new Set(reviews.map((r) => `${r.contentType}|${r.target}|${r.targetLocale}`));
  const state = (uid: string, row: { documentId: string; locale?: string | null; publishedAt?: unknown }) =>
    row.publishedAt ? 'veröffentlicht' : reviewed.has(`${uid}|${row.documentId}|${row.locale ?? 'de'}`) ? 'bei ITD11' : null;

  for (const uid of REVIEWED) {
    const attrs = attributesOf(strapi, uid);
    const blocks = Object.entries(attrs).filter(([, a]) => a.type === 'blocks').map(([n]) => n);
    const media = Object.entries(attrs).filter(([, a]) => a.type === 'media').map(([n]) => n);
    if (!blocks.length && !media.length) continue;
    const named = ['title', 'name', 'label', 'slug'].filter((k) => k in attrs);
    const rows = z
      .array(z.looseObject({ documentId: z.string(), locale: z.string().nullish(), publishedAt: z.unknown() }))
      .parse(
        await strapi.db.query(uid as 'api::article.article').findMany({
          select: ['documentId', 'locale', 'publishedAt', ...named, ...blocks],
          ...(media.length ? { populate: Object.fromEntries(media.map((m) => [m, { select: ['id'] }])) } : {}),
        }),
      );
    const typeName = uid.split('.').pop() ?? uid;
    for (const row of rows) {
      const s = state(uid, row);
      if (!s) continue;
      const where = `${typeName} „${titleOf(row)}“ (${row.locale ?? 'de'}, ${s})`;
      for (const b of blocks) {
        const value = typeof row[b] === 'string' ? (JSON.parse(row[b] as string) as unknown) : row[b];
        for (const img of blockImages(value)) {
          const id = typeof img.url === 'string' ? byPath.get(pathOf(img.url)) : undefined;
          if (id !== undefined) add(id, where);
        }
      }
      for (const m of media) {
        const v = row[m];
        for (const f of Array.isArray(v) ? v : v ? [v] : []) {
          const id = Number((f as { id?: unknown }).id);
          if (fileIds.includes(id)) add(id, where);
        }
      }
    }
  }
  return used;
}

/**
 * A file that live or reviewed content shows is fixed for everyone but ITD11: its bytes, alt
 * text and caption are part of what ITD11 approved. An editor uploads a new file and puts it in
 * the draft instead, so the change is reviewed with the content that shows it.
 */
export async function assertFilesEditable(strapi: Core.Strapi, actor: Actor, fileIds: number[]): Promise<void> {
  if (actor.approver || !fileIds.length) return;
  const used = await filesInUse(strapi, fileIds);
  if (!used.size) return;
  const where = [...new Set([...used.values()].flat())].slice(0, 5).join('; ');
  refuse(
    `Diese Datei wird von freigegebenen oder veröffentlichten Inhalten gezeigt (${where}) und kann nur von ITD11 geändert, ersetzt oder gelöscht werden. ` +
      'Bitte laden Sie eine neue Datei hoch und setzen Sie sie im Entwurf ein; sie wird dann mit dem Inhalt geprüft.',
  );
}

/** The files a folder holds, at any depth (deleting a folder deletes them). */
async function filesInFolders(strapi: Core.Strapi, folderIds: number[]): Promise<number[]> {
  if (!folderIds.length) return [];
  const folders = z.array(z.object({ path: z.string() })).parse(await strapi.db.query(FOLDER).findMany({ select: ['path'], where: { id: { $in: folderIds } } }));
  if (!folders.length) return [];
  const files = z
    .array(z.object({ id: z.coerce.number() }))
    .parse(await strapi.db.query(FILE).findMany({ select: ['id'], where: { $or: folders.flatMap((f) => [{ folderPath: f.path }, { folderPath: { $startsWith: `${f.path}/` } }]) } }));
  return files.map((f) => f.id);
}

const Ids = z.array(z.coerce.number().int()).default([]);
const asId = (v: unknown) => (v === undefined || v === null || v === '' ? [] : [Number(v)]);

/** Media-library routes switched off for everyone (see README, "What is switched off"). */
export const MEDIA_OFF: Record<string, string> = {
  // Strapi fetches the URLs on the server; its address check misses 0.0.0.0/8 and redirects to
  // internal addresses (SSRF). Editors download a file and upload it instead.
  'admin-upload.uploadFromUrls': 'Hochladen von einer Adresse ist abgeschaltet: Bitte laden Sie die Datei herunter und hier hoch.',
  // Needs Strapi's cloud AI service; it would also rewrite alt texts of files in use.
  'admin-file.generateAIMetadata': 'KI-Metadaten sind abgeschaltet.',
  'admin-file.createAIMetadataJob': 'KI-Metadaten sind abgeschaltet.',
};

type PolicyCtx = {
  state: { route?: { handler?: unknown; method?: string; path?: string } };
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  request: { body?: unknown; query?: Record<string, unknown> };
};

/** The files a media-library write would change, by route. */
async function targetsOf(strapi: Core.Strapi, handler: string, ctx: PolicyCtx): Promise<number[] | null> {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const query = ctx.query ?? ctx.request.query ?? {};
  switch (handler) {
    case 'admin-upload.upload':
    case 'content-api.upload':
      // With `id` it replaces that file or updates its info; without, it adds new files.
      return asId(query.id);
    case 'admin-upload.updateFileInfo':
    case 'admin-upload.replaceFile':
    case 'admin-file.destroy':
    case 'content-api.destroy':
      return asId(ctx.params?.id);
    case 'admin-upload.bulkUpdateFileInfo':
      return z.array(z.object({ id: z.coerce.number() }).loose()).catch([]).parse(body.updates).map((u) => u.id);
    case 'admin-folder-file.deleteMany':
      return [...Ids.catch([]).parse(body.fileIds), ...(await filesInFolders(strapi, Ids.catch([]).parse(body.folderIds)))];
    default:
      // New files, folders and moves change nothing that content shows (a file keeps its address).
      return null;
  }
}

/**
 * The one gate for media-library writes, on every upload route (admin and content API): runs
 * after authentication and before the controller, so a refused replace has not touched the
 * stored bytes yet.
 */
export async function mediaGate(strapi: Core.Strapi, ctx: PolicyCtx): Promise<true> {
  const handler = typeof ctx.state.route?.handler === 'string' ? ctx.state.route.handler : '';
  if (MEDIA_OFF[handler]) refuse(MEDIA_OFF[handler]);
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  // The content API's upload can link a file straight into an entry (ref/refId/field), past
  // the document service and the review: files are linked by editing the content instead.
  if (handler === 'content-api.upload' && ['ref', 'refId', 'field'].some((k) => k in body)) refuse('Dateien werden über den Inhalt verknüpft, nicht beim Hochladen.');
  const ids = await targetsOf(strapi, handler, ctx);
  if (ids) await assertFilesEditable(strapi, currentActor(strapi), ids);
  return true;
}

/**
 * Puts the gate on every write route of the upload plugin, as it is registered (also routes a
 * Strapi upgrade adds), and a backstop on the file table itself for writes from code.
 */
export function registerMediaGate(strapi: Core.Strapi): void {
  addPolicy(strapi, 'upload', (route) => route.method !== 'GET', 'global::media-gate');
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    async beforeUpdate(event: { params: { where?: unknown } }) {
      await backstop(strapi, event.params.where);
    },
    async beforeDelete(event: { params: { where?: unknown } }) {
      await backstop(strapi, event.params.where);
    },
  } as never);
}

async function backstop(strapi: Core.Strapi, where: unknown): Promise<void> {
  const actor = currentActor(strapi);
  // Strapi's own bookkeeping (no request, no job) and approvers pass; a person or token may not.
  if (actor.approver || actor.kind === 'system') return;
  const id = z.object({ id: z.coerce.number() }).safeParse(where);
  if (id.success) await assertFilesEditable(strapi, actor, [id.data.id]);
}
