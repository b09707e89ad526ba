import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { addPolicy } from '../route-policies';
import { currentActor, type Actor } from './actor';
import { REVIEWED } from './enforce';
import { ReviewRows, REVIEW } from './store';
import { attributesOf, pathOf, titleOf } from './version';

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

/** Column types that can hold a file's address: text, rich text, JSON (links, images, HTML). */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks', 'json', 'email', 'uid']);

type Meta = { tableName: string; attributes: Record<string, { type: string; columnName?: string }> };
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Where a file is shown or linked by content that is live or that ITD11 has before it (in
 * review or approved): "article „…“ (de, veröffentlicht)". Any text of a document or of a
 * component that contains one of the file's addresses counts (a rich-text image or link, a
 * link field, service HTML), and media fields through Strapi's file relation. A component
 * holding the address counts whatever its document's state: conservative, ITD11 may still
 * change the file.
 */
export async function filesInUse(strapi: Core.Strapi, fileIds: number[]): Promise<Map<number, string[]>> {
  const used = new Map<number, string[]>();
  if (!fileIds.length) return used;
  const files = z.array(FileRow).parse(await strapi.db.query(FILE).findMany({ select: ['id', 'url', 'name', 'formats'], where: { id: { $in: fileIds } } }));
  const paths = files.flatMap((f) => urlsOf(f).map((u) => ({ id: f.id, path: pathOf(u) }))).filter((p) => p.path.length > 1);
  const add = (id: number, where: string) => used.set(id, [...new Set([...(used.get(id) ?? []), where])]);

  const reviews = ReviewRows.parse(await strapi.db.query(REVIEW).findMany({ where: { state: { $in: ['in_review', 'approved'] } } }));
  const reviewed = new Set(reviews.map((r) => `${r.contentType}|${r.target}|${r.targetLocale}`));
  const knex = strapi.db.connection;
  const uids = [...REVIEWED, ...Object.keys(strapi.components)];
  for (const uid of paths.length ? uids : []) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta | undefined;
    if (!meta) continue;
    const columns = Object.entries(meta.attributes)
      .filter(([, a]) => TEXT_TYPES.has(a.type))
      .map(([name, a]) => a.columnName ?? snake(name));
    if (!columns.length) continue;
    const component = !REVIEWED.has(uid);
    const attrs = attributesOf(strapi, uid);
    const named = component ? [] : ['title', 'name', 'label', 'slug'].filter((k) => k in attrs).map((k) => (meta.attributes[k]?.columnName ?? snake(k)));
    const rows = z.array(z.record(z.string(), z.unknown())).parse(
      await knex(meta.tableName)
        .select([...(component ? ['id'] : ['id', 'document_id', 'locale', 'published_at', ...named]), ...columns])
        .where((q) => {
          for (const c of columns) for (const p of paths) q.orWhereRaw('CAST(?? AS TEXT) LIKE ?', [c, `%${p.path}%`]);
        }),
    );
    const typeName = uid.split('.').pop() ?? uid;
    for (const row of rows) {
      const text = columns.map((c) => String(row[c] ?? '')).join('\n');
      const hits = paths.filter((p) => text.includes(p.path)).map((p) => p.id);
      if (!hits.length) continue;
      let where: string;
      if (component) where = `Baustein „${typeName}“`;
      else {
        const locale = String(row.locale ?? 'de');
        const state = row.published_at ? 'veröffentlicht' : reviewed.has(`${uid}|${String(row.document_id)}|${locale}`) ? 'bei ITD11' : null;
        if (!state) continue;
        where = `${typeName} „${titleOf(Object.fromEntries(named.map((n) => [n, row[n]])))}“ (${locale}, ${state})`;
      }
      for (const id of hits) add(id, where);
    }
  }

  // Media fields: the file relation, for documents live or before ITD11.
  for (const uid of REVIEWED) {
    const attrs = attributesOf(strapi, uid);
    const media = Object.entries(attrs).filter(([, a]) => a.type === 'media').map(([n]) => n);
    if (!media.length) continue;
    const rows = z
      .array(z.looseObject({ documentId: z.string(), locale: z.string().nullish(), publishedAt: z.unknown() }))
      .parse(await strapi.db.query(uid as 'api::article.article').findMany({ select: ['documentId', 'locale', 'publishedAt'], populate: Object.fromEntries(media.map((m) => [m, { select: ['id'] }])) }));
    for (const row of rows) {
      const live = Boolean(row.publishedAt) || reviewed.has(`${uid}|${row.documentId}|${row.locale ?? 'de'}`);
      if (!live) continue;
      for (const m of media) {
        const v = row[m];
        for (const f of Array.isArray(v) ? v : v ? [v] : []) {
          const id = Number((f as { id?: unknown }).id);
          if (fileIds.includes(id)) add(id, `${uid.split('.').pop()} (${row.locale ?? 'de'})`);
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

/**
 * File and folder ids exactly as the database will read them: whole numbers, nothing else. A
 * value the gate could not read is refused, never skipped ("4_2" is 42 to PostgreSQL 16).
 */
const Id = z.union([z.number().int().positive(), z.string().regex(/^[1-9][0-9]{0,15}$/).transform(Number)]);
const Ids = z.array(Id).max(1000).optional().transform((v) => v ?? []);
function ids<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) refuse('Ungültige Datei- oder Ordnerangabe: erwartet werden Nummern.');
  return r.data;
}
const asId = (v: unknown) => (v === undefined ? [] : [ids(Id, v)]);

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
      return ids(z.array(z.looseObject({ id: Id })).max(1000), body.updates).map((u) => u.id);
    case 'admin-folder-file.deleteMany':
      return [...ids(Ids, body.fileIds), ...(await filesInFolders(strapi, ids(Ids, body.folderIds)))];
    case 'admin-folder-file.moveMany':
      // A move keeps every address: checked only for ids the database reads as written.
      ids(Ids, body.fileIds);
      ids(Ids, body.folderIds);
      return null;
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
