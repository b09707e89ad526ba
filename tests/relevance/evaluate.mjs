// The relevance set and its measures, shared by the e2e floor test and bench/relevance.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {{ q: string, accept: string[] }[]} */
export const relevanceSet = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries.json'), 'utf8')).queries;

/**
 * success@5 (share of queries with an accepted service among the first five) and MRR.
 * @param {(q: string) => Promise<string[]>} search LeiKa keys of the hits, best first
 * @returns {Promise<{ successAt5: number, mrr: number, misses: { q: string, top: string[] }[] }>}
 */
export async function evaluate(search, set = relevanceSet) {
  let hits = 0;
  let rr = 0;
  const misses = [];
  for (const { q, accept } of set) {
    const keys = await search(q);
    const rank = keys.findIndex((k) => accept.some((a) => k.startsWith(a)));
    if (rank >= 0 && rank < 5) hits++;
    else misses.push({ q, top: keys.slice(0, 5) });
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  return { successAt5: hits / set.length, mrr: rr / set.length, misses };
}
