import fs from 'node:fs';
import slugify from 'slugify';
import { LEIKA_KEY, OZG_ID, themenfelder, type ThemenfeldKey } from '@dsh/content-model';
import type { LebenslageRecord, ParseResult, RowError, ServiceRecord } from './types';

/*
 * Parser for the flat OZG/LeiKa catalogue (ozg_leika_flat.tsv and the seed file made from it).
 * Pure: text in, records and row errors out; nothing is written here.
 *
 * Columns are found by their header name, so extra or missing optional columns are fine
 * (the seed copy drops `description` and `law_shortcuts`). Required: leika_key, leika_name.
 *
 * Row decisions:
 * - No 14-digit LeiKa key ("nicht im LeiKa", junk like "3233"): RowError "no LeiKa key", no record.
 * - OZG-ID present but not 5 digits: the service is still a valid LeiKa service, so the record is
 *   kept without ozgId and a RowError says so. Losing a whole service over a broken cross-reference
 *   would hide it from the directory; the error makes the gap visible to the operator.
 * - Empty OZG-ID / Lebenslage / Themenfeld: the LeiKa service simply has no OZG assignment
 *   (16 such rows in the 2020 catalogue). Kept without them, and not an error.
 * - Unknown Themenfeld name: record kept without Themenfeld and Lebenslage, plus a RowError.
 * - legal_basis shorter than 4 characters is treated as junk and ignored.
 */

/** Characters that are invisible but break matching and slugs (zero-width space/joiners, BOM). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Removes invisible characters, turns non-breaking spaces into spaces, collapses whitespace, trims. */
export function cleanText(s: string): string {
  return s.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/**
 * Deterministic URL slug: German umlauts transliterated (ä→ae, ö→oe, ü→ue, ß→ss), lower case,
 * only [a-z0-9-]. "&", "/" and the like separate words instead of becoming "und" or vanishing
 * ("Bauen & Immobilien" → "bauen-immobilien", like the Themenfeld keys). Longer than `max`
 * characters it is cut at the last word boundary before the limit.
 */
export function toSlug(text: string, max = 100): string {
  const prepared = cleanText(text)
    .replace(/[äöüÄÖÜßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .replace(/[&/\\|+_.,;:·–—]/g, ' ');
  let slug = slugify(prepared, { lower: true, strict: true, locale: 'de', trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    const boundary = cut.lastIndexOf('-');
    slug = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max);
    slug = slug.replace(/-+$/, '');
  }
  return slug;
}

/** Themenfeld by its official German name; trimmed and whitespace-normalised ("Querschnitt " matches). */
const THEMENFELD_BY_NAME = new Map<string, ThemenfeldKey>(
  (Object.entries(themenfelder) as [ThemenfeldKey, { de: string }][]).map(([key, t]) => [cleanText(t.de).toLowerCase(), key]),
);

export function themenfeldByName(name: string): ThemenfeldKey | undefined {
  return THEMENFELD_BY_NAME.get(cleanText(name).toLowerCase());
}

/**
 * Geschäftslagen (OZG situations of companies) outside the Themenfeld "Unternehmensführung &
 * -entwicklung", whose Lebenslagen all are Geschäftslagen. The rule is the OZG catalogue's own
 * split: its 17 Geschäftslagen are the 8 of that Themenfeld plus these 9; everything else is a
 * Lebenslage of citizens.
 */
const BUSINESS_LEBENSLAGEN = new Set(
  [
    'Querschnitt Unternehmen',
    'Steuern & Abgaben',
    'Auslandsgeschäft',
    'Finanzierung & Förderung',
    'Forschung & Entwicklung',
    'Logistik & Transport',
    'Anlagen & Stoffe',
    'Abfall & Umweltschutz',
    'Bauen & Immobilien',
  ].map((n) => n.toLowerCase()),
);

export function lebenslageAudience(name: string, themenfeld: ThemenfeldKey): 'citizens' | 'businesses' {
  return themenfeld === 'unternehmensfuehrung' || BUSINESS_LEBENSLAGEN.has(cleanText(name).toLowerCase()) ? 'businesses' : 'citizens';
}

export function lebenslageRecord(name: string, themenfeld: ThemenfeldKey): LebenslageRecord {
  const clean = cleanText(name);
  return { name: clean, slug: toSlug(clean), themenfeld, audience: lebenslageAudience(clean, themenfeld) };
}

/** One TSV record with the 1-based physical line it starts on. */
interface TsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits tab-separated text into rows. LF, CRLF and lone CR end a row. A field that starts with
 * a double quote is quoted CSV-style ("" is a literal quote; tabs and line breaks may appear
 * inside); a quote that is never closed is taken literally instead of swallowing the file.
 */
export function splitTsv(text: string): TsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: TsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = src.length;
  const endOfField = (c: string | undefined) => c === undefined || c === '\t' || c === '\n' || c === '\r';

  while (i <= n) {
    let value = '';
    if (src[i] === '"') {
      // Try a quoted field: find the closing quote.
      let j = i + 1;
      let closed = -1;
      let buf = '';
      let lines = 0;
      while (j < n) {
        const c = src[j];
        if (c === '"') {
          if (src[j + 1] === '"') {
            buf += '"';
            j += 2;
            continue;
          }
          closed = j;
          break;
        }
        if (c === '\n' || (c === '\r' && src[j + 1] !== '\n')) lines++;
        buf += c;
        j++;
      }
      if (closed >= 0) {
        value = buf;
        line += lines;
        i = closed + 1;
        // Anything between the closing quote and the separator is kept as written.
        while (!endOfField(src[i])) value += src[i++];
      } else {
        while (!endOfField(src[i])) value += src[i++];
      }
    } else {
      while (!endOfField(src[i])) value += src[i++];
    }
    cells.push(value);

    const c = src[i];
    if (c === '\t') {
      i++;
      continue;
    }
    // End of row (or of the text).
    if (!(cells.length === 1 && cells[0] === '' && c === undefined)) rows.push({ line: rowLine, cells });
    cells = [];
    if (c === undefined) break;
    i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    line++;
    rowLine = line;
  }
  return rows;
}

const REQUIRED_COLUMNS = ['leika_key', 'leika_name'] as const;

export function parseOzgTsv(text: string): ParseResult<ServiceRecord> {
  const rows = splitTsv(text);
  const records: ServiceRecord[] = [];
  const errors: RowError[] = [];
  if (!rows.length) throw new Error('OZG catalogue: the file is empty (expected a header line with leika_key, leika_name, …)');

  const header = rows[0].cells.map((h) => cleanText(h).toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new Error(`OZG catalogue: header line lacks the column(s) ${missing.join(', ')} (found: ${header.join(', ') || 'nothing'}); is this a tab-separated ozg_leika_flat.tsv?`);
  }
  const col = (name: string) => header.indexOf(name);
  const idx = {
    key: col('leika_key'),
    name: col('leika_name'),
    ozgId: col('ozg_id'),
    lebenslage: col('lebenslage'),
    themenfeld: col('themenfeld'),
    legalBasis: col('legal_basis'),
  };

  for (const { line, cells } of rows.slice(1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (i: number) => (i >= 0 ? cleanText(cells[i] ?? '') : '');

    const rawKey = cell(idx.key);
    if (!LEIKA_KEY.test(rawKey)) {
      errors.push({ row: line, ...(rawKey ? { key: rawKey } : {}), message: 'no LeiKa key' });
      continue;
    }
    const leikaKey = rawKey;
    const name = cell(idx.name);
    if (!name) {
      errors.push({ row: line, key: leikaKey, message: 'no service name' });
      continue;
    }

    const record: ServiceRecord = {
      leikaKey,
      name,
      slug: toSlug(name) || leikaKey,
      lebenslagen: [],
      audience: 'citizens',
      forms: [],
      locations: [],
      source: 'ozg',
    };

    const ozgId = cell(idx.ozgId);
    if (ozgId) {
      if (OZG_ID.test(ozgId)) record.ozgId = ozgId;
      else errors.push({ row: line, key: leikaKey, message: `invalid OZG-ID "${ozgId}" (expected 5 digits): imported without OZG-ID` });
    }

    const themenfeldName = cell(idx.themenfeld);
    const lebenslageName = cell(idx.lebenslage);
    if (themenfeldName) {
      const themenfeld = themenfeldByName(themenfeldName);
      if (themenfeld) {
        record.themenfeld = themenfeld;
        if (lebenslageName) record.lebenslagen.push(lebenslageRecord(lebenslageName, themenfeld));
        record.audience = record.lebenslagen[0]?.audience ?? (themenfeld === 'unternehmensfuehrung' ? 'businesses' : 'citizens');
      } else {
        errors.push({ row: line, key: leikaKey, message: `unknown Themenfeld "${themenfeldName}": imported without Themenfeld and Lebenslage` });
      }
    } else if (lebenslageName) {
      errors.push({ row: line, key: leikaKey, message: `Lebenslage "${lebenslageName}" without Themenfeld: imported without Lebenslage` });
    }

    const legalBasis = idx.legalBasis >= 0 ? (cells[idx.legalBasis] ?? '').replace(INVISIBLE, '').trim() : '';
    if (legalBasis.length >= 4) record.legalBasis = legalBasis.slice(0, 4000);

    records.push(record);
  }
  return { records, errors };
}

/** Reads a UTF-8 catalogue file and parses it; problems with the file itself name the path. */
export function parseOzgFile(path: string): ParseResult<ServiceRecord> {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read the OZG catalogue (${(err as Error).message})`);
  }
  try {
    return parseOzgTsv(text);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}
