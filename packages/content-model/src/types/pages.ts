import { Blocks } from '../blocks.js';
import { contact, navLink } from '../components.js';
import { defineContentType } from '../define.js';
import { f, optional } from '../fields.js';

/** Pages every site must have, and editorial pages (about ITD, working at ITD). */
export const pageKinds = ['imprint', 'privacy', 'accessibility', 'easy-language', 'sign-language', 'about', 'careers', 'other'] as const;

export const pageType = defineContentType({
  kind: 'collectionType',
  singularName: 'page',
  pluralName: 'pages',
  displayName: 'Page',
  description: 'Imprint, privacy, accessibility statement, Leichte Sprache, Gebärdensprache and other pages, per site',
  draftAndPublish: true,
  localized: true,
  fields: {
    title: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'title' }),
    site: f.enumeration(['digital', 'service', 'both'], { default: 'both' }),
    kind: f.enumeration(pageKinds, { default: 'other' }),
    lead: optional(f.text({ max: 600, localized: true })),
    body: f.blocks(Blocks, { localized: true }),
  },
});

export const navigationType = defineContentType({
  kind: 'singleType',
  singularName: 'navigation',
  pluralName: 'navigations',
  displayName: 'Navigation',
  description: 'Main and footer navigation of both sites',
  draftAndPublish: true,
  localized: true,
  fields: {
    digitalMain: f.component(navLink, { repeatable: true, localized: true, max: 8 }),
    digitalFooter: f.component(navLink, { repeatable: true, localized: true, max: 12 }),
    serviceMain: f.component(navLink, { repeatable: true, localized: true, max: 8 }),
    serviceFooter: f.component(navLink, { repeatable: true, localized: true, max: 12 }),
  },
});

export const pressContactType = defineContentType({
  kind: 'singleType',
  singularName: 'press-contact',
  pluralName: 'press-contacts',
  displayName: 'Press contact',
  description: 'ITD11: the one media contact',
  draftAndPublish: true,
  localized: true,
  fields: {
    unit: f.string({ max: 200, localized: true }),
    contact: f.component(contact, { repeatable: false }),
    note: optional(f.text({ max: 1000, localized: true })),
  },
});
