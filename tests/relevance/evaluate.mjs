// The relevance set and its measures, shared by the e2e floor test and bench/relevance.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (file) => (fs.existsSync(path.join(here, file)) ? JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')).queries : []);

/** @typedef {{ q: string, accept: string[], locale?: 'de' | 'en', themenfeld?: string }} RelevanceQuery */
/** @type {RelevanceQuery[]} The common questions (queries.json, German). */
export const relevanceSet = read('queries.json');
/** @type {RelevanceQuery[]} The long tail (longtail.json): German and English, by Themenfeld. */
export const longTailSet = read('longtail.json');

/**
 * success@1, success@5 (share of queries with an accepted service first / among the first
 * five), MRR and the share of queries with no result at all, overall and per locale and
 * Themenfeld.
 * @param {(q: string, item: RelevanceQuery) => Promise<string[]>} search LeiKa keys of the hits, best first
 * @returns {Promise<{ successAt1: number, successAt5: number, mrr: number, zeroResults: number, byGroup: Record<string, { n: number, successAt5: number, mrr: number }>, misses: { q: string, top: string[] }[] }>}
 */
export async function evaluate(search, set = relevanceSet) {
  let hits = 0;
  let first = 0;
  let rr = 0;
  let empty = 0;
  const misses = [];
  /** @type {Record<string, { n: number, at5: number, rr: number }>} */
  const groups = {};
  for (const item of set) {
    const { q, accept } = item;
    const keys = await search(q, item);
    const rank = keys.findIndex((k) => accept.some((a) => k.startsWith(a)));
    if (rank >= 0 && rank < 5) hits++;
    else misses.push({ q, top: keys.slice(0, 5) });
    if (rank === 0) first++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (!keys.length) empty++;
    for (const g of [`locale ${item.locale ?? 'de'}`, ...(item.themenfeld ? [`Themenfeld ${item.themenfeld}`] : [])]) {
      const s = (groups[g] ??= { n: 0, at5: 0, rr: 0 });
      s.n++;
      if (rank >= 0 && rank < 5) s.at5++;
      if (rank >= 0) s.rr += 1 / (rank + 1);
    }
  }
  const n = Math.max(set.length, 1);
  const byGroup = Object.fromEntries(Object.entries(groups).map(([g, s]) => [g, { n: s.n, successAt5: s.at5 / s.n, mrr: s.rr / s.n }]));
  return { successAt1: first / n, successAt5: hits / n, mrr: rr / n, zeroResults: empty / n, byGroup, misses };
}
