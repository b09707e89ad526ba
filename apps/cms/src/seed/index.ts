import path from 'node:path';
import type { Core, Schema, UID } from '@strapi/strapi';
import { parseOzgFile } from '../importers/ozg';
import { importServices } from '../importers/write';
import { articles } from './data/articles';
import { campaigns } from './data/campaigns';
import { events } from './data/events';
import { locations } from './data/locations';
import { organisations } from './data/organisations';
import { pages, navigation, pressContact } from './data/pages';
import { projects } from './data/projects';
import { services } from './data/services';
import { audiences, topics } from './data/taxonomies';
import { documentIdRows, maybeDocumentIdRow } from '../lib/rows';

type Data = Record<string, unknown>;
type Ids = Map<string, string>;

function blocks(...texts: string[]): Schema.Attribute.BlocksValue {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = {
  paragraphs: (texts: string[]) => texts.map((t) => `<p>${escape(t)}</p>`).join('\n'),
  list: (items: string[]) => (items.length ? `<ul>${items.map((t) => `<li>${escape(t)}</li>`).join('')}</ul>` : null),
};

/**
 * Creates a document in German and, when given, its English version. Seed content is the
 * installation's starting state, so it is published directly (not an editor's change).
 */
async function createLocalized(strapi: Core.Strapi, uid: string, shared: Data, de: Data, en: Data | undefined, publish: boolean): Promise<string> {
  const docs = strapi.documents(uid as UID.ContentType);
  const status = publish ? { status: 'published' as const } : {};
  const created = await docs.create({ locale: 'de', data: { ...shared, ...de } as never, ...status });
  if (en) await docs.update({ documentId: created.documentId, locale: 'en', data: { ...(await englishRelations(strapi, uid, shared)), ...en } as never, ...status });
  return created.documentId;
}

/**
 * An English version can only link to documents that have an English version themselves
 * (most catalogue services are German only): other links are left out of it.
 */
async function englishRelations(strapi: Core.Strapi, uid: string, shared: Data): Promise<Data> {
  const attributes = strapi.getModel(uid as UID.ContentType).attributes as Record<string, { type: string; target?: string }>;
  const out: Data = { ...shared };
  for (const [name, value] of Object.entries(shared)) {
    const attr = attributes[name];
    if (attr?.type !== 'relation' || !attr.target || value === null || value === undefined) continue;
    const wanted = Array.isArray(value) ? (value as string[]) : [value as string];
    const found = documentIdRows.parse(await strapi.db.query(attr.target as UID.Schema).findMany({ select: ['documentId'], where: { documentId: { $in: wanted }, locale: 'en' } }));
    const ok = new Set(found.map((f) => f.documentId));
    out[name] = Array.isArray(value) ? wanted.filter((id) => ok.has(id)) : ok.has(value as string) ? value : null;
  }
  return out;
}

const pick = (ids: Ids, keys: readonly string[] | undefined) => (keys ?? []).map((k) => ids.get(k)).filter((v): v is string => Boolean(v));

/** Demo content for a new installation; runs only on an empty database. */
export async function seedDemoContent(strapi: Core.Strapi): Promise<boolean> {
  if ((await strapi.documents('api::article.article').count({})) > 0) return false;
  const t0 = Date.now();
  const ids = { audience: new Map() as Ids, topic: new Map() as Ids, organisation: new Map() as Ids, location: new Map() as Ids, service: new Map() as Ids, project: new Map() as Ids };

  for (const [key, a] of Object.entries(audiences)) ids.audience.set(key, await createLocalized(strapi, 'api::audience.audience', { key }, a.de, a.en, false));
  for (const [key, t] of Object.entries(topics)) ids.topic.set(key, await createLocalized(strapi, 'api::topic.topic', {}, t.de, t.en, false));
  for (const [key, o] of Object.entries(organisations)) {
    ids.organisation.set(key, await createLocalized(strapi, 'api::organisation.organisation', { kind: o.kind, website: o.website ?? null }, o.de, o.en, false));
  }
  for (const [key, l] of Object.entries(locations)) {
    const shared = {
      organisation: ids.organisation.get(l.organisation) ?? null,
      street: l.street,
      postalCode: l.postalCode,
      city: l.city,
      district: l.district,
      latitude: l.geo.lat,
      longitude: l.geo.lng,
      openingHours: l.openingHours,
      appointmentUrl: l.appointmentUrl ?? null,
      phone: l.phone ?? null,
      email: l.email ?? null,
      externalId: `seed:${key}`,
    };
    const { notes, ...access } = l.accessibility;
    ids.location.set(
      key,
      await createLocalized(
        strapi,
        'api::location.location',
        shared,
        { ...l.de, accessibility: { ...access, notes: notes?.de ?? null } },
        l.en ? { ...l.en, accessibility: { ...access, notes: notes?.en ?? null } } : undefined,
        true,
      ),
    );
  }

  // The services citizens use most, written by the project; then the whole OZG/LeiKa catalogue,
  // which fills in catalogue facts without touching these texts.
  for (const s of services) {
    const text = (t: NonNullable<typeof s.en>) => ({
      name: t.name,
      slug: t.slug,
      teaser: t.teaser,
      description: html.paragraphs(t.description),
      prerequisites: html.list(t.prerequisites),
      documents: html.list(t.documents),
      fees: html.paragraphs([t.fees]),
      deadlines: t.deadlines ?? null,
      processingTime: t.processingTime ?? null,
      keywords: t.keywords.join('\n'),
      forms: (s.forms ?? []).map((f) => ({ label: f.title, url: f.url })),
    });
    const shared = {
      leikaKey: s.leikaKey,
      ozgId: s.ozgId ?? null,
      audience: s.audiences.length > 1 ? 'both' : s.audiences[0],
      legalBasis: s.legalBasis.join('\n'),
      organisations: pick(ids.organisation, s.organisations),
      locations: pick(ids.location, s.locations),
      appointmentUrl: s.appointmentUrl ?? null,
      onlineService: s.onlineService ?? null,
      lastReviewed: s.lastReviewed,
      source: 'editorial',
    };
    ids.service.set(s.leikaKey, await createLocalized(strapi, 'api::service.service', shared, text(s.de), s.en ? text(s.en) : undefined, true));
  }
  const catalogue = parseOzgFile(path.join(strapi.dirs.app.root, 'seed', 'ozg-leika-services.tsv'));
  const report = await importServices(strapi, catalogue.records, { publish: true, batchSize: 500 });
  if (report.aborted) throw new Error(`seeding the service catalogue failed: ${report.aborted}`);

  for (const p of projects) {
    const text = (t: NonNullable<typeof p.en>) => ({ title: t.title, slug: t.slug, summary: t.summary, story: blocks(...t.story), outcomes: t.outcomes ?? [] });
    const shared = {
      phase: p.status,
      start: p.start,
      end: p.end ?? null,
      topics: pick(ids.topic, p.topics),
      audiences: pick(ids.audience, p.audiences),
      leadOrganisation: ids.organisation.get(p.lead) ?? null,
      partners: p.partners.map((name) => ({ name })),
      awards: p.awards ?? [],
      services: await serviceIds(strapi, ids.service, p.services),
      contact: p.contact,
    };
    ids.project.set(p.de.slug, await createLocalized(strapi, 'api::project.project', shared, text(p.de), p.en ? text(p.en) : undefined, true));
  }

  for (const a of articles) {
    const text = (t: NonNullable<typeof a.en>) => ({ title: t.title, slug: t.slug, lead: t.lead, body: blocks(...t.body) });
    const shared = {
      kind: a.kind,
      date: a.date,
      audiences: pick(ids.audience, a.audiences),
      topics: pick(ids.topic, a.topics),
      projects: pick(ids.project, a.projects),
      services: await serviceIds(strapi, ids.service, a.services),
    };
    await createLocalized(strapi, 'api::article.article', shared, text(a.de), a.en ? text(a.en) : undefined, true);
  }

  for (const e of events) {
    const text = (t: NonNullable<typeof e.en>) => ({ title: t.title, slug: t.slug, summary: t.summary, description: blocks(...t.description) });
    const shared = {
      start: e.start,
      end: e.end,
      timeZone: e.timeZone,
      venue: e.venue ?? null,
      onlineUrl: e.onlineUrl ?? null,
      organiser: e.organiser,
      participation: e.participation,
      registrationUrl: e.registrationUrl ?? null,
      audiences: pick(ids.audience, e.audiences),
      topics: pick(ids.topic, e.topics),
    };
    await createLocalized(strapi, 'api::event.event', shared, text(e.de), e.en ? text(e.en) : undefined, true);
  }

  for (const c of campaigns) {
    const text = (t: NonNullable<typeof c.en>) => ({ name: t.name, slug: t.slug, slogan: t.slogan, intro: blocks(...t.intro) });
    const shared = {
      start: c.start,
      end: c.end,
      audiences: pick(ids.audience, c.audiences),
      channels: c.channels,
      services: await serviceIds(strapi, ids.service, c.services),
      projects: pick(ids.project, c.projects),
      planningStatus: c.planning.status,
      plannedBudget: c.planning.plannedBudget,
      approvedBudget: c.planning.approvedBudget ?? null,
      provider: c.planning.provider ?? null,
    };
    // A measure still in the idea phase waits for ITD11: it is seeded as a draft.
    await createLocalized(strapi, 'api::campaign.campaign', shared, text(c.de), c.en ? text(c.en) : undefined, c.planning.status !== 'idea');
  }

  for (const p of pages) {
    const text = (t: NonNullable<typeof p.en>) => ({ title: t.title, slug: t.slug, lead: t.lead ?? null, body: blocks(...t.body) });
    await createLocalized(strapi, 'api::page.page', { site: p.site, kind: p.kind }, text(p.de), p.en ? text(p.en) : undefined, true);
  }
  await createLocalized(strapi, 'api::navigation.navigation', {}, { ...navigation.de }, { ...navigation.en }, true);
  await createLocalized(strapi, 'api::press-contact.press-contact', { contact: pressContact.contact }, pressContact.de, pressContact.en, true);
  // Hamburg's own words; the general colloquial terms are defaults in packages/search.
  await strapi.documents('api::search-vocabulary.search-vocabulary').create({
    status: 'published',
    data: {
      synonyms: [
        '# Hamburger Begriffe – eine Zeile je Begriff: was Menschen tippen = was im Verzeichnis steht',
        'kundenzentrum, kunden-zentrum = meldebescheinigung, wohnsitz, personalausweis',
        'lbv, landesbetrieb verkehr = fahrzeug, führerschein',
        'hvv, hvv-karte = nahverkehr',
        'srh, stadtreinigung = sperrmüll, abfall',
        'bezirksamt = kundenzentrum',
      ].join('\n'),
    },
  });

  strapi.log.info(
    `seeded ${projects.length} projects, ${articles.length} articles, ${events.length} events, ${campaigns.length} campaigns, ` +
      `${services.length} written and ${report.created} catalogue services in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return true;
}

/** Services by LeiKa key: written ones from this seed, the rest from the catalogue. */
async function serviceIds(strapi: Core.Strapi, known: Ids, keys: string[] | undefined): Promise<string[]> {
  const out: string[] = [];
  for (const key of keys ?? []) {
    let id = known.get(key);
    if (!id) {
      const row = maybeDocumentIdRow.parse(await strapi.db.query('api::service.service').findOne({ select: ['documentId'], where: { leikaKey: key, locale: 'de' } }));
      id = row?.documentId;
      if (id) known.set(key, id);
    }
    if (id) out.push(id);
  }
  return out;
}
