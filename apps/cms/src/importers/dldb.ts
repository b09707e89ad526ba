import fs from 'node:fs';
import { INVISIBLE, httpUrl, sanitizeServiceHtml } from '@dsh/content-model/html';
import { z } from 'zod';
import { LEIKA_KEY } from '@dsh/content-model';
import { cleanText, toSlug } from './ozg';
import type { LocationRecord, ParseResult, RowError, ServiceRecord } from './types';

/*
 * Parser for exports in the DLDB JSON format (Dienstleistungsdatenbank; Berlin's and Munich's
 * appointment systems share it): services_de.json and locations_de.json, each `{ data: [...] }`
 * plus metadata. Pure: JSON in, records and row errors out.
 *
 * - The top level must hold the entries (`{ data: [...] }`, `{ data: { id: entry } }` or a bare
 *   array); anything else throws, since then the whole file is wrong.
 * - Each entry is checked on its own with zod; unknown fields are ignored. A malformed entry
 *   becomes a RowError (row = array index + 1), never a crash.
 * - HTML (description, fees) is sanitised to a small allow-list; see `sanitizeServiceHtml`.
 * - `ServiceRecord.locations` holds the locations' externalIds (`${source}:${id}`), the same
 *   values `parseDldbLocations` produces, so the writer can connect them.
 */

const id = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1, 'empty id'));
/** Fields that hold text in one export and `false`/`null`/a number in another. */
const loose = z.unknown().optional();

const serviceSchema = z.object({
  id,
  name: z.string(),
  description: z.string().nullish(),
  fees: z.string().nullish(),
  leika: z.union([z.string(), z.number()]).nullish(),
  meta: z.object({ keywords: z.string().nullish() }).nullish(),
  forms: z.array(z.unknown()).nullish(),
  locations: z.array(z.unknown()).nullish(),
  appointment: z.object({ link: z.string().nullish() }).nullish(),
});
const formSchema = z.object({ name: z.string().nullish(), link: z.string().nullish() });
const serviceLocationSchema = z.object({ location: id });

const locationSchema = z.object({
  id,
  name: z.string(),
  displayName: z.string().nullish(),
  organization: z.string().nullish(),
  organizationUnit: z.string().nullish(),
  authority: z.object({ name: z.string().nullish() }).nullish(),
  address: z.object({ street: loose, house_number: loose, postal_code: loose, city: loose }).nullish(),
  geo: z.object({ lat: loose, lon: loose }).nullish(),
  contact: z.object({ phone: loose, email: loose }).nullish(),
});

/** The entries of a DLDB file, or a clear Error naming what is wrong with it. */
function entriesOf(json: unknown, what: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && 'data' in json) {
    const data = json.data;
    if (Array.isArray(data)) return data;
    if (data && typeof data === 'object') return Object.values(data);
  }
  const got = json === null ? 'null' : Array.isArray(json) ? 'array' : typeof json === 'object' ? `an object with keys ${Object.keys(json).slice(0, 8).join(', ') || '(none)'}` : typeof json;
  throw new Error(`DLDB ${what}: expected an object with a "data" array of ${what} (the DLDB export format), got ${got}`);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'entry'}: ${i.message}`)
    .join('; ');
}

/** An id for error messages even when the entry is malformed. */
function rawId(entry: unknown): string | undefined {
  const v = entry && typeof entry === 'object' && 'id' in entry ? entry.id : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** A trimmed string from a field that may be a string, a number, false or missing. */
function str(v: unknown): string {
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export { sanitizeServiceHtml };

/** Comma-separated keywords → one per line, trimmed, duplicates (case-insensitive) removed. */
export function keywordLines(keywords: string | null | undefined): string | undefined {
  if (!keywords) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of keywords.split(/[,\n]/)) {
    const t = cleanText(k);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.length ? out.join('\n') : undefined;
}

/**
 * The LeiKa key of a DLDB service. Munich lists several keys for one service in one case
 * ("99036008007003, 99036008007004, …"): the first is taken, since a service record has
 * exactly one key. Anything that is not a list of 14-digit keys yields undefined.
 */
function leikaKeyOf(v: string | number | null | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  const parts = String(v)
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length && parts.every((p) => LEIKA_KEY.test(p)) ? parts[0] : undefined;
}

export function parseDldbServices(json: unknown, opts: { source: string }): ParseResult<ServiceRecord> {
  const entries = entriesOf(json, 'services');
  const records: ServiceRecord[] = [];
  const errors: RowError[] = [];

  entries.forEach((entry, index) => {
    const row = index + 1;
    const parsed = serviceSchema.safeParse(entry);
    if (!parsed.success) {
      const key = rawId(entry);
      errors.push({ row, ...(key ? { key } : {}), message: `malformed service entry (${describeIssues(parsed.error)})` });
      return;
    }
    const s = parsed.data;
    const leikaKey = leikaKeyOf(s.leika);
    if (!leikaKey) {
      errors.push({ row, key: s.id, message: 'no LeiKa key' });
      return;
    }
    const name = cleanText(s.name);
    if (!name) {
      errors.push({ row, key: leikaKey, message: `service ${s.id} has no name` });
      return;
    }

    const forms: ServiceRecord['forms'] = [];
    const formUrls = new Set<string>();
    for (const f of s.forms ?? []) {
      const form = formSchema.safeParse(f);
      if (!form.success) continue;
      const link = (form.data.link ?? '').replace(INVISIBLE, '').trim();
      const url = link ? httpUrl(link) : undefined;
      if (!url || url.protocol !== 'https:' || formUrls.has(link)) continue;
      formUrls.add(link);
      forms.push({ label: cleanText(form.data.name ?? '') || link, url: link });
    }

    const locations: string[] = [];
    for (const l of s.locations ?? []) {
      const loc = serviceLocationSchema.safeParse(l);
      if (!loc.success) continue;
      const externalId = `${opts.source}:${loc.data.location}`;
      if (!locations.includes(externalId)) locations.push(externalId);
    }

    const appointment = (s.appointment?.link ?? '').trim();
    const record: ServiceRecord = {
      leikaKey,
      name,
      slug: toSlug(name) || leikaKey,
      lebenslagen: [],
      audience: 'citizens',
      forms,
      locations,
      source: `${opts.source}:${s.id}`,
    };
    const description = sanitizeServiceHtml(s.description);
    if (description) record.description = description;
    const fees = sanitizeServiceHtml(s.fees);
    if (fees) record.fees = fees;
    const keywords = keywordLines(s.meta?.keywords);
    if (keywords) record.keywords = keywords;
    // Templates like ".../services/{serviceId}" are not usable links.
    if (appointment && !appointment.includes('{') && httpUrl(appointment)?.protocol === 'https:') record.appointmentUrl = appointment;
    records.push(record);
  });
  return { records, errors };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseDldbLocations(json: unknown, opts: { source: string }): ParseResult<LocationRecord> {
  const entries = entriesOf(json, 'locations');
  const records: LocationRecord[] = [];
  const errors: RowError[] = [];

  entries.forEach((entry, index) => {
    const row = index + 1;
    const parsed = locationSchema.safeParse(entry);
    if (!parsed.success) {
      const key = rawId(entry);
      errors.push({ row, ...(key ? { key: `${opts.source}:${key}` } : {}), message: `malformed location entry (${describeIssues(parsed.error)})` });
      return;
    }
    const l = parsed.data;
    const externalId = `${opts.source}:${l.id}`;
    const name = cleanText(l.displayName ?? '') || cleanText(l.name);
    const street = [str(l.address?.street), str(l.address?.house_number)].filter(Boolean).join(' ');
    const postalCode = str(l.address?.postal_code);
    const city = str(l.address?.city);
    const problem = !name
      ? 'no name'
      : !/^\d{5}$/.test(postalCode)
        ? postalCode
          ? `invalid postal code "${postalCode}" (expected 5 digits)`
          : 'no postal code'
        : !street
          ? 'no street'
          : !city
            ? 'no city'
            : undefined;
    if (problem) {
      errors.push({ row, key: externalId, message: `location ${l.id}: ${problem}` });
      return;
    }

    const record: LocationRecord = { externalId, name, slug: toSlug(name) || toSlug(`${opts.source}-${l.id}`), street, postalCode, city };
    const organisationName = cleanText(l.organizationUnit ?? '') || cleanText(l.organization ?? '') || cleanText(l.authority?.name ?? '');
    if (organisationName) record.organisationName = organisationName;
    const lat = num(l.geo?.lat);
    const lon = num(l.geo?.lon);
    if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0)) {
      record.latitude = lat;
      record.longitude = lon;
    }
    const phone = str(l.contact?.phone);
    if (phone) record.phone = phone;
    const email = str(l.contact?.email);
    if (EMAIL.test(email)) record.email = email;
    records.push(record);
  });

  // Berlin's 2016 export gives every location the same made-up point (53.45, 13.45). When all
  // locations of a file share one coordinate pair it is a placeholder, not a position: drop it.
  const withGeo = records.filter((r) => r.latitude !== undefined);
  if (withGeo.length > 1 && withGeo.length === records.length && withGeo.every((r) => r.latitude === withGeo[0].latitude && r.longitude === withGeo[0].longitude)) {
    for (const r of records) {
      delete r.latitude;
      delete r.longitude;
    }
  }
  return { records, errors };
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read the DLDB ${what} file (${(err as Error).message})`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message})`);
  }
}

function withPath<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}

/** Reads services (and optionally locations) of one DLDB export; `source` prefixes all external ids. */
export function parseDldbFiles(
  servicesPath: string,
  locationsPath: string | undefined,
  source: string,
): { services: ParseResult<ServiceRecord>; locations: ParseResult<LocationRecord> } {
  const servicesJson = readJson(servicesPath, 'services');
  const services = withPath(servicesPath, () => parseDldbServices(servicesJson, { source }));
  if (!locationsPath) return { services, locations: { records: [], errors: [] } };
  const locationsJson = readJson(locationsPath, 'locations');
  const locations = withPath(locationsPath, () => parseDldbLocations(locationsJson, { source }));
  return { services, locations };
}
