import { glossaryLines } from './glossary.js';
import { thesaurusLines } from './thesaurus.js';

/**
 * What citizens type for what the catalogue calls it. Versioned with the code; editors add
 * their own terms in the CMS (single type "Suchbegriffe"), which are merged over these.
 * One-way: the key is what people type, the values what the catalogue says. Meilisearch
 * matches synonyms on whole words and phrases ("hartz 4").
 */
export const defaultSynonymLines = `
perso, perso ausweis = personalausweis
ausweis = personalausweis
epa, e-perso = personalausweis
wbs = wohnberechtigungsschein
gez, rundfunkgebühr, rundfunkgebühren = rundfunkbeitrag
hartz 4, hartz iv, alg 2, alg ii, arbeitslosengeld 2 = bürgergeld
bürgergeld = arbeitslosengeld
kita, kiga, kindergarten = kindertagesstätte, kindertagesbetreuung, kita-gutschein
kita-gutschein = kindertagesbetreuung
führerschein = fahrerlaubnis
fahrerlaubnis = führerschein
umzug, umziehen, ummelden, neue wohnung = wohnsitz
anmelden = anmeldung
abmelden = abmeldung
kfz, auto, pkw = fahrzeug, kraftfahrzeug
zulassen = zulassung
gewerbeschein, gewerbe anmelden = gewerbeanmeldung
firma gründen, existenzgründung, selbstständig = gewerbeanmeldung
bafög = ausbildungsförderung
elterngeld plus = elterngeld
kindergeld = familienkasse
hund = hundesteuer, hundehaltung
heirat, heiraten, hochzeit, standesamt = eheschließung
geburt = geburtsurkunde
tod, sterbefall = sterbeurkunde
reisepass = pass
einbürgerung = staatsangehörigkeit
schwerbehinderung = schwerbehindertenausweis
müll, sperrmüll, müllabfuhr = abfall
waffenschein = waffenbesitzkarte, waffe
angelschein, angelkarte = fischereischein
parkausweis = bewohnerparken
bauantrag = baugenehmigung
wohngeld = mietzuschuss
`;

/** `a, b = c, d` lines into Meilisearch's one-way synonym map (lower case, trimmed). */
export function parseSynonyms(text: string): Record<string, string[]> {
  // A map, not an object: a term like "constructor" is a term, not Object.prototype's.
  const map = new Map<string, Set<string>>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line.includes('=')) continue;
    const [left = '', right = ''] = line.split('=', 2);
    const terms = left.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
    const means = right.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
    for (const t of terms) for (const m of means) if (m !== t) map.set(t, (map.get(t) ?? new Set()).add(m));
  }
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v]]));
}

/**
 * Everything the code knows: the colloquial terms above, the German thesaurus (thesaurus.ts:
 * regional, former and everyday names) and the English glossary (glossary.ts), one map.
 */
export const defaultSynonyms = mergeSynonyms(parseSynonyms(defaultSynonymLines), parseSynonyms(thesaurusLines), parseSynonyms(glossaryLines));

/** The editors' dictionary merged over the defaults: both sets of meanings for a shared term. */
export function mergeSynonyms(...maps: Record<string, string[]>[]): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const m of maps) for (const [k, v] of Object.entries(m)) for (const x of v) out.set(k, (out.get(k) ?? new Set()).add(x));
  return Object.fromEntries([...out].map(([k, v]) => [k, [...v]]));
}
