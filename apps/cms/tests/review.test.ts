import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialect, startCms, type TestCms } from './strapi';

/** A local SMTP capture: what the CMS would have sent to approvers and authors. */
const mails: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, done) {
    let raw = '';
    stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    stream.on('end', () => {
      // Undo quoted-printable line wrapping, so assertions read the text as sent.
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=') });
      done();
    });
  },
});

/**
 * The ITD11 approval workflow through the CMS's real HTTP interfaces: the admin API the admin
 * panel uses (content manager and the review routes), the public REST API with a full-access
 * token, and the document service. Logins are the seeded workflow accounts.
 */
let cms: TestCms;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  cms = await startCms();
  for (const [who, email, password] of [
    ['editor', 'redaktion@example.org', 'Redaktion-Demo-2026!'],
    ['itd11', 'itd11@example.org', 'Itd11-Demo-2026!'],
  ] as const) {
    const res = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const body = Login.parse(await res.json());
    tokens[who] = body.data?.token ?? body.data?.accessToken ?? '';
    expect(tokens[who], `${who} can log in`).not.toBe('');
  }
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

type Who = 'editor' | 'itd11';

// The admin answers this file reads, parsed rather than trusted. One shape for the review and
// content-manager answers (the fields each call needs; missing lists read as empty), and the
// two list answers of their own.
const Login = z.object({ data: z.object({ token: z.string().optional(), accessToken: z.string().optional() }).optional() });
const Answer = z.looseObject({
  data: z.preprocess(
    (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {}),
    z.looseObject({
      documentId: z.string().default(''),
      state: z.string().optional(),
      canDecide: z.boolean().optional(),
      url: z.string().default(''),
      // null while nothing was submitted yet
      review: z.preprocess((v) => v ?? {}, z.looseObject({ publishAt: z.string().nullish() })),
      changes: z.array(z.looseObject({ field: z.string() })).default([]),
      history: z.array(z.looseObject({ action: z.string() })).default([]),
    }),
  ),
  error: z.object({ message: z.string() }).optional(),
});
const Seen = z.object({ data: z.object({ versionHash: z.string() }) });
const Queue = z.object({ data: z.array(z.looseObject({ documentId: z.string() })), meta: z.looseObject({ waiting: z.number() }) });
const AuditList = z.object({ results: z.array(z.looseObject({ action: z.string() })) });
const PublicArticles = z.object({ data: z.array(z.object({ slug: z.string() })) });
const PreviewDraft = z.object({ data: z.looseObject({ slug: z.string(), lead: z.string() }) });

async function admin(who: Who, method: string, path: string, body?: unknown): Promise<{ status: number; body: z.infer<typeof Answer> }>;
async function admin<S extends z.ZodType>(who: Who, method: string, path: string, body: unknown, schema: S): Promise<{ status: number; body: z.infer<S> }>;
async function admin(who: Who, method: string, path: string, body?: unknown, schema: z.ZodType = Answer) {
  const res = await fetch(`${cms.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: schema.parse(text ? JSON.parse(text) : {}) };
}

const CM = '/content-manager/collection-types/api::article.article';
const article = (n: string, lead = 'Hamburg stellt Bauanträge vollständig auf digitale Verfahren um.') => ({
  title: `Freigabe ${n}`,
  slug: `freigabe-${n}`,
  kind: 'news',
  date: '2026-11-20',
  lead,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: `Text ${n}` }] }],
});
const target = (documentId: string) => ({ uid: 'api::article.article', documentId, locale: 'de' });
/** A decision names the version ITD11 looked at: the status's versionHash. */
async function seen(t: { uid: string; documentId: string; locale: string }) {
  const s = await admin('itd11', 'GET', `/dsh-review/status?uid=${t.uid}&documentId=${t.documentId}&locale=${t.locale}`, undefined, Seen);
  return { ...t, versionHash: s.body.data.versionHash };
}
const decide = (documentId: string) => seen(target(documentId));

async function createDraft(n: string): Promise<string> {
  const r = await admin('editor', 'POST', `${CM}?locale=de`, article(n));
  expect(r.status, JSON.stringify(r.body.error)).toBe(201);
  return r.body.data.documentId;
}

async function publicSlugs(): Promise<string[]> {
  const res = await fetch(`${cms.url}/api/articles?locale=de&fields[0]=slug&pagination[pageSize]=100`);
  return PublicArticles.parse(await res.json()).data.map((a) => a.slug);
}

const Leads = z.object({ data: z.array(z.object({ lead: z.string() })) });

describe(`ITD11 approval (${dialect})`, () => {
  it('gives the editor no way to publish: admin publish, bulk publish, REST with a token, the document service', async () => {
    const id = await createDraft('wege');
    expect((await admin('editor', 'POST', `${CM}/${id}/actions/publish?locale=de`, article('wege'))).status).toBe(403);
    expect((await admin('editor', 'POST', `${CM}/actions/bulkPublish?locale=de`, { documentIds: [id] })).status).toBe(403);
    // Even ITD11 cannot publish a version nobody approved, by any path.
    const refused = await admin('itd11', 'POST', `${CM}/${id}/actions/publish?locale=de`, article('wege'));
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/nicht von ITD11 freigegeben/);
    expect((await admin('itd11', 'POST', `${CM}/actions/bulkPublish?locale=de`, { documentIds: [id] })).status).not.toBe(200);
    const { accessKey } = await cms.strapi.service('admin::api-token').create({ name: `full-${Date.now()}`, type: 'full-access', lifespan: null });
    const rest = await fetch(`${cms.url}/api/articles/${id}?status=published&locale=de`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${accessKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { lead: 'Per REST veröffentlicht, ohne Freigabe.' } }),
    });
    expect(rest.status).toBe(403);
    const post = await fetch(`${cms.url}/api/articles?locale=de`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: article('rest-post') }),
    });
    expect(post.status).toBe(403);
    await expect(cms.strapi.documents('api::article.article').publish({ documentId: id, locale: 'de' })).rejects.toThrow(/freigegeben/);
    expect(await publicSlugs()).not.toContain('freigabe-wege');
    expect(await publicSlugs()).not.toContain('freigabe-rest-post');
  });

  it('runs submit → request changes → fix → approve → publish, with the diff, the queue and the audit trail', async () => {
    const id = await createDraft('weg');
    const submitted = await admin('editor', 'POST', '/dsh-review/submit', target(id));
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.state).toBe('in_review');
    // The editor cannot decide on their own submission.
    expect((await admin('editor', 'POST', '/dsh-review/approve', await decide(id))).status).toBe(403);

    const queue = await admin('itd11', 'GET', '/dsh-review/queue', undefined, Queue);
    const item = queue.body.data.find((i: { documentId: string }) => i.documentId === id);
    expect(item).toMatchObject({ title: 'Freigabe weg', state: 'in_review', submittedBy: 'Redaktion ITD' });
    expect(queue.body.meta.waiting).toBeGreaterThanOrEqual(1);

    const status = await admin('itd11', 'GET', `/dsh-review/status?uid=api::article.article&documentId=${id}&locale=de`);
    expect(status.body.data.changes.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(['title', 'lead', 'body']));
    expect(status.body.data.canDecide).toBe(true);

    expect((await admin('itd11', 'POST', '/dsh-review/request-changes', { ...(await decide(id)), comment: '' })).status).toBe(400);
    const changes = await admin('itd11', 'POST', '/dsh-review/request-changes', { ...(await decide(id)), comment: 'Bitte den Vorspann kürzen.' });
    expect(changes.body.data.state).toBe('changes_requested');

    expect((await admin('editor', 'PUT', `${CM}/${id}?locale=de`, article('weg', 'Bauanträge in Hamburg: jetzt digital.'))).status).toBe(200);
    expect((await admin('editor', 'POST', '/dsh-review/submit', target(id))).body.data.state).toBe('in_review');
    const approved = await admin('itd11', 'POST', '/dsh-review/approve', { ...(await decide(id)), comment: 'Passt.' });
    expect(approved.body.data.state).toBe('approved');
    // Still nothing live until ITD11 publishes, and the editor still cannot.
    expect(await publicSlugs()).not.toContain('freigabe-weg');
    expect((await admin('editor', 'POST', `${CM}/${id}/actions/publish?locale=de`, article('weg', 'Bauanträge in Hamburg: jetzt digital.'))).status).toBe(403);

    const published = await admin('itd11', 'POST', `${CM}/${id}/actions/publish?locale=de`, article('weg', 'Bauanträge in Hamburg: jetzt digital.'));
    expect(published.status, JSON.stringify(published.body.error)).toBe(200);
    expect(await publicSlugs()).toContain('freigabe-weg');

    const trail = (await admin('itd11', 'GET', `/dsh-review/status?uid=api::article.article&documentId=${id}&locale=de`)).body.data;
    expect(trail.state).toBe('published');
    expect(trail.history.map((h: { action: string }) => h.action).reverse()).toEqual(['submit', 'request_changes', 'submit', 'approve', 'publish']);
    expect(trail.history.find((h: { action: string }) => h.action === 'request_changes')).toMatchObject({ actor: 'ITD11 Kommunikation', comment: 'Bitte den Vorspann kürzen.' });
    expect(trail.history.find((h: { action: string }) => h.action === 'submit')).toMatchObject({ actor: 'Redaktion ITD', actorEmail: 'redaktion@example.org' });

    // The editor cannot take it offline either.
    expect((await admin('editor', 'POST', `${CM}/${id}/actions/unpublish?locale=de`, {})).status).toBe(403);
    expect(await publicSlugs()).toContain('freigabe-weg');
  });

  it('keeps the live version live while a new draft waits, and refuses a version edited after approval', async () => {
    const id = await createDraft('neu');
    await admin('editor', 'POST', '/dsh-review/submit', target(id));
    await admin('itd11', 'POST', '/dsh-review/approve', await decide(id));
    expect((await admin('itd11', 'POST', '/dsh-review/publish', await decide(id))).body.data.state).toBe('published');

    // A new draft of a published article: the public still sees the approved text.
    await admin('editor', 'PUT', `${CM}/${id}?locale=de`, article('neu', 'Eine neue, noch nicht freigegebene Fassung des Vorspanns.'));
    const live = await fetch(`${cms.url}/api/articles?locale=de&filters[slug][$eq]=freigabe-neu`).then(async (r) => Leads.parse(await r.json()));
    expect(live.data[0]?.lead).toBe('Hamburg stellt Bauanträge vollständig auf digitale Verfahren um.');
    const status = await admin('editor', 'GET', `/dsh-review/status?uid=api::article.article&documentId=${id}&locale=de`);
    expect(status.body.data.state).toBe('draft');
    expect(status.body.data.changes).toEqual([expect.objectContaining({ field: 'lead', before: 'Hamburg stellt Bauanträge vollständig auf digitale Verfahren um.', after: 'Eine neue, noch nicht freigegebene Fassung des Vorspanns.' })]);

    await admin('editor', 'POST', '/dsh-review/submit', target(id));
    await admin('itd11', 'POST', '/dsh-review/approve', await decide(id));
    // Edited after the approval: that version was never approved.
    await admin('editor', 'PUT', `${CM}/${id}?locale=de`, article('neu', 'Nachträglich geändert, nach der Freigabe.'));
    // The review panel's publish answers 409 (the version changed since it was approved); the
    // content manager's Publish button is refused by the rules on the write itself.
    const refused = await admin('itd11', 'POST', '/dsh-review/publish', await decide(id));
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/nach der Freigabe geändert/);
    const button = await admin('itd11', 'POST', `${CM}/${id}/actions/publish?locale=de`, article('neu', 'Nachträglich geändert, nach der Freigabe.'));
    expect(button.status).toBe(403);
    expect(button.body.error?.message).toMatch(/nach der Freigabe geändert|nicht von ITD11 freigegeben/);
    const still = await fetch(`${cms.url}/api/articles?locale=de&filters[slug][$eq]=freigabe-neu`).then(async (r) => Leads.parse(await r.json()));
    expect(still.data[0]?.lead).toBe('Hamburg stellt Bauanträge vollständig auf digitale Verfahren um.');
  });

  it('publishes a scheduled approval once its time has come', async () => {
    const id = await createDraft('geplant');
    await admin('editor', 'POST', '/dsh-review/submit', target(id));
    // Far enough ahead that a slow machine still sees it unpublished right after the approval
    // (the scheduler ticks every 5 s: 1.5 s ahead was published before the check under load).
    const publishAt = new Date(Date.now() + 6_000).toISOString();
    expect((await admin('itd11', 'POST', '/dsh-review/approve', { ...(await decide(id)), publishAt })).body.data.review.publishAt).toBe(publishAt);
    expect(await publicSlugs()).not.toContain('freigabe-geplant');
    const until = Date.now() + 30_000;
    while (!(await publicSlugs()).includes('freigabe-geplant') && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(await publicSlugs()).toContain('freigabe-geplant');
    const history = (await admin('itd11', 'GET', `/dsh-review/status?uid=api::article.article&documentId=${id}&locale=de`)).body.data.history;
    expect(history.filter((h: { action: string }) => h.action === 'publish')).toEqual([expect.objectContaining({ actor: expect.stringMatching(/^Zeitplan/) })]);
  });

  it('keeps the audit trail read-only for everyone', async () => {
    const audit = '/content-manager/collection-types/api::audit-entry.audit-entry';
    const list = await admin('itd11', 'GET', `${audit}?page=1&pageSize=10`, undefined, AuditList);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r) => r.action)).toEqual(expect.arrayContaining(['submit', 'approve', 'publish']));
    expect((await admin('itd11', 'POST', audit, { action: 'publish', contentType: 'x', target: 'y', actor: 'z', at: new Date().toISOString() })).status).toBe(403);
    await expect(cms.strapi.documents('api::audit-entry.audit-entry').create({ data: { action: 'publish', contentType: 'x', target: 'y', actor: 'z', at: new Date().toISOString() } })).rejects.toThrow(/schreibgeschützt/);
  });

  it('lets only ITD11 move a campaign out of the idea phase, approving measure and budget together', async () => {
    const campaigns = '/content-manager/collection-types/api::campaign.campaign';
    const data = { name: 'Digital ins Amt', slug: 'digital-ins-amt', slogan: 'Einfach online erledigen', start: '2027-01-01', end: '2027-03-31', planningStatus: 'idea', plannedBudget: 48000 };
    const created = await admin('editor', 'POST', `${campaigns}?locale=de`, data);
    expect(created.status, JSON.stringify(created.body.error)).toBe(201);
    const id = created.body.data.documentId;
    const early = await admin('editor', 'PUT', `${campaigns}/${id}?locale=de`, { ...data, planningStatus: 'commissioned', provider: 'Agentur Nord' });
    expect(early.status).toBe(403);
    expect(early.body.error?.message).toMatch(/ITD11/);
    expect((await admin('editor', 'PUT', `${campaigns}/${id}?locale=de`, { ...data, approvedBudget: 48000 })).status).toBe(403);

    await admin('editor', 'POST', '/dsh-review/submit', { uid: 'api::campaign.campaign', documentId: id, locale: 'de' });
    const shown = await admin('itd11', 'GET', `/dsh-review/status?uid=api::campaign.campaign&documentId=${id}&locale=de`);
    expect(shown.body.data.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'plannedBudget', after: '48000', internal: true })]));
    const approved = await admin('itd11', 'POST', '/dsh-review/approve', await seen({ uid: 'api::campaign.campaign', documentId: id, locale: 'de' }));
    expect(approved.body.data.state).toBe('approved');
    const draft = await cms.strapi.documents('api::campaign.campaign').findOne({ documentId: id, locale: 'de', status: 'draft' });
    expect(draft).toMatchObject({ planningStatus: 'approved' });
    expect(Number(draft?.approvedBudget)).toBe(48000);
  });
});

describe(`draft preview (${dialect})`, () => {
  it('gives the admin a signed, expiring link into the web app and hands out exactly that draft', async () => {
    const id = await createDraft('vorschau');
    const res = await admin('editor', 'GET', `/content-manager/preview/url/api::article.article?documentId=${id}&locale=de&status=draft`);
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url);
    expect(url.pathname).toBe('/api/preview');
    const token = url.searchParams.get('token') ?? '';

    const draft = await fetch(`${cms.url}/preview/draft?token=${encodeURIComponent(token)}`);
    expect(draft.headers.get('cache-control')).toBe('no-store');
    expect(PreviewDraft.parse(await draft.json()).data).toMatchObject({ slug: 'freigabe-vorschau', lead: expect.any(String) });

    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), documentId: 'another' })).toString('base64url');
    expect((await fetch(`${cms.url}/preview/draft?token=${forged}.${sig}`)).status).toBe(403);
    expect((await fetch(`${cms.url}/preview/draft?token=nonsense`)).status).toBe(400);
  });

  it('offers no preview link for a type without a page of its own (a campaign and its planning)', async () => {
    const campaigns = '/content-manager/collection-types/api::campaign.campaign';
    const created = await admin('editor', 'POST', `${campaigns}?locale=de`, { name: 'Vorschau Kampagne', slug: 'vorschau-kampagne', slogan: 'Geheim', start: '2027-01-01', end: '2027-02-01', plannedBudget: 1234 });
    const res = await admin('editor', 'GET', `/content-manager/preview/url/api::campaign.campaign?documentId=${created.body.data.documentId}&locale=de&status=draft`);
    expect(res.status).toBe(204);
  });
});

describe(`review notices by e-mail (${dialect})`, () => {
  it('tells ITD11 when something waits and the author when it was decided', async () => {
    const id = await createDraft('post');
    await admin('editor', 'POST', '/dsh-review/submit', target(id));
    const waits = async (pred: (m: { to: string[]; raw: string }) => boolean) => {
      for (let i = 0; i < 100 && !mails.some(pred); i++) await new Promise((r) => setTimeout(r, 50));
      return mails.find(pred);
    };
    const toItd11 = await waits((m) => m.to.includes('itd11@example.org') && m.raw.includes('Freigabe post'));
    expect(toItd11?.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Zur Freigabe/);
    expect(toItd11?.raw).toContain('/admin/content-manager/collection-types/api::article.article/');
    await admin('itd11', 'POST', '/dsh-review/request-changes', { ...(await decide(id)), comment: 'Bitte Quelle ergänzen.' });
    const toAuthor = await waits((m) => m.to.includes('redaktion@example.org') && m.raw.includes('Freigabe post'));
    expect(toAuthor).toBeDefined();
    expect(toAuthor?.to).not.toContain('itd11@example.org');
  });
});
