import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { withBatchedOutbox } from '../lib/outbox';
import { asOperatorJob } from '../lib/review/actor';
import { loadVersion } from '../lib/review/version';
import type { LocationRecord, RowError, ServiceRecord } from './types';
import { documentIdRow, documentIdRows } from '../lib/rows';

/** A stored service read only to see which of its fields are empty. */
const Fields = z.record(z.string(), z.unknown());

export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** Publish what is written (the seed and an ITD11 operator); otherwise drafts for review. */
  publish?: boolean;
  /** Rows per transaction: a batch is written completely or not at all. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** Set when a batch failed: it and everything after it were not written. */
  aborted?: string;
  /**
   * Services written as drafts although `--publish` was given: their draft held an editor's
   * change that ITD11 has not approved, which publishing the draft would have put live too.
   */
  keptAsDraft?: string[];
}

/**
 * Whether a service's draft holds a change nobody approved: it differs from the live version,
 * or (nothing live yet) a person last edited it in the admin. An import with `--publish`
 * publishes the draft as a whole, so it must not publish such a draft.
 */
async function hasUnreviewedEdit(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const [draft, live] = await Promise.all([loadVersion(strapi, SERVICE, documentId, 'de', 'draft'), loadVersion(strapi, SERVICE, documentId, 'de', 'published')]);
  if (!draft) return false;
  if (live) return live.hash !== draft.hash;
  const row = z.object({ updatedBy: z.object({ id: z.number() }).nullable().optional() }).nullable().parse(
    await strapi.db.query(SERVICE).findOne({ select: ['id'], where: { documentId, locale: 'de', publishedAt: null }, populate: { updatedBy: { select: ['id'] } } }),
  );
  return Boolean(row?.updatedBy);
}

const SERVICE = 'api::service.service';
const LEBENSLAGE = 'api::lebenslage.lebenslage';
const LOCATION = 'api::location.location';

type Db = Core.Strapi['db'];

/** The fields an import compares: unchanged ones are not written again. */
const FingerprintFields = z.object({
  name: z.string().nullish(),
  ozgId: z.string().nullish(),
  themenfeld: z.string().nullish(),
  legalBasis: z.string().nullish(),
  audience: z.string().nullish(),
  source: z.string().nullish(),
});
type Fingerprint = z.infer<typeof FingerprintFields>;
/** A draft may still lack its LeiKa key or slug. */
const ExistingServices = z.array(FingerprintFields.extend({ documentId: z.string(), leikaKey: z.string().nullable(), slug: z.string().nullable(), source: z.string().nullable() }));

/** What a catalogue import decides on: an unchanged row is skipped, so a re-run is cheap. */
const fingerprint = (r: Fingerprint) => JSON.stringify([r.name ?? null, r.ozgId ?? null, r.themenfeld ?? null, r.legalBasis ?? null, r.audience ?? null, r.source ?? null]);

/** Keys of every existing service and the slugs in use, read once per import. */
async function existingServices(db: Db) {
  // Draft rows: what editors and importers write. The published row may lag behind a draft.
  const rows = ExistingServices.parse(
    await db.query(SERVICE).findMany({
      select: ['documentId', 'leikaKey', 'slug', 'source', 'name', 'ozgId', 'themenfeld', 'legalBasis', 'audience'],
      where: { locale: 'de', publishedAt: null },
    }),
  );
  const published = new Set(
    documentIdRows.parse(await db.query(SERVICE).findMany({ select: ['documentId'], where: { locale: 'de', publishedAt: { $notNull: true } } })).map((r) => r.documentId),
  );
  const byKey = new Map<string | null, { documentId: string; source: string | null; fingerprint: string; published: boolean }>();
  const slugOwner = new Map<string | null, string | null>();
  for (const r of rows) {
    byKey.set(r.leikaKey, { documentId: r.documentId, source: r.source, fingerprint: fingerprint(r), published: published.has(r.documentId) });
    slugOwner.set(r.slug, r.leikaKey);
  }
  return { byKey, slugOwner };
}

/** Slugs stay stable and unique: a clash gets the LeiKa key's distinctive tail. */
function uniqueSlug(slug: string, leikaKey: string, slugOwner: Map<string | null, string | null>): string {
  const owner = slugOwner.get(slug);
  if (!owner || owner === leikaKey) return slug;
  const tail = leikaKey.replace(/0+$/, '').slice(-8) || leikaKey.slice(-6);
  return `${slug.slice(0, 100)}-${tail}`;
}

async function upsertLebenslagen(strapi: Core.Strapi, records: ServiceRecord[], dryRun: boolean): Promise<Map<string, string>> {
  const wanted = new Map(records.flatMap((r) => r.lebenslagen).map((l) => [l.slug, l]));
  const existing = z.array(documentIdRow.extend({ slug: z.string() })).parse(await strapi.db.query(LEBENSLAGE).findMany({ select: ['documentId', 'slug'], where: { locale: 'de' } }));
  const ids = new Map(existing.map((e) => [e.slug, e.documentId]));
  if (dryRun) return ids;
  for (const [slug, l] of wanted) {
    if (ids.has(slug)) continue;
    const created = await strapi.documents(LEBENSLAGE).create({ locale: 'de', data: { name: l.name, slug, themenfeld: l.themenfeld, audience: l.audience } });
    ids.set(slug, created.documentId);
  }
  return ids;
}

/**
 * Publishing from an import is an operator's decision on the command line (`--publish`), not
 * an editor's: it runs as a named operator job and is recorded in the audit trail as such.
 * Without it, imported services are drafts that go through ITD11's review.
 */
const operatorJob = <T>(publish: boolean | undefined, fn: () => Promise<T>) => (publish ? asOperatorJob('Katalog-Import', fn) : fn());

export function importLocations(strapi: Core.Strapi, records: LocationRecord[], opts: ImportOptions = {}): Promise<Map<string, string>> {
  return operatorJob(opts.publish, () => writeLocations(strapi, records, opts));
}

export function importServices(strapi: Core.Strapi, records: ServiceRecord[], opts: ImportOptions & { locationIds?: Map<string, string> } = {}): Promise<ImportReport> {
  return operatorJob(opts.publish, () => writeServices(strapi, records, opts));
}

const ExistingLocations = z.array(documentIdRow.extend({ externalId: z.string().nullable(), slug: z.string() }));

async function writeLocations(strapi: Core.Strapi, records: LocationRecord[], opts: ImportOptions = {}): Promise<Map<string, string>> {
  const existing = ExistingLocations.parse(await strapi.db.query(LOCATION).findMany({ select: ['documentId', 'externalId', 'slug'], where: { locale: 'de' } }));
  const ids = new Map(existing.flatMap((e) => (e.externalId ? [[e.externalId, e.documentId] as const] : [])));
  const slugs = new Set(existing.map((e) => e.slug));
  if (opts.dryRun) return ids;
  await strapi.db.transaction(async () => {
    for (const l of records) {
      const data = {
        name: l.name,
        street: l.street,
        postalCode: l.postalCode,
        city: l.city,
        district: l.district ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
        phone: l.phone ?? null,
        email: l.email ?? null,
        appointmentUrl: l.appointmentUrl ?? null,
        externalId: l.externalId,
      };
      const id = ids.get(l.externalId);
      const status = opts.publish ? { status: 'published' as const } : {};
      if (id) {
        await strapi.documents(LOCATION).update({ documentId: id, locale: "de", data: data as never, ...status });
      } else {
        let slug = l.slug;
        for (let n = 2; slugs.has(slug); n++) slug = `${l.slug}-${n}`;
        slugs.add(slug);
        const created = await strapi.documents(LOCATION).create({ locale: "de", data: { ...data, slug } as never, ...status });
        ids.set(l.externalId, created.documentId);
      }
    }
  });
  return ids;
}

/**
 * Upserts services by LeiKa key. A service this source created is updated in full; one an
 * editor wrote (or another source brought) keeps its texts: only catalogue facts (OZG-ID,
 * Themenfeld, Lebenslagen) and empty fields are filled.
 */
async function writeServices(
  strapi: Core.Strapi,
  records: ServiceRecord[],
  opts: ImportOptions & { locationIds?: Map<string, string> } = {},
): Promise<ImportReport> {
  const { dryRun = false, publish = false, batchSize = 250, onProgress } = opts;
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const { byKey, slugOwner } = await existingServices(strapi.db);
  const lebenslagen = await upsertLebenslagen(strapi, records, dryRun);
  const seen = new Set<string>();

  const plan = records.flatMap((r, i) => {
    if (seen.has(r.leikaKey)) {
      report.errors.push({ row: i + 1, key: r.leikaKey, message: 'LeiKa key appears twice in the file; first one kept' });
      return [];
    }
    seen.add(r.leikaKey);
    const existing = byKey.get(r.leikaKey);
    // Same source, same facts, already in the wanted state: nothing to write.
    if (
      existing &&
      existing.source === r.source &&
      existing.published === publish &&
      !r.description &&
      existing.fingerprint === fingerprint({ name: r.name, ozgId: r.ozgId, themenfeld: r.themenfeld, legalBasis: r.legalBasis, audience: r.audience, source: r.source })
    ) {
      report.unchanged++;
      return [];
    }
    const slug = existing ? undefined : uniqueSlug(r.slug, r.leikaKey, slugOwner);
    if (slug) slugOwner.set(slug, r.leikaKey);
    return [{ r, slug }];
  });

  const batches = Array.from({ length: Math.ceil(plan.length / batchSize) }, (_, i) => plan.slice(i * batchSize, (i + 1) * batchSize));
  let done = 0;
  const failed: string[] = [];

  const writeBatch = async (batch: typeof plan, number: number) => {
    if (!dryRun) {
      try {
        let created = 0;
        let updated = 0;
        await strapi.db.transaction(() => withBatchedOutbox(strapi, async () => {
          for (const { r, slug } of batch) {
            const facts = {
              ozgId: r.ozgId ?? null,
              themenfeld: r.themenfeld ?? null,
              lebenslagen: r.lebenslagen.map((l) => lebenslagen.get(l.slug)).filter((id): id is string => Boolean(id)),
            };
            const texts = {
              name: r.name,
              audience: r.audience,
              teaser: r.teaser ?? null,
              description: r.description ?? null,
              fees: r.fees ?? null,
              legalBasis: r.legalBasis ?? null,
              keywords: r.keywords ?? null,
              forms: r.forms,
              appointmentUrl: r.appointmentUrl ?? null,
              onlineService: r.onlineService ?? null,
              locations: r.locations.map((id) => opts.locationIds?.get(id)).filter((id): id is string => Boolean(id)),
              source: r.source,
            };
            const existing = byKey.get(r.leikaKey);
            let status = publish ? { status: 'published' as const } : {};
            if (publish && existing && (await hasUnreviewedEdit(strapi, existing.documentId))) {
              status = {};
              (report.keptAsDraft ??= []).push(r.leikaKey);
            }
            if (!existing) {
              await strapi.documents(SERVICE).create({ locale: 'de', data: { leikaKey: r.leikaKey, slug, ...facts, ...texts } as never, ...status });
              created++;
            } else if (existing.source === r.source) {
              await strapi.documents(SERVICE).update({ documentId: existing.documentId, locale: 'de', data: { ...facts, ...texts } as never, ...status });
              updated++;
            } else {
              // An editorial text wins: the catalogue only fills what is empty. Relations and
              // components are read too, or an unread list would look empty and be overwritten.
              const current = Fields.nullable().parse((await strapi.documents(SERVICE).findOne({ documentId: existing.documentId, locale: 'de', status: 'draft', populate: ['locations', 'forms', 'onlineService'] })) ?? null);
              const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && !v.length);
              const fill = Object.fromEntries(Object.entries(texts).filter(([k, v]) => k !== 'source' && k !== 'name' && !empty(v) && empty(current?.[k])));
              await strapi.documents(SERVICE).update({ documentId: existing.documentId, locale: 'de', data: { ...facts, ...fill } as never, ...status });
              updated++;
            }
          }
        }));
        report.created += created;
        report.updated += updated;
      } catch (err) {
        const message = (err as Error).message;
        for (const { r } of batch) report.errors.push({ row: records.indexOf(r) + 1, key: r.leikaKey, message: `batch not written: ${message}` });
        failed.push(`batch ${number} failed and was rolled back: ${message}`);
        return;
      }
    } else {
      for (const { r } of batch) (byKey.has(r.leikaKey) ? report.updated++ : report.created++);
    }
    done += batch.length;
    onProgress?.(done, plan.length);
  };

  // PostgreSQL spends most of an import waiting on round trips (some 37 queries per new
  // service); a few batches in flight, each its own transaction on its own pooled connection,
  // keep the CPU busy. SQLite has one connection, so it writes one batch at a time.
  const lanes = dryRun || strapi.config.get('database.connection.client') !== 'postgres' ? 1 : Math.max(1, Math.min(4, (strapi.config.get('database.connection.pool.max', 10) as number) - 2));
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      // After a failure no further batch starts; those in flight finish (each is atomic).
      while (next < batches.length && !failed.length) {
        const i = next++;
        await writeBatch(batches[i]!, i + 1);
      }
    }),
  );
  if (failed.length) {
    const notStarted = batches.slice(next).reduce((n, b) => n + b.length, 0);
    for (const b of batches.slice(next)) for (const { r } of b) report.errors.push({ row: records.indexOf(r) + 1, key: r.leikaKey, message: 'not written: an earlier batch failed' });
    report.aborted = `${failed.join('; ')}${notStarted ? `; ${notStarted} services after it were not written` : ''}`;
  }
  return report;
}
