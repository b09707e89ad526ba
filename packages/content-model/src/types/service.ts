import { link, onlineService } from '../components.js';
import { defineContentType } from '../define.js';
import { f, optional } from '../fields.js';
import { TaxonomyRef, themenfeldKeys } from './taxonomies.js';

export const LEIKA_KEY = /^\d{14}$/;
export const OZG_ID = /^\d{5}$/;

export const serviceType = defineContentType({
  kind: 'collectionType',
  singularName: 'service',
  pluralName: 'services',
  displayName: 'Service',
  description: 'An administrative service (LeiKa / FIM model)',
  draftAndPublish: true,
  localized: true,
  fields: {
    name: f.string({ max: 300, localized: true }),
    slug: f.slug({ target: 'name' }),
    leikaKey: f.uniqueString({ pattern: LEIKA_KEY, patternMessage: 'LeiKa-Schlüssel: genau 14 Ziffern' }),
    ozgId: optional(f.string({ pattern: OZG_ID, patternMessage: 'OZG-ID: genau 5 Ziffern' })),
    themenfeld: optional(f.enumeration(themenfeldKeys)),
    lebenslagen: f.relation('lebenslage', 'manyToMany', TaxonomyRef),
    audience: f.enumeration(['citizens', 'businesses', 'both'], { default: 'citizens' }),
    teaser: optional(f.text({ max: 600, localized: true })),
    description: optional(f.html({ localized: true })),
    prerequisites: optional(f.html({ localized: true })),
    documents: optional(f.html({ localized: true })),
    fees: optional(f.html({ localized: true })),
    deadlines: optional(f.text({ max: 2000, localized: true })),
    processingTime: optional(f.text({ max: 1000, localized: true })),
    legalBasis: optional(f.text({ max: 4000 })),
    forms: f.component(link, { repeatable: true, localized: true }),
    organisations: f.relation('organisation', 'manyToMany', TaxonomyRef),
    locations: f.relation('location', 'manyToMany', TaxonomyRef),
    appointmentUrl: optional(f.url()),
    onlineService: f.component(onlineService, { repeatable: false }),
    /** How people search for it: colloquial terms, abbreviations. One per line. */
    keywords: optional(f.text({ max: 4000, localized: true })),
    lastReviewed: optional(f.date()),
    /** Where an imported entry came from (e.g. "ozg", "dldb-muenchen:1063423"). */
    source: optional(f.string({ max: 120 })),
  },
});
