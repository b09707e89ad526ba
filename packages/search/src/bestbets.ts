import { BEST_BET_LINE } from '@dsh/content-model';
import { understandQuery } from './understand.js';

/*
 * Best bets ("Empfohlen") and the search analytics they come from. Both sides read a query the
 * same way: the CMS when it writes a best bet into the index, the web app when it looks one up
 * and when it counts a search. What counts is what the query pipeline searches for, so "perso",
 * "Perso beantragen" and "wie beantrage ich einen perso" share one best bet and one line in
 * the statistics.
 */

/** The words the pipeline searches for, in a fixed order: one key per meaning of a query. */
export function bestBetKey(q: string, language: 'de' | 'en' = 'de'): string {
  return [...understandQuery(q, language).words].sort().join(' ');
}

/** A best bet's keys in both languages' reading (the filler words differ). */
export function bestBetKeys(q: string): string[] {
  return [...new Set([bestBetKey(q, 'de'), bestBetKey(q, 'en')])].filter(Boolean);
}

/** Pinned pages per query key, from the dictionary's best-bet lines (see BEST_BET_LINE). */
export function parseBestBets(text: string): Map<string, string[]> {
  const byPath = new Map<string, Set<string>>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || !BEST_BET_LINE.test(line)) continue;
    const [queries = '', targets = ''] = line.split('=');
    const keys = queries.split(',').flatMap((q) => bestBetKeys(q));
    for (const path of targets.split(',').map((p) => p.trim()).filter(Boolean)) {
      const set = byPath.get(path) ?? new Set<string>();
      for (const k of keys) set.add(k);
      byPath.set(path, set);
    }
  }
  return new Map([...byPath].map(([path, keys]) => [path, [...keys].sort()]));
}

/**
 * The query keys a page is pinned for. An English page shares the best bets of its German path
 * (`/en/services/x` those of `/services/x`), so one line serves both languages.
 */
export function bestBetsFor(bets: Map<string, string[]>, path: string): string[] {
  const german = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return [...new Set([...(bets.get(path) ?? []), ...(german !== path ? (bets.get(german) ?? []) : [])])].sort();
}

/**
 * A query as the statistics keep it, or undefined when it must not be kept. People type
 * their own data into search boxes: case numbers, phone numbers, IBANs, birth dates, e-mail
 * addresses, names with an address. A query with four digits or more, an @, or longer than
 * 100 characters is not counted at all; the rest is kept as the pipeline reads it, so the
 * figures count meanings, not spellings.
 */
export function analyticsQuery(q: string, language: 'de' | 'en' = 'de'): string | undefined {
  const trimmed = q.normalize('NFC').trim();
  if (!trimmed || trimmed.length > 100) return undefined;
  if ((trimmed.match(/\d/g)?.length ?? 0) >= 4 || trimmed.includes('@')) return undefined;
  const key = understandQuery(trimmed, language).text;
  return key && key.length <= 100 ? key : undefined;
}

/** ISO 8601 week of a date, as "2026-W49" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
