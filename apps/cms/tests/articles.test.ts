import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchClient } from '@dsh/search';
import { inject } from 'vitest';
import { asOperator, cmsModule, dialect, startCms, type TestCms } from './strapi';
import { z } from 'zod';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

const article = (n: string) => ({
  title: `Digitale Bauanträge ${n}`,
  slug: `digitale-bauantraege-${n}`,
  kind: 'news' as const,
  date: '2026-11-01',
  lead: `Bauanträge gehen in Hamburg jetzt digital ${n}.`,
  body: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: 'Das Verfahren heißt DIBAG.' }] }],
});

// Loose, so the draft check below reads the whole answer; `data` is null on a refusal.
const ArticleList = z.looseObject({ data: z.array(z.looseObject({ slug: z.string(), locale: z.string() })).nullish() });

async function api(path: string, init?: RequestInit) {
  const res = await fetch(`${cms.url}${path}`, init);
  return { status: res.status, body: ArticleList.parse(await res.json()) };
}

async function searchFor(q: string): Promise<string[]> {
  const client = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey') });
  const res = await client.index(cms.index).search(q, { filter: ['type = "article"'] });
  return res.hits.map((h) => String(h.path));
}

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last = await fn();
  while (!ok(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

describe(`articles on ${dialect}`, () => {
  it('uses German as the default locale and offers English', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['de', 'en']);
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('de');
  });

  it('shows a published article on the public API, a draft not at all', async () => {
    const docs = cms.strapi.documents('api::article.article');
    await asOperator(() => docs.create({ locale: 'de', status: 'published', data: article('eins') }));
    await docs.create({ locale: 'de', data: article('entwurf') });
    const { status, body } = await api('/api/articles?locale=de');
    expect(status).toBe(200);
    const slugs = body.data?.map((a) => a.slug);
    expect(slugs).toContain('digitale-bauantraege-eins');
    expect(slugs).not.toContain('digitale-bauantraege-entwurf');
  });

  it('refuses to hand drafts to the public, whatever the query says', async () => {
    // The router matches paths case-insensitively: so must the guard.
    for (const path of ['/api/articles?locale=de&status=draft', '/API/articles?locale=de&status=draft', '/Api/Articles?locale=de&status=draft']) {
      const drafts = await api(path);
      expect(drafts.status, path).toBe(403);
      expect(JSON.stringify(drafts.body)).not.toContain('digitale-bauantraege-entwurf');
    }
  });

  it('does not let the public write', async () => {
    const { status } = await api('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: article('anonym') }),
    });
    expect(status).toBe(403);
  });

  it('puts a published article into search and takes it out when unpublished', async () => {
    const docs = cms.strapi.documents('api::article.article');
    const draft = await docs.create({ locale: 'de', data: article('suche') });
    expect(await searchFor('Bauanträge suche')).not.toContain('/news/digitale-bauantraege-suche');
    await asOperator(() => docs.publish({ documentId: draft.documentId, locale: 'de' }));
    const found = await eventually(() => searchFor('Bauanträge suche'), (p) => p.includes('/news/digitale-bauantraege-suche'));
    expect(found).toContain('/news/digitale-bauantraege-suche');
    await asOperator(() => docs.unpublish({ documentId: draft.documentId, locale: 'de' }));
    const gone = await eventually(() => searchFor('Bauanträge suche'), (p) => !p.includes('/news/digitale-bauantraege-suche'));
    expect(gone).not.toContain('/news/digitale-bauantraege-suche');
  });

  it('records a publish in the outbox in the same transaction, so a rolled-back publish leaves nothing to deliver', async () => {
    const docs = cms.strapi.documents('api::article.article');
    const outbox = cms.strapi.db.query('api::outbox-event.outbox-event');
    const draft = await docs.create({ locale: 'de', data: article('outbox') });
    await asOperator(() => cms.strapi.db
      .transaction(async () => {
        await docs.publish({ documentId: draft.documentId, locale: 'de' });
        // Inside the transaction the job is already there, written with the publish itself.
        expect(await outbox.count({ where: { target: draft.documentId } })).toBeGreaterThan(0);
        throw new Error('rollback');
      })
      .catch((err: Error) => expect(err.message).toBe('rollback')));
    expect(await outbox.count({ where: { target: draft.documentId } })).toBe(0);
    expect(await docs.findOne({ documentId: draft.documentId, locale: 'de', status: 'published' })).toBeNull();
  });
});

describe(`search dictionary (${dialect})`, () => {
  it('applies the synonyms editors publish to the index, merged over the defaults', async () => {
    const docs = cms.strapi.documents('api::article.article');
    await asOperator(() => docs.create({ locale: 'de', status: 'published', data: article('woerterbuch') }));
    await eventually(() => searchFor('Bauanträge woerterbuch'), (p) => p.includes('/news/digitale-bauantraege-woerterbuch'));
    expect(await searchFor('zauberwort')).not.toContain('/news/digitale-bauantraege-woerterbuch');
    await expect(
      asOperator(() => cms.strapi.documents('api::search-vocabulary.search-vocabulary').create({ status: 'published', data: { synonyms: 'kein gleichheitszeichen' } })),
    ).rejects.toThrow(/Begriff, Begriff = Bedeutung/);
    await asOperator(() => cms.strapi.documents('api::search-vocabulary.search-vocabulary').create({ status: 'published', data: { synonyms: '# Test\nzauberwort = woerterbuch' } }));
    const found = await eventually(() => searchFor('zauberwort'), (p) => p.includes('/news/digitale-bauantraege-woerterbuch'));
    expect(found).toContain('/news/digitale-bauantraege-woerterbuch');
    // The defaults in code still hold next to the editors' terms.
    const client = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey') });
    const synonyms = await client.index(cms.index).getSynonyms();
    expect(synonyms.wbs).toContain('wohnberechtigungsschein');
    expect(synonyms.zauberwort).toEqual(['woerterbuch']);
  });
});

describe(`reconcile (${dialect})`, () => {
  it('finds what the index lacks, holds wrongly or should no longer hold, and repairs it', async () => {
    const docs = cms.strapi.documents('api::article.article');
    const a = await asOperator(() => docs.create({ locale: 'de', status: 'published', data: article('abgleich-a') }));
    const b = await asOperator(() => docs.create({ locale: 'de', status: 'published', data: article('abgleich-b') }));
    await eventually(() => searchFor('Bauanträge abgleich'), (p) => p.length >= 2);
    // Every queued delivery done, so none repairs the damage below before reconcile looks.
    const outbox = cms.strapi.db.query('api::outbox-event.outbox-event');
    // All of them, earlier tests' too: a late one would show up below as missing or extra.
    expect(await eventually(() => outbox.count({}), (n) => n === 0)).toBe(0);
    const client = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey') });
    const index = client.index(cms.index);
    const idA = `article-${a.documentId}-de`;
    const idB = `article-${b.documentId}-de`;
    // Damage the index the way an outage or a bug would.
    await index.deleteDocument(idA).waitTask();
    await index.updateDocuments([{ id: idB, title: 'Veralteter Titel' }]).waitTask();
    await index.addDocuments([{ id: 'article-geloescht-de', type: 'article', title: 'Längst gelöscht' }]).waitTask();

    const { createSearchSync } = cmsModule<typeof import('../src/lib/search-sync')>('lib/search-sync.js');
    const sync = createSearchSync(cms.strapi);
    const found = await sync.reconcile({ dryRun: true });
    expect(found).toMatchObject({ missing: [idA], stale: [idB], extra: ['article-geloescht-de'], repaired: false });
    expect((await sync.reconcile()).repaired).toBe(true);
    const after = await sync.reconcile({ dryRun: true });
    expect(after).toMatchObject({ missing: [], stale: [], extra: [] });
    expect(after.indexed).toBe(after.published);
    expect((await index.getDocument(idB)).title).toBe('Digitale Bauanträge abgleich-b');
  });
});

describe(`what the index never holds, and never loses (${dialect})`, () => {
  it('keeps campaign budgets, providers and drafts out of the index', async () => {
    const campaigns = cms.strapi.documents('api::campaign.campaign');
    const c = await asOperator(() =>
      campaigns.create({
        locale: 'de',
        status: 'published',
        data: { name: 'Digital ins Amt', slug: 'digital-ins-amt-index', slogan: 'Einfach online', start: '2027-01-01', end: '2027-02-01', plannedBudget: 987654, approvedBudget: 987654, provider: 'Geheimagentur Nord', planningStatus: 'commissioned' } as never,
      }),
    );
    await asOperator(() => cms.strapi.documents('api::article.article').create({ locale: 'de', data: article('nur-entwurf-index') }));
    const client = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey') });
    const index = client.index(cms.index);
    const id = `campaign-${c.documentId}-de`;
    const until = Date.now() + 10_000;
    let doc: Record<string, unknown> | undefined;
    while (!doc && Date.now() < until) {
      doc = await index.getDocument(id).catch(() => undefined);
      if (!doc) await new Promise((r) => setTimeout(r, 100));
    }
    expect(doc?.title).toBe('Digital ins Amt');
    expect(JSON.stringify(doc)).not.toMatch(/987654|Geheimagentur|commissioned/);
    expect((await index.search('Geheimagentur')).hits).toEqual([]);
    expect(await searchFor('nur-entwurf-index')).toEqual([]);
  });

  it('answers every search during a full reindex with complete results', async () => {
    const { createSearchSync } = cmsModule<typeof import('../src/lib/search-sync')>('lib/search-sync.js');
    const sync = createSearchSync(cms.strapi);
    const client = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey') });
    const count = async () => (await client.index(cms.index).search('', { limit: 0 })).estimatedTotalHits ?? 0;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    let done = false;
    const seen: number[] = [];
    const watcher = (async () => {
      while (!done) {
        seen.push(await count());
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await sync.rebuild();
    done = true;
    await watcher;
    expect(seen.length).toBeGreaterThan(3);
    expect(Math.min(...seen)).toBe(before);
  });
});
