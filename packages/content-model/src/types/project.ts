import { award, contact, outcome, partner } from '../components.js';
import { Blocks } from '../blocks.js';
import { defineContentType, endAfterStart } from '../define.js';
import { f, optional } from '../fields.js';
import { TaxonomyRef } from './taxonomies.js';

export const projectStatuses = ['idea', 'planning', 'implementation', 'live', 'completed'] as const;

export const projectType = defineContentType({
  kind: 'collectionType',
  singularName: 'project',
  pluralName: 'projects',
  displayName: 'Project',
  description: 'A digitalisation project of the city',
  draftAndPublish: true,
  localized: true,
  fields: {
    title: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'title' }),
    summary: f.text({ max: 600, localized: true }),
    story: optional(f.blocks(Blocks, { localized: true })),
    // Not `status`: Strapi reserves that name for draft/published.
    phase: f.enumeration(projectStatuses, { default: 'planning' }),
    start: f.date(),
    end: optional(f.date()),
    topics: f.relation('topic', 'manyToMany', TaxonomyRef),
    audiences: f.relation('audience', 'manyToMany', TaxonomyRef),
    leadOrganisation: f.relation('organisation', 'manyToOne', TaxonomyRef),
    partners: f.component(partner, { repeatable: true }),
    outcomes: f.component(outcome, { repeatable: true, localized: true }),
    awards: f.component(award, { repeatable: true }),
    services: f.relation('service', 'manyToMany'),
    contact: f.component(contact, { repeatable: false }),
  },
  rules: [endAfterStart()],
});
