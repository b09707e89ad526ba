import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOzgTsv } from '../src/importers/ozg';
import { asOperator, cmsModule, dialect, startCms, type TestCms } from './strapi';
import { z } from 'zod';

const { importServices } = cmsModule<typeof import('../src/importers/write')>('importers/write.js');

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

const HEADER = 'leika_key\tleika_name\tleika_typ\tozg_id\tozg_leistung\tlebenslage\tthemenfeld\tlegal_basis';
const tsv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const row = (key: string, name: string, ozg = '10160') => `${key}\t${name}\t1\t${ozg}\tHundehaltung\tFreizeit & Hobby\tEngagement & Hobby\t§ 1 HmbHuStG`;

const ApiAnswer = z.object({ data: z.unknown().optional(), error: z.object({ message: z.string() }).optional() });

async function api(p: string, init?: RequestInit) {
  const res = await fetch(`${cms.url}${p}`, init);
  return { status: res.status, body: ApiAnswer.parse(await res.json()) };
}

describe(`validation on write (${dialect})`, () => {
  const services = () => cms.strapi.documents('api::service.service');

  it('refuses a malformed LeiKa key with a message naming it, and stores nothing', async () => {
    await expect(services().create({ locale: 'de', data: { name: 'Test', slug: 'test-leika', leikaKey: '123', audience: 'citizens' } })).rejects.toThrow(/leikaKey: LeiKa-Schlüssel: genau 14 Ziffern/);
    expect(await services().count({ filters: { slug: 'test-leika' } })).toBe(0);
  });

  it('refuses plain-http links', async () => {
    await expect(
      services().create({ locale: 'de', data: { name: 'Test', slug: 'test-http', leikaKey: '99999999000001', audience: 'citizens', appointmentUrl: 'http://example.org' } }),
    ).rejects.toThrow(/appointmentUrl: muss eine https:\/\/-Adresse sein/);
  });

  it('refuses an event that ends before it starts', async () => {
    await expect(
      cms.strapi.documents('api::event.event').create({
        locale: 'de',
        data: { title: 'T', slug: 'ende-vor-beginn', summary: 'S', organiser: 'ITD', start: '2027-02-10T10:00:00+01:00', end: '2027-02-10T09:00:00+01:00' },
      }),
    ).rejects.toThrow(/end: Ende muss nach dem Beginn liegen/);
  });

  it('keeps an incomplete draft but will not publish it', async () => {
    // No name yet: fine for a draft, not for the public.
    const draft = await services().create({ locale: 'de', data: { slug: 'unfertig', leikaKey: '99999999000002' } });
    await expect(asOperator(() => services().publish({ documentId: draft.documentId, locale: 'de' }))).rejects.toThrow(/Nicht veröffentlicht/);
    expect(await services().findOne({ documentId: draft.documentId, locale: 'de', status: 'published' })).toBeNull();
  });

  it('answers bad input over REST with 400 and the message, not 500', async () => {
    const token = await cms.strapi.service('admin::api-token').create({ name: 'write', type: 'full-access', lifespan: null, description: '' });
    const res = await api('/api/services?status=draft', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.accessKey}` },
      body: JSON.stringify({ data: { name: 'X', slug: 'rest-bad', leikaKey: 'abc', audience: 'citizens' } }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain('LeiKa-Schlüssel');
  });

  it('refuses a second service with the same slug in one locale', async () => {
    await services().create({ locale: 'de', data: { name: 'Doppelt', slug: 'doppelt', leikaKey: '99999999000003', audience: 'citizens' } });
    await expect(services().create({ locale: 'de', data: { name: 'Doppelt', slug: 'doppelt', leikaKey: '99999999000004', audience: 'citizens' } })).rejects.toThrow();
  });
});

describe(`catalogue import (${dialect})`, () => {
  it('upserts by LeiKa key: a re-run changes nothing, a changed row is updated', async () => {
    const file = tsv(row('99102013000000', 'Hundesteuer'), row('99102013001000', 'Hundesteuer Festsetzung'), 'nicht im LeiKa\tOhne Schlüssel\t1\t10160\tX\tFreizeit & Hobby\tEngagement & Hobby\t');
    const parsed = parseOzgTsv(file);
    expect(parsed.errors).toHaveLength(1);
    const first = await importServices(cms.strapi, parsed.records, { publish: true });
    expect(first).toMatchObject({ created: 2, updated: 0, errors: [] });
    const again = await importServices(cms.strapi, parsed.records, { publish: true });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = parseOzgTsv(tsv(row('99102013000000', 'Hundesteuer (geändert)'), row('99102013001000', 'Hundesteuer Festsetzung'))).records;
    const third = await importServices(cms.strapi, changed, { publish: true });
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const live = await cms.strapi.documents('api::service.service').findFirst({ locale: 'de', status: 'published', filters: { leikaKey: '99102013000000' }, populate: { lebenslagen: true } });
    expect(live?.name).toBe('Hundesteuer (geändert)');
    expect(live?.lebenslagen?.map((l: { slug: string }) => l.slug)).toEqual(['freizeit-hobby']);
  });

  it('a dry run writes nothing', async () => {
    const parsed = parseOzgTsv(tsv(row('99102099000000', 'Nur geprüft')));
    const report = await importServices(cms.strapi, parsed.records, { dryRun: true, publish: true });
    expect(report.created).toBe(1);
    expect(await cms.strapi.documents('api::service.service').count({ filters: { leikaKey: '99102099000000' } })).toBe(0);
  });

  it('rolls a failing batch back completely', async () => {
    const parsed = parseOzgTsv(tsv(row('99102098000000', 'Gut'), row('99102097000000', 'Auch gut')));
    // A bad URL in the second record fails validation inside the batch transaction.
    parsed.records[1]!.appointmentUrl = 'http://nicht-sicher.example.org';
    const report = await importServices(cms.strapi, parsed.records, { publish: true, batchSize: 10 });
    expect(report.aborted).toMatch(/rolled back/);
    expect(report.errors.map((e) => e.key).sort()).toEqual(['99102097000000', '99102098000000']);
    expect(await cms.strapi.documents('api::service.service').count({ filters: { leikaKey: { $in: ['99102098000000', '99102097000000'] } } })).toBe(0);
  });
});

describe(`catalogue import next to editorial texts (${dialect})`, () => {
  it('fills only what an editorial service lacks, keeping its offices and forms', async () => {
    const office = await asOperator(() =>
      cms.strapi.documents('api::location.location').create({
        locale: 'de',
        status: 'published',
        data: { name: 'Testamt', slug: 'testamt', street: 'Teststraße 1', postalCode: '20095', city: 'Hamburg', openingHours: [{ day: 1, opens: '08:00', closes: '16:00' }], accessibility: { stepFreeEntrance: true, lift: false, accessibleToilet: false, hearingLoop: false } } as never,
      }),
    );
    await asOperator(() =>
      cms.strapi.documents('api::service.service').create({
        locale: 'de',
        status: 'published',
        data: { name: 'Hund anmelden', slug: 'hund-anmelden-redaktion', leikaKey: '99102013002000', audience: 'citizens', source: 'editorial', teaser: 'Redaktionell', forms: [{ label: 'Antrag', url: 'https://example.org/antrag.pdf' }], locations: [office.documentId] } as never,
      }),
    );
    const report = await importServices(cms.strapi, parseOzgTsv(tsv(row('99102013002000', 'Hundesteuer Anmeldung'))).records, { publish: true });
    expect(report).toMatchObject({ updated: 1, errors: [] });
    const live = await cms.strapi.documents('api::service.service').findFirst({ locale: 'de', status: 'published', filters: { leikaKey: '99102013002000' }, populate: ['locations', 'forms'] });
    expect(live).toMatchObject({ name: 'Hund anmelden', teaser: 'Redaktionell', ozgId: '10160' });
    expect(live?.forms).toHaveLength(1);
    expect(live?.locations?.map((l: { slug: string }) => l.slug)).toEqual(['testamt']);
  });
});

describe(`form messages for ITD11 (${dialect})`, () => {
  const intake = (body: unknown, secret = cms.formSecret) =>
    api('/api/inbox-messages/intake', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });
  const message = { kind: 'dialogue', subject: 'Frage zur Datenplattform', message: 'Wann kommen die Verkehrsdaten dazu?', email: 'leser@example.org', project: 'urbane-datenplattform', language: 'de' };

  it('accepts a message from the web app and keeps it, unpublished, as new', async () => {
    const res = await intake(message);
    expect(res.status).toBe(201);
    const stored = await cms.strapi.documents('api::inbox-message.inbox-message').findMany({ filters: { subject: message.subject } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'dialogue', email: 'leser@example.org', project: 'urbane-datenplattform', state: 'new', language: 'de' });
  });

  it('refuses anyone without the web app’s secret, and stores nothing', async () => {
    const res = await intake({ ...message, subject: 'Ohne Geheimnis' }, 'wrong-secret-of-some-length');
    expect(res.status).toBe(401);
    expect(await cms.strapi.documents('api::inbox-message.inbox-message').count({ filters: { subject: 'Ohne Geheimnis' } })).toBe(0);
  });

  it('refuses an invalid message with a message naming the field', async () => {
    const res = await intake({ ...message, email: 'nicht-gueltig', subject: 'Ungültig' });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/email/);
  });

  it('never answers the public API', async () => {
    const res = await api('/api/inbox-messages');
    expect([401, 403]).toContain(res.status);
  });
});
