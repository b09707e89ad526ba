import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RelevanceQuery {
  q: string;
  accept: string[];
}

export const relevanceSet: RelevanceQuery[] = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries.json'), 'utf8')).queries;

export interface RelevanceResult {
  successAt5: number;
  mrr: number;
  misses: { q: string; top: string[] }[];
}

/** success@5 (share of queries with an accepted service in the first five) and MRR over the set. */
export async function evaluate(search: (q: string) => Promise<string[]>, set = relevanceSet): Promise<RelevanceResult> {
  let hits = 0;
  let rr = 0;
  const misses: RelevanceResult['misses'] = [];
  for (const { q, accept } of set) {
    const keys = await search(q);
    const rank = keys.findIndex((k) => accept.some((a) => k.startsWith(a)));
    if (rank >= 0 && rank < 5) hits++;
    else misses.push({ q, top: keys.slice(0, 5) });
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  return { successAt5: hits / set.length, mrr: rr / set.length, misses };
}
