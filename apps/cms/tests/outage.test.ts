import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchClient } from '@dsh/search';
// @ts-expect-error plain ESM helper without types
import { startMeili } from '../../../scripts/lib/meili.mjs';
import { asOperator, dialect, startCms, type TestCms } from './strapi';

/**
 * Meilisearch goes away while ITD11 publishes: the publish succeeds, the change waits in the
 * outbox, and it reaches the index once Meilisearch is back, with nothing lost.
 */
type Meili = { url: string; masterKey: string; port: number; dir: string; stop: (o?: { keepData?: boolean }) => Promise<void> };
let meili: Meili;
let cms: TestCms;
beforeAll(async () => {
  meili = await startMeili();
  cms = await startCms({ meili: { url: meili.url, key: meili.masterKey } });
});
afterAll(async () => {
  await cms?.stop();
  await meili?.stop();
});

const article = (n: string) => ({
  title: `Ausfallsicher ${n}`,
  slug: `ausfallsicher-${n}`,
  kind: 'news' as const,
  date: '2026-11-29',
  lead: `Diese Meldung erscheint auch nach einem Ausfall der Suche: ${n}.`,
  body: [],
});

async function indexed(q: string): Promise<string[]> {
  const client = createSearchClient({ url: meili.url, apiKey: meili.masterKey });
  const res = await client.index(cms.index).search(q);
  return res.hits.map((h) => String(h.path));
}

describe(`search outage during publishing (${dialect})`, () => {
  it('delivers every change made while Meilisearch was down once it is back', async () => {
    await meili.stop({ keepData: true });
    const docs = cms.strapi.documents('api::article.article');
    // The publishes succeed: the site does not depend on the index being up.
    for (const n of ['eins', 'zwei', 'drei']) await asOperator(() => docs.create({ locale: 'de', status: 'published', data: article(n) }));
    const outbox = cms.strapi.db.query('api::outbox-event.outbox-event');
    // The worker has tried and failed (not merely not tried yet: at start it waits for the
    // index the CMS fills in the background, which this stop also interrupts).
    let failed = 0;
    for (const until = Date.now() + 20_000; !failed && Date.now() < until; ) {
      failed = await outbox.count({ where: { attempts: { $gt: 0 } } });
      if (!failed) await new Promise((r) => setTimeout(r, 200));
    }
    expect(failed).toBeGreaterThan(0);

    meili = await startMeili({ dir: meili.dir, port: meili.port, masterKey: meili.masterKey });
    const until = Date.now() + 30_000;
    let found: string[] = [];
    let pending = -1;
    // Delivered means indexed and then removed from the outbox (a moment later).
    while (Date.now() < until) {
      found = await indexed('Ausfallsicher').catch(() => []);
      pending = await outbox.count({});
      if (found.length === 3 && pending === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(found.sort()).toEqual(['/news/ausfallsicher-drei', '/news/ausfallsicher-eins', '/news/ausfallsicher-zwei']);
    expect(pending).toBe(0);
  }, 60_000);
});
