import { z } from 'zod';
import { accessibility, openingHours } from '../components.js';
import { defineContentType } from '../define.js';
import { f, optional, Ref } from '../fields.js';

/** The 14 OZG Themenfelder, keyed by slug, with their official German and an English name. */
export const themenfelder = {
  'arbeit-ruhestand': { de: 'Arbeit & Ruhestand', en: 'Work & retirement' },
  'bauen-wohnen': { de: 'Bauen & Wohnen', en: 'Building & housing' },
  bildung: { de: 'Bildung', en: 'Education' },
  'ein-auswanderung': { de: 'Ein- & Auswanderung', en: 'Immigration & emigration' },
  'engagement-hobby': { de: 'Engagement & Hobby', en: 'Volunteering & leisure' },
  'familie-kind': { de: 'Familie & Kind', en: 'Family & children' },
  'forschung-foerderung': { de: 'Forschung & Förderung', en: 'Research & funding' },
  gesundheit: { de: 'Gesundheit', en: 'Health' },
  'mobilitaet-reisen': { de: 'Mobilität & Reisen', en: 'Mobility & travel' },
  querschnitt: { de: 'Querschnitt', en: 'General' },
  'recht-ordnung': { de: 'Recht & Ordnung', en: 'Law & order' },
  'steuern-zoll': { de: 'Steuern & Zoll', en: 'Taxes & customs' },
  umwelt: { de: 'Umwelt', en: 'Environment' },
  'unternehmensfuehrung': { de: 'Unternehmensführung & -entwicklung', en: 'Running a business' },
} as const;
export type ThemenfeldKey = keyof typeof themenfelder;
export const themenfeldKeys = Object.keys(themenfelder) as [ThemenfeldKey, ...ThemenfeldKey[]];

/** The dialogue groups of ITD's communication. */
export const audienceKeys = ['citizens', 'businesses', 'media', 'interest-groups', 'politics', 'experts', 'staff'] as const;
export type AudienceKey = (typeof audienceKeys)[number];

export const TaxonomyRef = Ref.extend({ name: z.string(), slug: z.string() });

export const topicType = defineContentType({
  kind: 'collectionType',
  singularName: 'topic',
  pluralName: 'topics',
  displayName: 'Topic',
  draftAndPublish: false,
  localized: true,
  fields: {
    name: f.string({ max: 120, localized: true }),
    slug: f.slug({ target: 'name' }),
    description: optional(f.text({ max: 600, localized: true })),
  },
});

export const lebenslageType = defineContentType({
  kind: 'collectionType',
  singularName: 'lebenslage',
  pluralName: 'lebenslagen',
  displayName: 'Lebenslage',
  description: 'OZG Lebens- and Geschäftslagen with their Themenfeld',
  draftAndPublish: false,
  localized: true,
  fields: {
    name: f.string({ max: 160, localized: true }),
    slug: f.slug({ target: 'name' }),
    themenfeld: f.enumeration(themenfeldKeys),
    /** Lebenslage (citizens) or Geschäftslage (businesses). */
    audience: f.enumeration(['citizens', 'businesses'], { default: 'citizens' }),
    description: optional(f.text({ max: 600, localized: true })),
  },
});

export const audienceType = defineContentType({
  kind: 'collectionType',
  singularName: 'audience',
  pluralName: 'audiences',
  displayName: 'Audience',
  draftAndPublish: false,
  localized: true,
  fields: {
    key: f.uniqueString({ pattern: /^(citizens|businesses|media|interest-groups|politics|experts|staff)$/, patternMessage: 'eine der Dialoggruppen' }),
    name: f.string({ max: 120, localized: true }),
    slug: f.slug({ target: 'name' }),
    description: optional(f.text({ max: 1000, localized: true })),
  },
});

export const organisationType = defineContentType({
  kind: 'collectionType',
  singularName: 'organisation',
  pluralName: 'organisations',
  displayName: 'Organisation',
  description: 'Behörde, Amt, Bezirksamt, Landesbetrieb',
  draftAndPublish: false,
  localized: true,
  fields: {
    name: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'name' }),
    kind: f.enumeration(['behoerde', 'amt', 'bezirksamt', 'landesbetrieb', 'other'], { default: 'behoerde' }),
    website: optional(f.url()),
    description: optional(f.text({ max: 1000, localized: true })),
  },
});

export const locationType = defineContentType({
  kind: 'collectionType',
  singularName: 'location',
  pluralName: 'locations',
  displayName: 'Location',
  description: 'Offices citizens visit: address, hours, accessibility, appointments',
  draftAndPublish: true,
  localized: true,
  fields: {
    name: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'name' }),
    organisation: f.relation('organisation', 'manyToOne', TaxonomyRef),
    street: f.string({ max: 200 }),
    postalCode: f.string({ pattern: /^\d{5}$/, patternMessage: 'fünfstellige Postleitzahl' }),
    city: f.string({ max: 100 }),
    district: optional(f.string({ max: 100 })),
    latitude: optional(f.decimal()),
    longitude: optional(f.decimal()),
    openingHours: f.component(openingHours, { repeatable: true }),
    accessibility: f.component(accessibility, { repeatable: false }),
    appointmentUrl: optional(f.url()),
    phone: optional(f.string({ max: 60 })),
    email: optional(f.email()),
    externalId: optional(f.string({ max: 60 })),
  },
});
