import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { contentTypes } from '../../packages/content-model/src/index';
import { Anything, Created, Submitted, approveAndPublish, cm, get, login, single, type Admin } from './cms-admin';
import { e2e } from './env';

/**
 * Drafts never leak. For every content type with drafts, an editor writes a brand-new draft
 * (German and English) and a new, unapproved version of a document ITD11 has published (for
 * some of them after ITD11 approved an earlier edit: the edit-after-approval attack); then
 * every public way out is searched for their markers: the list and detail pages of both sites
 * in both languages, the RSS/Atom and iCal feeds, both sitemaps, the share images, the search
 * API and its suggestions, and the CMS's public REST API, including `status=draft`.
 *
 * Every check also looks for the marker of the published control document, which must be
 * there: a check that finds nothing because nothing was indexed or rendered yet fails.
 */

const letters = (n: number) => Array.from(crypto.randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');
// Independent random words: Meilisearch's typo tolerance cannot take one for another.
const NEW = `zq${letters(10)}`; // brand-new drafts (de and en)
const MOD = `zq${letters(10)}`; // unapproved new versions of published documents
const CTRL = `zq${letters(10)}`; // published control documents: must be everywhere
const SENTINEL = `zq${letters(10)}`; // published last: once searchable, the outbox is through
// The drafts' slugs carry their own words: a 404 page may repeat the address it was asked for,
// but never a draft's title or text.
const NEW_SLUG = `zq${letters(10)}`;
const MOD_SLUG = `zq${letters(10)}`;
const SECRETS = [NEW, MOD];

const blocks = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
const leikaKey = () => `77${Array.from(crypto.randomBytes(12), (b) => String(b % 10)).join('')}`;

type Site = 'digital' | 'service';
type Data = Record<string, unknown>;
interface Collection {
  key: keyof typeof contentTypes;
  /** The field the title lives in. */
  title: 'title' | 'name';
  /** Detail route on each site that has one. */
  detail: Partial<Record<Site, (slug: string) => string>>;
  /** Kind of the share image route, where the type has one. */
  og?: string;
  /** In Meilisearch (the types `searchTypes` lists). */
  indexed: boolean;
  /** A list page the control shows up on (de), with pagination followed. */
  list?: { site: Site; path: string };
  /** A complete document, as ITD11 publishes it. */
  published(marker: string, slug: string): Data;
  /** A brand-new draft. Dated and filed so that, were it public, it would be on top. */
  draft(marker: string, slug: string, locale: 'de' | 'en'): Data;
}

const COLLECTIONS: Collection[] = [
  {
    key: 'article',
    title: 'title',
    detail: { digital: (s) => `/news/${s}` },
    og: 'news',
    indexed: true,
    list: { site: 'digital', path: '/news' },
    // Dated before every seeded article: the control sits on the last page, not in anyone's way.
    published: (m, slug) => ({ title: `Leak-Kontrolle ${m}`, slug, kind: 'news', date: '2001-01-02', lead: `Kontrolltext ${m}.`, body: blocks(`Absatz ${m}.`) }),
    draft: (m, slug, l) => ({ title: l === 'de' ? `Entwurf ${m}` : `Draft ${m}`, slug, kind: 'press-release', date: '2026-12-31', lead: `Geheimer Vorspann ${m}.`, body: blocks(`Geheimer Text ${m}.`) }),
  },
  {
    key: 'project',
    title: 'title',
    detail: { digital: (s) => `/projects/${s}` },
    og: 'projects',
    indexed: true,
    list: { site: 'digital', path: '/projects' },
    published: (m, slug) => ({ title: `Leak-Kontrolle ${m}`, slug, summary: `Kontrolle ${m}.`, phase: 'live', start: '2001-01-02', story: blocks(`Geschichte ${m}.`) }),
    draft: (m, slug, l) => ({ title: l === 'de' ? `Entwurf ${m}` : `Draft ${m}`, slug, summary: `Geheim ${m}.`, phase: 'live', start: '2026-12-31', story: blocks(`Geheim ${m}.`) }),
  },
  {
    key: 'event',
    title: 'title',
    detail: { digital: (s) => `/events/${s}` },
    og: 'events',
    indexed: true,
    list: { site: 'digital', path: '/events' },
    published: (m, slug) => ({
      title: `Leak-Kontrolle ${m}`, slug, summary: `Kontrolle ${m}.`, start: '2027-12-30T09:00:00.000Z', end: '2027-12-30T11:00:00.000Z', timeZone: 'Europe/Berlin', organiser: 'ITD', participation: 'talk',
    }),
    draft: (m, slug, l) => ({
      title: l === 'de' ? `Entwurf ${m}` : `Draft ${m}`, slug, summary: `Geheim ${m}.`, start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T11:00:00.000Z', timeZone: 'Europe/Berlin', organiser: 'ITD', participation: 'host', description: blocks(`Geheim ${m}.`),
    }),
  },
  {
    key: 'campaign',
    title: 'name',
    detail: { digital: (s) => `/campaigns/${s}` },
    og: 'campaigns',
    indexed: true,
    // Long over: never the home page's current campaign while the test runs.
    published: (m, slug) => ({ name: `Leak-Kontrolle ${m}`, slug, slogan: `Kontrolle ${m}`, start: '2001-01-01', end: '2001-02-01', intro: blocks(`Kampagne ${m}.`) }),
    // Running now: were it public, the home page would show it.
    draft: (m, slug, l) => ({ name: l === 'de' ? `Entwurf ${m}` : `Draft ${m}`, slug, slogan: `Geheim ${m}`, start: '2026-01-01', end: '2027-12-31', intro: blocks(`Geheim ${m}.`) }),
  },
  {
    key: 'service',
    title: 'name',
    detail: { service: (s) => `/services/${s}` },
    indexed: true,
    // No catalogue service starts with X: the A to Z page for X lists only these.
    list: { site: 'service', path: '/services?letter=X' },
    published: (m, slug) => ({ name: `Xaver Leak-Kontrolle ${m}`, slug, leikaKey: leikaKey(), audience: 'citizens', teaser: `Kontrolle ${m}.`, description: `<p>Beschreibung ${m}.</p>` }),
    draft: (m, slug, l) => ({ name: l === 'de' ? `Xaver Entwurf ${m}` : `Xaver Draft ${m}`, slug, audience: 'citizens', teaser: `Geheim ${m}.`, description: `<p>Geheim ${m}.</p>` }),
  },
  {
    key: 'location',
    title: 'name',
    detail: { service: (s) => `/locations/${s}` },
    indexed: false,
    list: { site: 'service', path: '/locations' },
    published: (m, slug) => ({ name: `Xaver Leak-Kontrolle ${m}`, slug, street: 'Kontrollweg 1', postalCode: '20095', city: 'Hamburg' }),
    draft: (m, slug, l) => ({ name: l === 'de' ? `Amt Entwurf ${m}` : `Office draft ${m}`, slug, street: `Geheimweg ${m}`, postalCode: '20095', city: 'Hamburg' }),
  },
  {
    key: 'page',
    title: 'title',
    detail: { digital: (s) => `/pages/${s}`, service: (s) => `/pages/${s}` },
    indexed: false,
    published: (m, slug) => ({ title: `Leak-Kontrolle ${m}`, slug, site: 'both', kind: 'other', lead: `Kontrolle ${m}.`, body: blocks(`Seite ${m}.`) }),
    draft: (m, slug, l) => ({ title: l === 'de' ? `Entwurf ${m}` : `Draft ${m}`, slug, site: 'both', kind: 'other', lead: `Geheim ${m}.`, body: blocks(`Geheim ${m}.`) }),
  },
];

/** Single types: only a new version of the live one can be a draft. */
const SINGLES = [
  { key: 'navigation', localized: true, change: (cur: Data) => ({ digitalFooter: [...z.array(z.object({}).passthrough()).parse(cur.digitalFooter), { label: `Entwurf ${MOD}`, href: `/pages/${MOD_SLUG}` }], serviceFooter: [...z.array(z.object({}).passthrough()).parse(cur.serviceFooter), { label: `Entwurf ${MOD}`, href: `/pages/${MOD_SLUG}` }] }) },
  { key: 'press-contact', localized: true, change: () => ({ note: `Ab sofort gilt eine neue Rufnummer ${MOD}.` }) },
  // Draft synonyms must not reach the index: were this applied, searching MOD would find the controls.
  { key: 'search-vocabulary', localized: false, change: (cur: Data) => ({ synonyms: `${z.string().parse(cur.synonyms)}\n${MOD} = ${CTRL}` }) },
] as const;

const origin = (site: Site) => (site === 'digital' ? e2e.digital : e2e.service);
const LOCALES = [
  { locale: 'de', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;

interface Made {
  c: Collection;
  uid: string;
  plural: string;
  draftId: string;
  draftSlug: Record<'de' | 'en', string>;
  controlId: string;
  controlSlug: string;
  modSlug: string;
}
const made: Made[] = [];
const singles: { uid: string; path: string; wasLive: boolean; snapshot: Data }[] = [];
/** Everything this run created, recorded the moment it exists: clean-up deletes it even after a failed setup. */
const created: { uid: string; documentId: string }[] = [];
let editor: Admin;
let approver: Admin;

function expectNoSecret(what: string, text: string, { echoesAddress = false } = {}) {
  for (const s of SECRETS) expect(text.includes(s), `${what} shows a draft (${s === NEW ? 'new draft' : 'unapproved version'})`).toBe(false);
  if (echoesAddress) return;
  for (const s of [NEW_SLUG, MOD_SLUG]) expect(text.includes(s), `${what} links a draft (${s === NEW_SLUG ? 'new draft' : 'unapproved version'})`).toBe(false);
}

/** Every page of a paginated list (its `page=` links followed), as one text. */
async function allPages(url: string): Promise<string> {
  const first = await get(url);
  expect(first.status, url).toBe(200);
  const last = Math.min(10, Math.max(1, ...[...first.text.matchAll(/[?&;]page=(\d+)/g)].map((m) => Number(m[1]))));
  let text = first.text;
  for (let n = 2; n <= last; n++) {
    const next = await get(`${url}${url.includes('?') ? '&' : '?'}page=${n}`);
    expect(next.status, `${url} page ${n}`).toBe(200);
    text += next.text;
  }
  return text;
}

const Hits = z.object({ hits: z.array(z.object({ type: z.string(), title: z.string(), url: z.string() })) });
const Suggestions = z.object({ suggestions: z.array(z.object({ title: z.string(), url: z.string() })) });

/** The search APIs are rate limited per client: wait out a 429 rather than fail on it. */
async function searchApi(url: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const r = await get(url);
    if (r.status === 429 && attempt < 5) {
      await new Promise((done) => setTimeout(done, 1000 * Number(r.headers['retry-after'] ?? 10)));
      continue;
    }
    expect(r.status, url).toBe(200);
    return JSON.parse(r.text) as unknown;
  }
}

const restList = z.object({ data: z.array(z.record(z.string(), z.unknown())) });

test.describe.configure({ mode: 'serial' });

test.describe('drafts never leak', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    [editor, approver] = await Promise.all([login(e2e.editor), login(e2e.approver)]);

    // (a) a brand-new draft of every type, in German and in English.
    const drafts = new Map<string, { documentId: string; slug: Record<'de' | 'en', string> }>();
    for (const c of COLLECTIONS) {
      const { uid } = contentTypes[c.key];
      const slug = { de: `entwurf-${NEW_SLUG}-${c.key}`, en: `draft-${NEW_SLUG}-${c.key}` };
      const draft = await editor.must('POST', `${cm(uid)}?locale=de`, c.draft(NEW, slug.de, 'de'), Created, 201);
      created.push({ uid, documentId: draft.data.documentId });
      await editor.must('PUT', `${cm(uid)}/${draft.data.documentId}?locale=en`, c.draft(NEW, slug.en, 'en'), Anything);
      drafts.set(uid, { documentId: draft.data.documentId, slug });
    }
    // (b) a document ITD11 published, linked to the drafts of the other types (a published page
    // must not pull a draft in through a relation), then a new version nobody approved.
    for (const c of COLLECTIONS) {
      const { uid, pluralName: plural, fields } = contentTypes[c.key];
      const links = Object.fromEntries(
        Object.entries(fields).flatMap(([name, f]) => {
          const target = drafts.get(String(f.strapi.target));
          return f.strapi.type === 'relation' && target ? [[name, { connect: [{ documentId: target.documentId, locale: 'de' }] }]] : [];
        }),
      );
      const controlSlug = `kontrolle-${CTRL}-${c.key}`;
      const control = await editor.must('POST', `${cm(uid)}?locale=de`, { ...c.published(CTRL, controlSlug), ...links }, Created, 201);
      created.push({ uid, documentId: control.data.documentId });
      const draft = drafts.get(uid)!;
      made.push({ c, uid, plural, draftId: draft.documentId, draftSlug: draft.slug, controlId: control.data.documentId, controlSlug, modSlug: `fassung-${MOD_SLUG}-${c.key}` });
      await approveAndPublish(editor, approver, { uid, documentId: control.data.documentId, locale: 'de' });
    }
    for (const m of made) {
      const t = { uid: m.uid, documentId: m.controlId, locale: 'de' };
      const i = made.indexOf(m);
      if (i % 3 === 1) {
        // The attack of an editor who edits after ITD11's approval: a harmless change is
        // approved, then the draft is changed again. ITD11's publish of it is refused.
        await editor.must('PUT', `${cm(m.uid)}/${m.controlId}?locale=de`, { [m.c.title]: `Leak-Kontrolle ${CTRL} – geprüft` }, Anything);
        const { versionHash } = (await editor.must('POST', '/dsh-review/submit', t, Submitted)).data;
        await approver.must('POST', '/dsh-review/approve', { ...t, versionHash }, Anything);
        await editor.must('PUT', `${cm(m.uid)}/${m.controlId}?locale=de`, { [m.c.title]: `Geänderte Fassung ${MOD}`, slug: m.modSlug }, Anything);
        expect((await approver.call('POST', '/dsh-review/publish', { ...t, versionHash })).status, `review publish of the edited ${m.c.key}`).toBe(409);
        expect((await approver.call('POST', `${cm(m.uid)}/${m.controlId}/actions/publish?locale=de`, {})).status, `Publish button on the edited ${m.c.key}`).toBe(403);
        continue;
      }
      const change = { [m.c.title]: `Geänderte Fassung ${MOD}`, slug: m.modSlug };
      await editor.must('PUT', `${cm(m.uid)}/${m.controlId}?locale=de`, change, Anything);
      // Half of the others wait in ITD11's queue: submitted is not approved.
      if (i % 2 === 0) await editor.must('POST', '/dsh-review/submit', t, Anything);
    }
    for (const s of SINGLES) {
      const { uid } = contentTypes[s.key];
      const path = `${single(uid)}${s.localized ? '?locale=de' : ''}`;
      const current = await editor.must('GET', path, undefined, z.object({ data: z.object({ status: z.string() }).passthrough() }));
      // The editable fields only (components keep their ids, so they are updated, not replaced).
      const fields = Object.fromEntries(Object.keys(contentTypes[s.key].fields).map((f) => [f, current.data[f]]));
      singles.push({ uid, path, wasLive: current.data.status === 'published', snapshot: fields });
      await editor.must('PUT', path, { ...fields, ...s.change(fields) }, Anything);
    }

    // Published after every draft above: once it is searchable, whatever those writes could have
    // sent through the outbox has been delivered too.
    const s = await editor.must('POST', `${cm('api::article.article')}?locale=de`, COLLECTIONS[0]!.published(SENTINEL, `waechter-${SENTINEL}`), Created, 201);
    created.push({ uid: 'api::article.article', documentId: s.data.documentId });
    await approveAndPublish(editor, approver, { uid: 'api::article.article', documentId: s.data.documentId, locale: 'de' });
    await expect(async () => {
      expect(Hits.parse(await searchApi(`${e2e.digital}/api/search?q=${SENTINEL}`)).hits).toHaveLength(1);
      expect(Hits.parse(await searchApi(`${e2e.digital}/api/search?q=${CTRL}`)).hits.map((h) => h.type).sort()).toEqual(['article', 'campaign', 'event', 'project', 'service']);
    }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] });
  });

  test.afterAll(async () => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    const attempt = async (what: string, run: () => Promise<unknown>) => run().catch((err: Error) => problems.push(`${what}: ${err.message}`));
    for (const c of created) await attempt(`delete ${c.uid} ${c.documentId}`, () => approver.must('DELETE', `${cm(c.uid)}/${c.documentId}?locale=*`, undefined, Anything));
    for (const s of singles) {
      const [path, query = ''] = s.path.split('?');
      if (s.wasLive) await attempt(`discard ${s.uid}`, () => editor.must('POST', `${path}/actions/discard${query ? `?${query}` : ''}`, {}, Anything));
      // Someone else's draft was waiting: put it back as it was.
      else await attempt(`restore ${s.uid}`, () => editor.must('PUT', s.path, s.snapshot, Anything));
    }
    expect(problems, 'clean-up').toEqual([]);
  });

  test('the draft types are all covered; the others have no drafts to leak', () => {
    const drafted = Object.entries(contentTypes).filter(([, t]) => t.draftAndPublish).map(([k]) => k).sort();
    expect(drafted).toEqual([...COLLECTIONS.map((c) => c.key), ...SINGLES.map((s) => s.key)].sort());
    // Topics, Lebenslagen, audiences and organisations are live on save: no draft state exists.
    for (const k of ['topic', 'lebenslage', 'audience', 'organisation'] as const) expect(contentTypes[k].draftAndPublish, k).toBe(false);
  });

  test('list and detail pages of both sites, in German and English', async () => {
    test.setTimeout(180_000);
    const lists: Record<Site, string[]> = {
      digital: ['/', '/news', '/news?kind=press-release', '/press', '/projects', '/events', '/events?when=past'],
      service: ['/', '/services', '/services?letter=X', '/online', '/locations', '/lebenslagen'],
    };
    for (const site of ['digital', 'service'] as const) {
      for (const { prefix } of LOCALES) {
        for (const path of lists[site]) {
          const url = path === '/' ? prefix || '/' : `${prefix}${path}`;
          expectNoSecret(`${site} ${url}`, await allPages(`${origin(site)}${url}`));
        }
      }
    }
    for (const m of made) {
      if (m.c.list) {
        const html = await allPages(`${origin(m.c.list.site)}${m.c.list.path}`);
        expect(html, `the published ${m.c.key} on ${m.c.list.path}`).toContain(CTRL);
        expectNoSecret(m.c.list.path, html);
      }
      for (const [site, path] of Object.entries(m.c.detail) as [Site, (s: string) => string][]) {
        const live = await get(`${origin(site)}${path(m.controlSlug)}`);
        expect(live.status, `published ${m.c.key}`).toBe(200);
        expect(live.text, `published ${m.c.key} shows its live title`).toContain(`Leak-Kontrolle ${CTRL}`);
        expectNoSecret(`published ${m.c.key} on ${site}`, live.text);
        for (const { prefix } of LOCALES) {
          for (const slug of [m.draftSlug.de, m.draftSlug.en, m.modSlug]) {
            const r = await get(`${origin(site)}${prefix}${path(slug)}`);
            expect(r.status, `${site} ${prefix}${path(slug)}`).toBe(404);
            expectNoSecret(`${site} ${prefix}${path(slug)}`, r.text, { echoesAddress: true });
          }
        }
      }
      if (m.c.og) {
        expect((await get(`${e2e.digital}/api/og/de/${m.c.og}/${m.controlSlug}`)).status, `share image of the published ${m.c.key}`).toBe(200);
        for (const [locale, slug] of [['de', m.draftSlug.de], ['en', m.draftSlug.en], ['de', m.modSlug]]) {
          expect((await get(`${e2e.digital}/api/og/${locale}/${m.c.og}/${slug}`)).status, `share image of ${slug}`).toBe(404);
        }
      }
    }
  });

  test('RSS and Atom feeds', async () => {
    for (const { locale } of LOCALES) {
      for (const name of ['news', 'press-releases', 'it-news', 'audience-media']) {
        for (const ext of ['xml', 'atom']) {
          const r = await get(`${e2e.digital}/feeds/${locale}/${name}.${ext}`);
          expect(r.status).toBe(200);
          if (locale === 'de' && name === 'news') expect(r.text, `${name}.${ext} has the published article`).toContain(CTRL);
          expectNoSecret(`feed ${locale}/${name}.${ext}`, r.text);
        }
      }
    }
  });

  test('iCal feed and single-event downloads', async () => {
    const event = made.find((m) => m.c.key === 'event')!;
    for (const { locale } of LOCALES) {
      const all = await get(`${e2e.digital}/calendar/${locale}/events.ics`);
      expect(all.status).toBe(200);
      if (locale === 'de') expect(all.text, 'the calendar has the published event').toContain(CTRL);
      expectNoSecret(`calendar ${locale}`, all.text);
    }
    const live = await get(`${e2e.digital}/calendar/de/event-${event.controlSlug}.ics`);
    expect(live.status).toBe(200);
    expect(live.text).toContain(CTRL);
    expectNoSecret('published event .ics', live.text);
    for (const [locale, slug] of [['de', event.draftSlug.de], ['en', event.draftSlug.en], ['de', event.modSlug]]) {
      const r = await get(`${e2e.digital}/calendar/${locale}/event-${slug}.ics`);
      expect(r.status, `event-${slug}.ics`).toBe(404);
      expectNoSecret(`event-${slug}.ics`, r.text, { echoesAddress: true });
    }
  });

  test('sitemaps of both sites', async () => {
    for (const site of ['digital', 'service'] as const) {
      const r = await get(`${origin(site)}/sitemap.xml`);
      expect(r.status).toBe(200);
      for (const m of made.filter((x) => x.c.detail[site])) expect(r.text, `${site} sitemap lists the published ${m.c.key}`).toContain(m.controlSlug);
      expectNoSecret(`${site} sitemap`, r.text);
    }
  });

  test('search and suggestions on both sites', async () => {
    for (const site of ['digital', 'service'] as const) {
      const live = Hits.parse(await searchApi(`${origin(site)}/api/search?q=${CTRL}&locale=de`));
      expect(live.hits.length, `${site} search finds the published controls`).toBe(5);
      for (const h of live.hits) expectNoSecret(`${site} search hit ${h.url}`, JSON.stringify(h));
      for (const { locale } of LOCALES) {
        // MOD also covers the draft synonyms (MOD = CTRL): applied, they would find the controls.
        for (const q of SECRETS) {
          expect(Hits.parse(await searchApi(`${origin(site)}/api/search?q=${q}&locale=${locale}`)).hits, `${site} search ${locale} for a draft`).toEqual([]);
          expect(Suggestions.parse(await searchApi(`${origin(site)}/api/search/suggest?q=${q}&locale=${locale}`)).suggestions, `${site} suggest ${locale} for a draft`).toEqual([]);
        }
      }
    }
  });

  test('the public CMS REST API, also when asked for drafts', async () => {
    const api = (path: string) => get(`${e2e.cms}/api/${path}`);
    const list = async (path: string) => {
      const r = await api(path);
      expect(r.status, path).toBe(200);
      expectNoSecret(path, r.text);
      return restList.parse(JSON.parse(r.text)).data;
    };
    for (const m of made) {
      const p = m.plural;
      expect(await list(`${p}?locale=de&filters[${m.c.title}][$containsi]=${CTRL}`), `the published ${m.c.key}`).toHaveLength(1);
      for (const locale of ['de', 'en']) {
        expect(await list(`${p}?locale=${locale}&filters[${m.c.title}][$containsi]=${NEW}`)).toEqual([]);
        expect(await list(`${p}?locale=${locale}&filters[${m.c.title}][$containsi]=${MOD}`)).toEqual([]);
        expect(await list(`${p}?locale=${locale}&filters[slug][$eq]=${m.draftSlug[locale as 'de' | 'en']}`)).toEqual([]);
        expect(await list(`${p}?locale=${locale}&filters[documentId][$eq]=${m.draftId}`)).toEqual([]);
      }
      expect(await list(`${p}?locale=de&filters[slug][$eq]=${m.modSlug}`)).toEqual([]);
      // Strapi 4's parameter, the document service's own ones, every locale: refused or
      // answered with published versions only, never a way to drafts.
      for (const path of [
        `${p}?locale=de&publicationState=preview&filters[documentId][$in][0]=${m.draftId}&filters[documentId][$in][1]=${m.controlId}`,
        `${p}?locale=de&hasPublishedVersion=false&filters[documentId][$eq]=${m.draftId}`,
        `${p}?locale=de&lookup[publishedAt][$null]=true`,
        `${p}?locale=*&filters[documentId][$eq]=${m.draftId}`,
        `${p}?locale=de&filters[publishedAt][$null]=true`,
      ]) {
        const r = await api(path);
        expect([200, 400, 403], `${path}: ${r.status}`).toContain(r.status);
        expectNoSecret(path, r.text);
        if (r.status === 200) expect(restList.parse(JSON.parse(r.text)).data.map((d) => d.documentId), path).not.toContain(m.draftId);
      }

      expect((await api(`${p}/${m.draftId}?locale=de`)).status).toBe(404);
      // With every relation populated: the drafts it links to stay out.
      const live = await api(`${p}/${m.controlId}?locale=de&populate=*`);
      expect(live.status).toBe(200);
      expect(live.text).toContain(CTRL);
      expectNoSecret(`${p}/${m.controlId}`, live.text);

      for (const path of [
        `${p}?status=draft`,
        `${p}?status=draft&locale=de&filters[documentId][$eq]=${m.draftId}`,
        `${p}?status[0]=draft`,
        `${p}?status=DRAFT`,
        `${p}?status=published&status=draft`,
        `${p}/${m.draftId}?status=draft&locale=de`,
        `${p}/${m.controlId}?status=draft&locale=de`,
      ]) {
        const r = await api(path);
        expect(r.status, path).toBe(403);
        expectNoSecret(path, r.text);
      }
      // Koa routes are case-insensitive; the draft guard must not be.
      for (const path of [`${e2e.cms}/API/${p}?status=draft&locale=de&filters[documentId][$eq]=${m.draftId}`, `${e2e.cms}/Api/${p}/${m.controlId}?status=draft&locale=de`]) {
        const r = await get(path);
        expectNoSecret(path, r.text);
        expect([403, 404], `${path}: ${r.status}`).toContain(r.status);
      }
    }
    for (const s of singles) {
      const plural = contentTypes[SINGLES.find((x) => contentTypes[x.key].uid === s.uid)!.key].singularName;
      const live = await api(`${plural}?locale=de`);
      expect(live.status, plural).toBe(200);
      expectNoSecret(plural, live.text);
      for (const path of [`${plural}?status=draft`, `${plural}?status=draft&locale=de`]) {
        const r = await api(path);
        expect(r.status, path).toBe(403);
        expectNoSecret(path, r.text);
      }
    }
  });
});
