import { distance } from 'fastest-levenshtein';
import { catalogueWords } from './lexicon.generated.js';
import { decompound, isKnownWord, withoutLink } from './decompound.js';
import { defaultSynonyms } from './synonyms.js';

/**
 * What a person types, turned into what the index can answer. One pipeline, in this order:
 *
 * 1. normalise: Unicode NFC, lower case, punctuation to spaces (a hyphen inside a word stays);
 * 2. spellings: "fuehrerschein" → "führerschein", "strasse" stays (Meilisearch folds ß/ss),
 *    only where the umlaut form is a catalogue word and the typed form is not;
 * 3. separable verbs: "melde … um" → "ummelden" (German puts the particle at the end);
 * 4. filler: question words, pronouns, articles, auxiliaries and politeness (German and
 *    English) are dropped; generic request verbs ("beantragen", "bekommen", "apply") are
 *    dropped too, unless nothing else is left: they are in hundreds of service texts and would
 *    outrank the one word that names the service;
 * 5. compounds: a word the catalogue does not know carries its known parts, which the
 *    fallback searches instead when the word itself matches nothing ("hundeanmeldung" →
 *    "hund anmeldung"); a part the catalogue does not know is corrected to the closest
 *    catalogue term one or two letters away ("imatrikulationsbescheinigung" → "immatrikulation
 *    bescheinigung"): Meilisearch's typo tolerance sees whole words only;
 * 6. the thesaurus and the English glossary are index synonyms (settings.ts), applied by
 *    Meilisearch to the words that remain; typos are Meilisearch's typo tolerance, per word.
 *
 * The search then asks for every remaining word and, when that finds fewer than a handful,
 * falls back (see `relaxedQueries`), saying so in its answer.
 */

const FILLER_DE = `
ich du er sie es wir ihr man mich mir dich dir uns euch sich mein meine meinen meinem meiner meines dein deine unser unsere
der die das den dem des ein eine einen einem einer eines kein keine keinen
und oder aber auch noch schon nur mal denn doch ja nein nicht
wie wo wann was wer wen wem wessen warum weshalb wieso welche welcher welches welchen woher wohin womit wofür
ist sind bin bist war waren wird werden wurde kann können kannst muss müssen musst soll sollen sollte darf dürfen möchte möchten
will wollen würde würden habe hast hat haben hatte gibt geben
bitte danke hallo gerne brauche brauchen benötige benötigen suche suchen finde finden
für von vom zu zum zur mit bei beim im in am an ab auf aus über unter nach vor seit bis um ohne gegen durch
hier da dort jetzt heute sofort schnell online hamburg hh
so sowie als wenn falls dass ob
gehen geht gehe tun tue lassen lasse lässt lief läuft laufen sagen sage gemacht passiert passieren
mehr viel viele sehr immer wieder richtig genau eigentlich irgendwie etwas
`;
const FILLER_EN = `
i me my mine you your we our us they their he she it its a an the this that these those
and or but also just only not no yes please thanks hello
how where when what who whom whose why which
is are am was were be been being do does did done can could must should shall may might would have has had get gets got
need needs want wants looking look find search
for of to in on at by from with about into over under after before without near
here there now today online hamburg city as
go goes going do doing make made happen happens what's there's i'm it's much many very really some any
`;
/** Request verbs: what one wants done, not what it is about. */
const WEAK = `
beantragen beantrage beantragt beantragung antrag stellen stelle bekommen bekomme erhalten erhalte kriegen krieg holen hole machen mache
erledigen erledige bezahlen bezahle zahlen zahle kostet kosten
apply applying application obtain request requesting pay paying cost costs
`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
/** German filler that is an English word with a meaning ("brown bin", "living will", "war graves"). */
const FALSE_FRIENDS = words('bin will war man hat die');
const FILLER: Record<'de' | 'en', ReadonlySet<string>> = {
  de: new Set([...words(FILLER_DE), ...words(FILLER_EN)]),
  en: new Set([...words(FILLER_EN), ...[...words(FILLER_DE)].filter((w) => !FALSE_FRIENDS.has(w))]),
};
const WEAK_WORDS: ReadonlySet<string> = words(WEAK);

/** Separable particles and the verb stems they attach to: "melde … um" means "ummelden". */
const PARTICLES = ['um', 'an', 'ab', 'aus', 'ein', 'zu'];
const SEPARABLE = new Map([
  ['melde', 'melden'],
  ['meldet', 'melden'],
  ['melden', 'melden'],
  ['ziehe', 'ziehen'],
  ['zieht', 'ziehen'],
  ['ziehen', 'ziehen'],
]);
/** Own keys only: a query word like "constructor" must not find Object.prototype. */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export interface UnderstoodQuery {
  /** As typed. */
  original: string;
  /** The words searched for, in order. */
  words: string[];
  /** `words` as one query string. */
  text: string;
  /** Filler and request words that were dropped. */
  dropped: string[];
  /** Known parts of words the catalogue does not know: the fallback's stand-ins for them. */
  parts: Record<string, string[]>;
  /** Request words that were dropped: the fallback's last resort when nothing else matches. */
  weak: string[];
  /** True when the searched words differ from the typed ones (the answer says "Ergebnisse für …"). */
  rewritten: boolean;
}

function normalise(q: string): string[] {
  return q
    .normalize('NFC')
    .toLowerCase()
    // An English possessive is no word of its own: "driver's licence" → "driver licence".
    .replace(/(\p{L})['’]s(?=\s|$)/gu, '$1')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Catalogue terms: the words of the catalogue and the parts of its compounds ("baulasten" of
 * "Baulastenverzeichnis"), which the index also holds (`parts`), and every word of the
 * thesaurus and the glossary ("trauung" is no typo of "tragung"). Built once, on first use.
 */
let terms: { all: ReadonlySet<string>; byFirst: Map<string, string[]> } | undefined;
function catalogueTerms() {
  if (terms) return terms;
  const all = new Set<string>();
  for (const w of catalogueWords) {
    all.add(w);
    for (const p of decompound(w)) if (p.length >= 4) all.add(p);
  }
  for (const [from, to] of Object.entries(defaultSynonyms)) for (const w of [from, ...to].join(' ').split(/\s+/)) if (w.length >= 4) all.add(w);
  const byFirst = new Map<string, string[]>();
  for (const t of all) {
    const list = byFirst.get(t[0]!) ?? [];
    list.push(t);
    byFirst.set(t[0]!, list);
  }
  terms = { all, byFirst };
  return terms;
}
/** A word the index holds as a word or as a compound part. */
export const isCatalogueTerm = (w: string): boolean => isKnownWord(w) || catalogueTerms().all.has(w);

/**
 * The catalogue term closest to a word the catalogue does not know, when it is one letter away
 * (from 7 letters) or two (from 11): the same first letter, since people rarely mistype it.
 * Stricter than Meilisearch's own typo tolerance (5 and 9), since it applies to parts.
 */
export function correctedTerm(word: string): string | undefined {
  if (word.length < 7 || isCatalogueTerm(word)) return undefined;
  const allowed = word.length >= 11 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const t of catalogueTerms().byFirst.get(word[0]!) ?? []) {
    if (Math.abs(t.length - word.length) > allowed) continue;
    const d = distance(word, t);
    if (d < bestDistance || (d === bestDistance && best !== undefined && t.length > best.length)) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

/** The catalogue terms a compound consists of, when they make it up (but for linking letters). */
function termParts(word: string): string[] {
  const all = decompound(word).filter((p) => p.length >= 4);
  // The longest parts, without one that another contains ("eltern" beside "elternzeit").
  const heads = all.filter((p) => !all.some((o) => o !== p && o.includes(p)));
  const fixed: string[] = [];
  let covered = 0;
  for (const p of heads) {
    const term = [p, ...withoutLink(p).filter((x) => x.length >= 4)].find(isCatalogueTerm) ?? correctedTerm(p);
    if (!term) continue;
    fixed.push(term);
    covered += p.length;
  }
  return fixed.length && covered >= word.length - 2 ? fixed : [];
}

/** "fuehrerschein" → "führerschein" where only the umlaut spelling is a catalogue word. */
function umlauts(word: string): string {
  if (!/ae|oe|ue/.test(word) || isCatalogueTerm(word)) return word;
  const candidate = word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  if (isCatalogueTerm(candidate)) return candidate;
  // "grundsteuerbescheid" is a compound of known parts as typed: its "ue" is no umlaut.
  return !termParts(word).length && termParts(candidate).length ? candidate : word;
}

/** `language`: the visitor's (an English query searched in German text is still English). */
export function understandQuery(q: string, language: 'de' | 'en' = 'de'): UnderstoodQuery {
  const filler = FILLER[language];
  let tokens = normalise(q).map(umlauts);
  // A separable verb whose particle stands later in the sentence becomes one word.
  const particle = tokens.findIndex((t, i) => i > 0 && PARTICLES.includes(t) && tokens.slice(0, i).some((x) => SEPARABLE.has(x)));
  if (particle > 0) {
    const verb = tokens.findIndex((x) => SEPARABLE.has(x));
    tokens = tokens.map((t, i) => (i === verb ? `${tokens[particle]}${SEPARABLE.get(t)}` : t)).filter((_, i) => i !== particle);
  }
  const dropped = tokens.filter((t) => filler.has(t));
  let kept = tokens.filter((t) => !filler.has(t));
  const strong = kept.filter((t) => !WEAK_WORDS.has(t));
  const weak = strong.length ? kept.filter((t) => WEAK_WORDS.has(t)) : [];
  if (strong.length) {
    dropped.push(...weak);
    kept = strong;
  }
  // Everything was filler ("wie geht das"): search what was typed rather than nothing.
  if (!kept.length) kept = tokens;
  const unique = [...new Set(kept)];
  const parts: Record<string, string[]> = {};
  for (const t of unique) {
    if (t.length < 5 || isCatalogueTerm(t)) continue;
    // Only parts that make up the word (but for linking letters): "hundesteuuerrr" is a
    // misspelling for Meilisearch's typo tolerance, not a dog. A word that is no compound may
    // still be one typo away from a catalogue term ("verhinderungsplege").
    const found = t.length >= 8 ? termParts(t) : [];
    const corrected = found.length ? undefined : correctedTerm(t);
    if (found.length) parts[t] = found;
    else if (corrected) parts[t] = [corrected];
  }
  const text = unique.join(' ');
  return { original: q, words: unique, text, dropped, parts, weak, rewritten: text !== normalise(q).join(' ') };
}

/** Enough results not to fall back. */
export const ENOUGH_HITS = 3;

/** Every word the fallback may need a count for: the words and their parts, once each. */
export function countWords(understood: UnderstoodQuery): string[] {
  return [...new Set([...understood.words, ...Object.values(understood.parts).flat(), ...understood.weak])];
}

/**
 * The fallback after a strict query (every word) found fewer than `ENOUGH_HITS`: each word
 * that matches nothing is replaced by its parts that do, or left out. A word that matches
 * nothing never empties the result while other words match. `counts` holds the number of
 * documents each word of `countWords` matches on its own.
 */
export function relaxedWords(understood: UnderstoodQuery, counts: Record<string, number>): { words: string[]; withoutMatch: string[] } {
  const out: string[] = [];
  const withoutMatch: string[] = [];
  for (const w of understood.words) {
    if ((own(counts, w) ?? 0) > 0) out.push(w);
    else {
      const parts = (own(understood.parts, w) ?? []).filter((p) => (own(counts, p) ?? 0) > 0);
      if (parts.length) out.push(...parts);
      else withoutMatch.push(w);
    }
  }
  // Nothing the person named matches: the request words they typed are all that is left.
  if (!out.length) out.push(...understood.weak.filter((w) => (own(counts, w) ?? 0) > 0));
  return { words: [...new Set(out)], withoutMatch };
}
