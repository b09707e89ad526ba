import { expect, test } from '@playwright/test';
// @ts-expect-error plain ESM helper without types
import { evaluate } from '../relevance/evaluate.mjs';
import { e2e } from './env';
import { z } from 'zod';

/**
 * The relevance set (tests/relevance/queries.json: queries as citizens type them, with the
 * LeiKa keys that answer them) against the real search API of the seeded portal: the whole
 * OZG/LeiKa catalogue plus the hand-written services. Prints success@5 and MRR; the floors
 * fail the build when a change to settings, synonyms or mapping makes search worse.
 */
const FLOOR = { successAt5: 0.9, mrr: 0.8 };

test('citizens find the service they mean (success@5 and MRR over the relevance set)', async ({ request }) => {
  const result: { successAt5: number; mrr: number; misses: { q: string; top: string[] }[] } = await evaluate(async (q: string) => {
    const res = await request.get(`${e2e.digital}/api/search`, { params: { q, type: 'service', locale: 'de', limit: 10 } });
    expect(res.status()).toBe(200);
    const body = z.object({ hits: z.array(z.object({ leikaKey: z.string().nullish() })) }).parse(await res.json());
    return body.hits.map((h) => h.leikaKey ?? '');
  });
  console.log(`relevance: success@5 ${result.successAt5.toFixed(3)}, MRR ${result.mrr.toFixed(3)} (floors ${FLOOR.successAt5}, ${FLOOR.mrr})`);
  for (const m of result.misses as { q: string; top: string[] }[]) console.log(`  not in the first five: "${m.q}" → ${m.top.join(', ')}`);
  expect(result.successAt5).toBeGreaterThanOrEqual(FLOOR.successAt5);
  expect(result.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
});
