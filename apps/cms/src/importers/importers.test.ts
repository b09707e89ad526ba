import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { themenfeldKeys } from '@dsh/content-model';
import { parseDldbFiles, parseDldbLocations, parseDldbServices, sanitizeServiceHtml } from './dldb';
import { parseOzgFile, parseOzgTsv, splitTsv, toSlug } from './ozg';

// Real public catalogues live next to the repository (../shared/data); they are not part of it.
const here = path.dirname(fileURLToPath(import.meta.url));
const DATA = process.env.DSH_SHARED_DATA ?? path.resolve(here, '../../../../../shared/data');
const OZG_FILE = path.join(DATA, 'ozg-leika/ozg_leika_flat.tsv');
const MUNICH = path.join(DATA, 'munich-dldb');
const BERLIN = path.join(DATA, 'berlin-dldb-2016');

/** Markup that must never survive sanitising. */
const DANGEROUS = /<script|<iframe|<img|<style|<svg|<object|<embed|\son\w+\s*=|javascript:|data:text|style=/i;

// ---------------------------------------------------------------------------------------------
// OZG/LeiKa TSV, inline fixture (invented rows)
// ---------------------------------------------------------------------------------------------

const HEADER = 'leika_key\tleika_name\tleika_typ\tozg_id\tozg_leistung\tlebenslage\tthemenfeld\tdescription\tlegal_basis\tlaw_shortcuts';
const LONG_NAME = 'Genehmigung für das Aufstellen sehr langer Testschilder an öffentlichen Straßen und Plätzen im gesamten Stadtgebiet einschließlich Übergangsregelungen';
const OZG_FIXTURE =
  [
    HEADER,
    // line 2: a normal citizens' service
    '99000000000001\tBeispielausweis Ausstellung\t2/3\t10001\tBeispielleistung\tWohnen & Umzug\tBauen & Wohnen\t\tBeispielG § 1\tBspG',
    // line 3: no LeiKa key
    'nicht im LeiKa\tErfundene Leistung ohne Schlüssel\t1\t10002\tBeispielleistung\tGeburt\tFamilie & Kind\t\t\t',
    // line 4: bad OZG-ID, Themenfeld with a trailing space, junk legal basis
    '99000000000002\tPrüfung für Querschnittsfälle\t1\t12AB\tBeispielleistung\tQuerschnitt Bürger\tQuerschnitt \t\txy\t',
    // line 5: a Geschäftslage, quoted name with doubled quotes and a tab inside
    '99000000000003\t"Zulassung ""Muster\tBetrieb"""\t4\t10003\tBeispielleistung\tUnternehmensstart & Gewerbezulassung\tUnternehmensführung & -entwicklung\t\t\t',
    // line 6: a Geschäftslage outside the Unternehmens-Themenfeld
    '99000000000004\tAbgabenbescheid Muster\t2/3\t10004\tBeispielleistung\tSteuern & Abgaben\tSteuern & Zoll\t\t\t',
    // line 7: unknown Themenfeld
    '99000000000005\tErfundene Sonderleistung\t1\t10005\tBeispielleistung\tIrgendwas\tGibt es nicht\t\t\t',
    // line 8: no OZG assignment at all (exists in the real catalogue): kept, no error
    `99000000000006\t${LONG_NAME}\t2/3\t\t\t\t\t\t\t`,
    // line 9: junk key
    '3233\tTest\t44\t10001\tBeispielleistung\tWohnen & Umzug\tBauen & Wohnen\t\twqfwe\t',
  ].join('\r\n') + '\r\n';

describe('parseOzgTsv (inline fixture)', () => {
  const { records, errors } = parseOzgTsv(OZG_FIXTURE);
  const byKey = new Map(records.map((r) => [r.leikaKey, r]));

  it('makes one record per row with a 14-digit LeiKa key', () => {
    expect(records.map((r) => r.leikaKey)).toEqual(['99000000000001', '99000000000002', '99000000000003', '99000000000004', '99000000000005', '99000000000006']);
    for (const r of records) {
      expect(r.source).toBe('ozg');
      expect(r.forms).toEqual([]);
      expect(r.locations).toEqual([]);
    }
  });

  it('reports rows without a LeiKa key with their line numbers (header = line 1)', () => {
    const missing = errors.filter((e) => e.message === 'no LeiKa key');
    expect(missing.map((e) => e.row)).toEqual([3, 9]);
    expect(missing.map((e) => e.key)).toEqual(['nicht im LeiKa', '3233']);
  });

  it('keeps a row with an invalid OZG-ID, without ozgId, and reports it', () => {
    expect(byKey.get('99000000000002')?.ozgId).toBeUndefined();
    expect(byKey.get('99000000000001')?.ozgId).toBe('10001');
    const e = errors.find((x) => x.key === '99000000000002');
    expect(e).toMatchObject({ row: 4 });
    expect(e?.message).toMatch(/OZG-ID "12AB"/);
  });

  it('maps Themenfelder by their German name, trailing spaces included', () => {
    expect(byKey.get('99000000000001')?.themenfeld).toBe('bauen-wohnen');
    expect(byKey.get('99000000000002')?.themenfeld).toBe('querschnitt');
    expect(byKey.get('99000000000003')?.themenfeld).toBe('unternehmensfuehrung');
    expect(byKey.get('99000000000005')?.themenfeld).toBeUndefined();
    expect(byKey.get('99000000000005')?.lebenslagen).toEqual([]);
    expect(errors.find((x) => x.key === '99000000000005')).toMatchObject({ row: 7, message: expect.stringMatching(/unknown Themenfeld "Gibt es nicht"/) });
  });

  it('builds Lebenslagen with slugs and audiences; the service takes the Lebenslage audience', () => {
    expect(byKey.get('99000000000001')?.lebenslagen).toEqual([{ name: 'Wohnen & Umzug', slug: 'wohnen-umzug', themenfeld: 'bauen-wohnen', audience: 'citizens' }]);
    expect(byKey.get('99000000000001')?.audience).toBe('citizens');
    expect(byKey.get('99000000000003')?.lebenslagen[0]).toMatchObject({ slug: 'unternehmensstart-gewerbezulassung', audience: 'businesses' });
    expect(byKey.get('99000000000003')?.audience).toBe('businesses');
    expect(byKey.get('99000000000004')?.lebenslagen[0]).toMatchObject({ slug: 'steuern-abgaben', themenfeld: 'steuern-zoll', audience: 'businesses' });
    expect(byKey.get('99000000000002')?.lebenslagen[0]).toMatchObject({ slug: 'querschnitt-buerger', audience: 'citizens' });
  });

  it('unquotes quoted fields and slugs names deterministically', () => {
    const r = byKey.get('99000000000003');
    expect(r?.name).toBe('Zulassung "Muster\tBetrieb"'.replace('\t', ' '));
    expect(r?.slug).toBe('zulassung-muster-betrieb');
    expect(byKey.get('99000000000002')?.slug).toBe('pruefung-fuer-querschnittsfaelle');
  });

  it('truncates long slugs to 100 characters at a word boundary', () => {
    const r = byKey.get('99000000000006');
    expect(r?.slug.length).toBeLessThanOrEqual(100);
    expect(r?.slug).toMatch(/^genehmigung-fuer-das-aufstellen-sehr-langer-testschilder/);
    expect(toSlug(LONG_NAME)).toBe(r?.slug);
    expect(r?.slug.endsWith('-')).toBe(false);
    // cut at a word boundary: the slug is a prefix of the full slug followed by "-"
    expect(toSlug(LONG_NAME, 1000).startsWith(`${r?.slug}-`)).toBe(true);
    expect(r?.ozgId).toBeUndefined();
    expect(r?.themenfeld).toBeUndefined();
    expect(errors.some((e) => e.key === '99000000000006')).toBe(false);
  });

  it('keeps a legal basis of 4+ characters and drops junk', () => {
    expect(byKey.get('99000000000001')?.legalBasis).toBe('BeispielG § 1');
    expect(byKey.get('99000000000002')?.legalBasis).toBeUndefined();
  });

  it('handles LF, CRLF, a missing trailing newline and a BOM alike', () => {
    const lf = parseOzgTsv(OZG_FIXTURE.replace(/\r\n/g, '\n'));
    const bare = parseOzgTsv(`\ufeff${OZG_FIXTURE.replace(/\r\n$/, '')}`);
    expect(lf).toEqual({ records, errors });
    expect(bare).toEqual({ records, errors });
  });

  it('counts physical lines when a quoted field spans lines', () => {
    const rows = splitTsv('a\tb\n"x\ny"\t1\nz\t2\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', '1'] },
      { line: 4, cells: ['z', '2'] },
    ]);
    // an unclosed quote is taken literally instead of swallowing the rest
    expect(splitTsv('"open\t1\nnext\t2').map((r) => r.cells)).toEqual([
      ['"open', '1'],
      ['next', '2'],
    ]);
  });

  it('finds columns by header name and rejects files without the key columns', () => {
    const reordered = parseOzgTsv('themenfeld\tleika_name\tleika_key\nBildung\tSchulbeispiel\t99000000000009\n');
    expect(reordered.records[0]).toMatchObject({ leikaKey: '99000000000009', name: 'Schulbeispiel', themenfeld: 'bildung' });
    expect(() => parseOzgTsv('foo,bar\n1,2\n')).toThrow(/leika_key, leika_name/);
    expect(() => parseOzgTsv('')).toThrow(/empty/);
  });
});

describe('toSlug', () => {
  it('transliterates German umlauts and separates words', () => {
    expect(toSlug('Straße über Äcker & Öfen')).toBe('strasse-ueber-aecker-oefen');
    expect(toSlug('Existenzsicherung/Unterstützung')).toBe('existenzsicherung-unterstuetzung');
    expect(toSlug('\u200bKfz-Zulassung (Neu)')).toBe('kfz-zulassung-neu');
  });
});

// ---------------------------------------------------------------------------------------------
// DLDB JSON, inline fixture (invented entries)
// ---------------------------------------------------------------------------------------------

const XSS_DESCRIPTION = [
  '<p onclick="alert(1)">Erster\u200b Absatz mit <strong>Betonung</strong>.</p>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://example.org/embed">Rahmen</iframe>',
  '<a href="https://example.org/info" target="_blank" rel="opener">Mehr Infos</a>',
  '<a href="mailto:info@example.org">Schreiben</a>',
  '<a href="/relativ">relativ</a>',
  '<div style="color:red"><span>Hinweis</span></div>',
  '<style>p { color: red }</style>',
].join('\n');

const SERVICES_FIXTURE = {
  data: [
    {
      id: '1001',
      name: ' Musterbescheinigung ',
      description: XSS_DESCRIPTION,
      fees: '<p>10 Euro<script>alert(1)</script></p>',
      leika: '99000000001000',
      meta: { keywords: 'Muster, Bescheinigung,  Muster ,,bescheinigung, Nachweis', url: 'ignored' },
      forms: [
        { name: 'Antrag', link: 'https://example.org/antrag.pdf', description: false },
        { name: 'Alt', link: 'http://example.org/alt.pdf' },
        { name: 'Ohne Link' },
        { name: 'Schlecht', link: 'javascript:alert(1)' },
      ],
      locations: [{ location: '501', appointment: { allowed: true } }, { location: '502' }, { nolocation: true }],
      appointment: { link: 'https://example.org/termin/{serviceId}' },
      somethingNew: [1, 2, 3],
    },
    { id: '1002', name: 'Ohne Schlüssel', description: '<p>x</p>', leika: null },
    { id: '1003', name: 42, leika: '99000000001003' },
    {
      id: 1004,
      name: 'Mehrere Schlüssel',
      leika: '99000000001004, 99000000001005',
      appointment: { link: 'https://example.org/termin/1004' },
      description: '',
    },
    'not an object',
  ],
  meta: { generated: '2026-01-01T00:00:00', datacount: 5 },
};

const LOCATIONS_FIXTURE = {
  data: [
    {
      id: '501',
      name: 'Musteramt (ABC-1)',
      displayName: 'Musteramt',
      organization: 'Musterstadt',
      organizationUnit: 'Musterreferat',
      address: { street: 'Beispielweg', house_number: '1a', postal_code: '20095', city: 'Hamburg', hint: false },
      geo: { lat: '53.55', lon: '10.0' },
      contact: { phone: '040 123', email: 'amt@example.org', fax: '' },
    },
    {
      id: '502',
      name: 'Zweitamt',
      address: { street: 'Nebenstraße ', house_number: '2 ', postal_code: '2009', city: 'Hamburg' },
      geo: { lat: '53.5', lon: '10.1' },
    },
    { id: '503', name: 'Ohne Adresse', address: { street: false, house_number: false, postal_code: false, city: false } },
    { name: 'Ohne Id' },
    {
      id: '504',
      name: 'Drittamt',
      address: { street: 'Platz', house_number: '3', postal_code: ' 22111 ', city: 'Hamburg' },
      geo: { lat: 'abc', lon: '10' },
      contact: { email: 'kein-email' },
    },
  ],
};

describe('parseDldbServices (inline fixture)', () => {
  const { records, errors } = parseDldbServices(SERVICES_FIXTURE, { source: 'test' });
  const first = records.find((r) => r.source === 'test:1001');

  it('imports entries with a LeiKa key and reports the others by row', () => {
    expect(records.map((r) => r.source)).toEqual(['test:1001', 'test:1004']);
    expect(errors).toEqual([
      { row: 2, key: '1002', message: 'no LeiKa key' },
      { row: 3, key: '1003', message: expect.stringMatching(/^malformed service entry \(name: /) },
      { row: 5, message: expect.stringMatching(/^malformed service entry/) },
    ]);
  });

  it('maps the fields', () => {
    expect(first).toMatchObject({
      leikaKey: '99000000001000',
      name: 'Musterbescheinigung',
      slug: 'musterbescheinigung',
      audience: 'citizens',
      lebenslagen: [],
      keywords: 'Muster\nBescheinigung\nNachweis',
      forms: [{ label: 'Antrag', url: 'https://example.org/antrag.pdf' }],
      locations: ['test:501', 'test:502'],
    });
    expect(first?.appointmentUrl).toBeUndefined();
    const multi = records.find((r) => r.source === 'test:1004');
    expect(multi).toMatchObject({ leikaKey: '99000000001004', appointmentUrl: 'https://example.org/termin/1004' });
    expect(multi?.description).toBeUndefined();
  });

  it('lets no dangerous markup through', () => {
    const html = first?.description ?? '';
    expect(html).not.toMatch(DANGEROUS);
    expect(html).not.toMatch(/alert|<div|<span|Rahmen|\u200b|target=|opener"/);
    expect(html).toContain('<p>Erster Absatz mit <strong>Betonung</strong>.</p>');
    expect(html).toContain('<a href="https://example.org/info" rel="noopener noreferrer">Mehr Infos</a>');
    expect(html).toContain('<a href="mailto:info@example.org">Schreiben</a>');
    // link text of dropped links stays, the link does not
    expect(html).toMatch(/>?\s*x\s*</);
    expect(html).toContain('relativ');
    expect(html).not.toContain('href="/relativ"');
    expect(html).toContain('Hinweis');
    expect(first?.fees).toBe('<p>10 Euro</p>');
  });

  it('sanitises tricky variants too', () => {
    const tricky = [
      '<a href=" JaVa&#x09;script:alert(1)">a</a>',
      '<a href="data:text/html,<script>alert(1)</script>">b</a>',
      '<a href="//evil.example">c</a>',
      '<svg onload=alert(1)><script>alert(1)</script></svg>',
      '<h3 onmouseover="alert(1)">Titel</h3>',
      '<p>ok</p>',
    ].join('');
    const out = sanitizeServiceHtml(tricky) ?? '';
    expect(out).not.toMatch(DANGEROUS);
    expect(out).not.toMatch(/<a|alert/);
    expect(out).toContain('<h3>Titel</h3>');
    expect(sanitizeServiceHtml('<p>\u200b</p><br>')).toBeUndefined();
  });

  it('throws a clear error for a malformed top level', () => {
    expect(() => parseDldbServices({ items: [] }, { source: 't' })).toThrow(/"data" array/);
    expect(() => parseDldbServices('x', { source: 't' })).toThrow(/DLDB services/);
    expect(() => parseDldbServices(null, { source: 't' })).toThrow(/got null/);
    // keyed data and bare arrays are accepted
    expect(parseDldbServices({ data: { a: SERVICES_FIXTURE.data[0] } }, { source: 't' }).records).toHaveLength(1);
    expect(parseDldbServices([SERVICES_FIXTURE.data[0]], { source: 't' }).records).toHaveLength(1);
  });
});

describe('parseDldbLocations (inline fixture)', () => {
  const { records, errors } = parseDldbLocations(LOCATIONS_FIXTURE, { source: 'test' });

  it('maps locations and reports bad ones by row', () => {
    expect(records).toEqual([
      {
        externalId: 'test:501',
        name: 'Musteramt',
        slug: 'musteramt',
        organisationName: 'Musterreferat',
        street: 'Beispielweg 1a',
        postalCode: '20095',
        city: 'Hamburg',
        latitude: 53.55,
        longitude: 10,
        phone: '040 123',
        email: 'amt@example.org',
      },
      { externalId: 'test:504', name: 'Drittamt', slug: 'drittamt', street: 'Platz 3', postalCode: '22111', city: 'Hamburg' },
    ]);
    expect(errors).toEqual([
      { row: 2, key: 'test:502', message: 'location 502: invalid postal code "2009" (expected 5 digits)' },
      { row: 3, key: 'test:503', message: 'location 503: no postal code' },
      { row: 4, message: expect.stringMatching(/^malformed location entry \(id: /) },
    ]);
  });

  it('drops a coordinate pair every location shares (placeholder)', () => {
    const same = { lat: 53.45, lon: 13.45 };
    const data = [501, 502].map((id) => ({ id, name: `Amt ${id}`, address: { street: 'A', house_number: '1', postal_code: '10115', city: 'Berlin' }, geo: same }));
    const out = parseDldbLocations({ data }, { source: 'b' });
    expect(out.records).toHaveLength(2);
    for (const r of out.records) expect(r.latitude).toBeUndefined();
  });

  it('throws a clear error for a malformed top level', () => {
    expect(() => parseDldbLocations({ data: 'nope' }, { source: 't' })).toThrow(/DLDB locations: expected/);
  });
});

// ---------------------------------------------------------------------------------------------
// Real data (../shared/data), when present
// ---------------------------------------------------------------------------------------------

const hasOzg = fs.existsSync(OZG_FILE);
const hasMunich = fs.existsSync(path.join(MUNICH, 'services_de.json'));
const hasBerlin = fs.existsSync(path.join(BERLIN, 'services_de.json'));
for (const [present, what] of [
  [hasOzg, OZG_FILE],
  [hasMunich, MUNICH],
  [hasBerlin, BERLIN],
] as const) {
  if (!present) console.warn(`importers.test: skipping real-data tests, ${what} not found (shared data folder absent; set DSH_SHARED_DATA to point elsewhere)`);
}

// Skipped only where ../shared/data is absent (a clone outside this workplace): the catalogues
// may not be copied into the repository (see ../shared/data/README.md).
describe.skipIf(!hasOzg)('parseOzgFile on the real OZG/LeiKa catalogue', () => {
  const total = hasOzg ? fs.readFileSync(OZG_FILE, 'utf8').split(/\r?\n/).filter((l) => l.trim()).length - 1 : 0;
  const { records, errors } = hasOzg ? parseOzgFile(OZG_FILE) : { records: [], errors: [] };

  it('yields one record per LeiKa service and an error for every row without a key', () => {
    const missing = errors.filter((e) => e.message === 'no LeiKa key');
    expect(total).toBe(5251);
    expect(records).toHaveLength(4813);
    expect(missing).toHaveLength(438);
    expect(records.length + missing.length).toBe(total);
    expect(new Set(records.map((r) => r.leikaKey)).size).toBe(records.length);
    expect(new Set(missing.map((e) => e.row)).size).toBe(missing.length);
  });

  it('assigns a valid Themenfeld to every record with an OZG assignment', () => {
    const themen = new Set<string>(themenfeldKeys);
    const mapped = records.filter((r) => r.ozgId);
    for (const r of mapped) {
      expect(r.themenfeld && themen.has(r.themenfeld)).toBe(true);
      expect(r.lebenslagen).toHaveLength(1);
    }
    // 16 LeiKa services have no OZG assignment at all in this catalogue state
    expect(records.filter((r) => !r.themenfeld)).toHaveLength(16);
    expect(records.filter((r) => !r.themenfeld).every((r) => !r.ozgId && !r.lebenslagen.length)).toBe(true);
    expect(records.some((r) => r.themenfeld === 'querschnitt')).toBe(true);
  });

  it('produces sane slugs, Lebenslagen and audiences', () => {
    for (const r of records) {
      expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.slug.length).toBeLessThanOrEqual(100);
      expect(r.name).toBe(r.name.trim());
    }
    const lebenslagen = new Map(records.flatMap((r) => r.lebenslagen).map((l) => [l.slug, l]));
    expect(lebenslagen.size).toBe(55);
    const business = [...lebenslagen.values()].filter((l) => l.audience === 'businesses').length;
    expect(business).toBe(17);
    expect(records.filter((r) => r.legalBasis).every((r) => (r.legalBasis ?? '').length >= 4)).toBe(true);
  });
});

// Skipped only without ../shared/data (the export stays there, not in the repository).
describe.skipIf(!hasMunich)('parseDldbFiles on the real Munich export', () => {
  const { services, locations } = hasMunich
    ? parseDldbFiles(path.join(MUNICH, 'services_de.json'), path.join(MUNICH, 'locations_de.json'), 'munich-dldb')
    : { services: { records: [], errors: [] }, locations: { records: [], errors: [] } };

  it('imports the 132 services with LeiKa keys', () => {
    expect(services.records).toHaveLength(132);
    expect(services.errors.every((e) => e.message === 'no LeiKa key')).toBe(true);
    expect(services.records.length + services.errors.length).toBe(287);
    for (const r of services.records) expect(r.leikaKey).toMatch(/^\d{14}$/);
  });

  it('sanitises every description and fee text', () => {
    for (const r of services.records) {
      for (const html of [r.description, r.fees]) {
        if (!html) continue;
        expect(html).not.toMatch(DANGEROUS);
        expect(html).not.toMatch(/[\u200b\u200c\u200d\ufeff]/);
        for (const tag of html.match(/<\/?([a-z0-9]+)/gi) ?? []) expect(tag.replace(/[</]/g, '')).toMatch(/^(p|br|strong|b|em|i|ul|ol|li|a|h3|h4)$/);
      }
      for (const f of r.forms) expect(f.url).toMatch(/^https:\/\//);
    }
    expect(services.records.filter((r) => r.description).length).toBeGreaterThan(100);
  });

  it('imports locations with 5-digit postal codes that services point to', () => {
    expect(locations.records.length).toBeGreaterThan(100);
    const ids = new Set(locations.records.map((l) => l.externalId));
    for (const l of locations.records) {
      expect(l.postalCode).toMatch(/^\d{5}$/);
      expect(typeof l.latitude).toBe('number');
      expect(l.externalId).toMatch(/^munich-dldb:/);
    }
    const linked = services.records.flatMap((r) => r.locations);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((id) => ids.has(id))).toBe(true);
  });
});

// Skipped only without ../shared/data (the export stays there, not in the repository).
describe.skipIf(!hasBerlin)('parseDldbFiles on the real Berlin 2016 export', () => {
  it('parses without throwing', () => {
    const { services, locations } = parseDldbFiles(path.join(BERLIN, 'services_de.json'), path.join(BERLIN, 'locations_de.json'), 'berlin-dldb-2016');
    // the 2016 export has no LeiKa keys: every service is reported, none imported
    expect(services.records.length + services.errors.length).toBe(560);
    expect(locations.records.length + locations.errors.length).toBe(496);
    expect(locations.records.length).toBeGreaterThan(400);
    for (const l of locations.records) expect(l.postalCode).toMatch(/^\d{5}$/);
  });
});
