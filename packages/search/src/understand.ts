import { decompound, isKnownWord } from './decompound.js';

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
 *    "hund anmeldung");
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
`;
const FILLER_EN = `
i me my mine you your we our us they their he she it its a an the this that these those
and or but also just only not no yes please thanks hello
how where when what who whom whose why which
is are am was were be been being do does did done can could must should shall may might would have has had get gets got
need needs want wants looking look find search
for of to in on at by from with about into over under after before without near
here there now today online hamburg city as
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
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** "fuehrerschein" → "führerschein" where only the umlaut spelling is a catalogue word. */
function umlauts(word: string): string {
  if (!/ae|oe|ue/.test(word) || isKnownWord(word)) return word;
  const candidate = word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  return isKnownWord(candidate) || decompound(candidate).length ? candidate : word;
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
    if (t.length < 8 || isKnownWord(t)) continue;
    const known = decompound(t).filter((p) => p.length >= 4 && isKnownWord(p));
    // The longest parts, without one that another contains ("eltern" beside "elternzeit"),
    // and only when they make up the word (but for linking letters): "hundesteuuerrr" is a
    // misspelling to correct, not a dog.
    const heads = known.filter((p) => !known.some((o) => o !== p && o.includes(p)));
    const covered = heads.reduce((n, p) => n + p.length, 0);
    if (heads.length && covered >= t.length - 2) parts[t] = heads;
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
