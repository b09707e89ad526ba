import { defineContentType } from '../define.js';
import { f } from '../fields.js';

/** A line is blank, a `# comment`, or `what people type, … = what the catalogue says, …`. */
export const SYNONYM_LINE = /^\s*(#.*)?$|^[^=#]+=[^=#]+(#.*)?$/;

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
  },
  rules: [
    {
      fields: ['synonyms'],
      message: 'Jede Zeile hat die Form „Begriff, Begriff = Bedeutung, Bedeutung“ (oder beginnt mit #)',
      holds: (v) => String(v.synonyms).split('\n').every((line) => SYNONYM_LINE.test(line)),
    },
  ],
});
