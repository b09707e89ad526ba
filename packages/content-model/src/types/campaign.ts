import { Blocks } from '../blocks.js';
import { Channels } from '../components.js';
import { defineContentType, endAfterStart } from '../define.js';
import { f, internal, optional } from '../fields.js';
import { TaxonomyRef } from './taxonomies.js';

export const planningStatuses = ['idea', 'approved', 'commissioned', 'running', 'completed'] as const;

export const campaignType = defineContentType({
  kind: 'collectionType',
  singularName: 'campaign',
  pluralName: 'campaigns',
  displayName: 'Campaign',
  draftAndPublish: true,
  localized: true,
  fields: {
    name: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'name' }),
    slogan: f.string({ max: 200, localized: true }),
    intro: optional(f.blocks(Blocks, { localized: true })),
    start: f.date(),
    end: f.date(),
    services: f.relation('service', 'manyToMany'),
    projects: f.relation('project', 'manyToMany'),
    audiences: f.relation('audience', 'manyToMany', TaxonomyRef),
    channels: optional(f.json(Channels)),
    // Internal planning: private in Strapi, so never in the public API or the search index.
    planningStatus: internal(f.enumeration(planningStatuses, { default: 'idea' })),
    plannedBudget: internal(f.decimal({ min: 0 })),
    approvedBudget: internal(f.decimal({ min: 0 })),
    provider: internal(f.string({ max: 200 })),
  },
  rules: [endAfterStart()],
});
