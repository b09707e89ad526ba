import { catalogueWords, compoundHeads } from './lexicon.generated.js';

/**
 * German compounds, split at index time. Meilisearch's German tokenizer (`localizedAttributes`)
 * splits compounds but then loses ss/ß matching and synonyms, so the index keeps the default
 * tokenizer and every document carries the parts of its compound words in a field of their own
 * (`parts`): "ausweis" finds "Personalausweis", "steuer" finds "Hundesteuer", while "strasse"
 * still finds "Straße" and "perso" still means "Personalausweis".
 */

/** Common heads and modifiers of service names that the catalogue alone does not reveal. */
const curated = [
  'ausweis', 'pass', 'reisepass', 'steuer', 'schein', 'geld', 'karte', 'antrag', 'anmeldung', 'abmeldung', 'ummeldung', 'meldung',
  'genehmigung', 'erlaubnis', 'bescheinigung', 'urkunde', 'zulassung', 'förderung', 'zuschuss', 'beihilfe', 'gebühr', 'beitrag',
  'versicherung', 'berechtigung', 'nachweis', 'bescheid', 'leistung', 'hilfe', 'unterhalt', 'wohnung', 'kinder', 'kind', 'hund',
  'fahrzeug', 'auto', 'führung', 'zeugnis', 'register', 'auszug', 'eintragung', 'prüfung', 'vorsorge', 'betreuung', 'pflege',
  'personal', 'fahr', 'wohn', 'eltern', 'bau', 'gewerbe', 'müll', 'abfall', 'parken', 'park', 'bewohner', 'sperr', 'geburt',
  'ehe', 'tod', 'sterbe', 'name', 'wahl', 'brief', 'termin', 'dienst', 'platz', 'stätte', 'tages', 'grund', 'haus', 'hof', 'straße',
];

/** Known words: the catalogue's own and the curated ones. */
const words: ReadonlySet<string> = new Set([...catalogueWords, ...curated]);
/** Likely heads: endings shared by many catalogue words. Weaker evidence than a known word. */
const heads: ReadonlySet<string> = new Set(compoundHeads);
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** The shortest head accepted without being a known word. */
const LONE_HEAD = 7;

/** The modifier without its linking element (Fugenelement): "wohnungs" → "wohnung", "hunde" → "hund". */
export function withoutLink(modifier: string): string[] {
  const variants: string[] = [];
  for (const link of ['es', 's', 'en', 'n', 'e']) {
    if (modifier.endsWith(link) && modifier.length - link.length >= MIN_MODIFIER) variants.push(modifier.slice(0, -link.length));
  }
  return variants;
}

const known = (w: string) => words.has(w);

/** A word of the catalogue (or a curated part): what the query pipeline trusts as spelled. */
export const isKnownWord = (w: string): boolean => known(w.toLowerCase());

/**
 * The parts of one word: "personalausweis" → ["personal", "ausweis"], "hundesteuer" →
 * ["hunde", "hund", "steuer"]; words that are no compound give []. Every split point is scored:
 * a head that is a known word counts more than a likely head, and a known modifier (with or
 * without its linking element) is needed unless the head is known; the best split wins.
 */
export function decompound(word: string, depth = 0): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_HEAD + MIN_MODIFIER || depth > 3) return [];
  let best: { score: number; modifier: string; head: string } | undefined;
  for (let i = MIN_MODIFIER; i <= w.length - MIN_HEAD; i++) {
    const head = w.slice(i);
    const modifier = w.slice(0, i);
    const headScore = known(head) ? 2 : heads.has(head) ? 1 : 0;
    const modifierScore = known(modifier) || withoutLink(modifier).some(known) ? 2 : 0;
    // A known modifier in front of a long head the catalogue never shows alone
    // ("bezirks|schornsteinfeger"): the weakest split, taken only when nothing better exists.
    const lone = !headScore;
    if (lone && !(modifierScore === 2 && modifier.length >= MIN_HEAD && head.length >= LONE_HEAD)) continue;
    const score = lone ? 1 : headScore + modifierScore;
    if (!lone && score < 3 && !(headScore === 2 && modifier.length >= MIN_HEAD)) continue;
    // Among equals the longer known part wins: the head, or for a lone head the modifier
    // (with its linking letter: "bezirks|schornsteinfeger", not "bezirk|sschornsteinfeger").
    const better = !best || score > best.score || (score === best.score && (lone ? modifier.length > best.modifier.length : head.length > best.head.length));
    if (better) best = { score, modifier, head };
  }
  if (!best) return [];
  const { modifier, head } = best;
  const parts = [modifier, ...withoutLink(modifier).filter(known), ...decompound(modifier, depth + 1), head, ...decompound(head, depth + 1)];
  return [...new Set(parts)];
}

/** Parts of every compound in a text, once each: what a document's `parts` field holds. */
export function compoundParts(...texts: string[]): string[] {
  const parts = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[A-Za-zÄÖÜäöüß]{7,}/g) ?? []) for (const p of decompound(word)) parts.add(p);
  }
  return [...parts];
}
