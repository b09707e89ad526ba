import { defineContentType } from '../define.js';
import { z } from 'zod';
import { f, optional } from '../fields.js';
import { locales, sites } from '../locales.js';

/** A line is blank, a `# comment`, or `what people type, … = what the catalogue says, …`. */
export const SYNONYM_LINE = /^\s*(#.*)?$|^[^=#]+=[^=#]+(#.*)?$/;

/**
 * A best bet ("Empfohlen"): queries, then the pages pinned above the results for them, by the
 * path the site shows: `perso weg, ausweis verloren = /services/personalausweis-verlust-melden`.
 */
export const BEST_BET_LINE = /^\s*(#.*)?$|^[^=#/]+=\s*\/[^\s=#,]*(\s*,\s*\/[^\s=#,]*)*\s*(#.*)?$/;

/**
 * The search dictionary editors maintain: colloquial terms and their meaning in the catalogue,
 * merged over the defaults in packages/search and applied to the index when ITD11 publishes it.
 */
export const searchVocabularyType = defineContentType({
  kind: 'singleType',
  singularName: 'search-vocabulary',
  pluralName: 'search-vocabularies',
  displayName: 'Suchbegriffe',
  description: 'Synonyme und Umgangssprache für die Suche, eine Zeile je Begriff: „perso, e-perso = personalausweis“',
  draftAndPublish: true,
  localized: false,
  fields: {
    synonyms: f.text({ max: 50_000 }),
    /** Best bets, a line each (see BEST_BET_LINE); ITD11 adds them from the search analytics. */
    bestBets: optional(f.text({ max: 50_000 })),
  },
  rules: [
    {
      fields: ['synonyms'],
      message: 'Jede Zeile hat die Form „Begriff, Begriff = Bedeutung, Bedeutung“ (oder beginnt mit #)',
      holds: (v) => String(v.synonyms).split('\n').every((line) => SYNONYM_LINE.test(line)),
    },
    {
      fields: ['bestBets'],
      message: 'Jede Empfehlung hat die Form „Suchanfrage, Suchanfrage = /pfad/der-seite“ (oder beginnt mit #)',
      holds: (v) => String(v.bestBets).split('\n').every((line) => BEST_BET_LINE.test(line)),
    },
  ],
});

/**
 * Search analytics: per ISO week, site, language and normalised query, how often it was
 * searched, how often it found nothing, and which result positions were opened. No IP, no user,
 * no time finer than the week; queries that may carry personal data never get here (see
 * analyticsQuery in packages/search). Written by the web app, read by ITD11; never published.
 */
export const searchStatType = defineContentType({
  kind: 'collectionType',
  singularName: 'search-stat',
  pluralName: 'search-stats',
  displayName: 'Suchstatistik',
  description: 'Suchanfragen je Woche, ohne personenbezogene Daten; nie veröffentlicht',
  draftAndPublish: false,
  localized: false,
  fields: {
    week: f.string({ max: 8 }),
    site: f.enumeration(sites, { default: 'digital' }),
    language: f.enumeration(locales, { default: 'de' }),
    query: f.string({ max: 100 }),
    searches: f.integer({ min: 0 }),
    zeroResults: f.integer({ min: 0 }),
    clicks: f.integer({ min: 0 }),
    /** Opened result positions and how often: {"1": 12, "3": 2}. */
    positions: optional(f.json(z.record(z.string(), z.number().int()))),
  },
});

/** What the web app delivers: counts since its last delivery, the CMS adds the week. */
export const searchStatDelivery = z.object({
  entries: z
    .array(
      z.object({
        site: z.enum(sites),
        language: z.enum(locales),
        query: z.string().trim().min(1).max(100),
        searches: z.number().int().min(0).max(1_000_000),
        zeroResults: z.number().int().min(0).max(1_000_000),
        clicks: z.number().int().min(0).max(1_000_000),
        positions: z.record(z.string().regex(/^[1-9]\d{0,2}$/), z.number().int().min(1).max(1_000_000)).default({}),
      }),
    )
    .max(1000),
});
export type SearchStatDelivery = z.infer<typeof searchStatDelivery>;
