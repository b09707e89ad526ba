import { Blocks } from '../blocks.js';
import { venue } from '../components.js';
import { defineContentType, endAfterStart } from '../define.js';
import { f, optional } from '../fields.js';
import { TaxonomyRef } from './taxonomies.js';

export const eventType = defineContentType({
  kind: 'collectionType',
  singularName: 'event',
  pluralName: 'events',
  displayName: 'Event',
  draftAndPublish: true,
  localized: true,
  fields: {
    title: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'title' }),
    summary: f.text({ max: 600, localized: true }),
    description: optional(f.blocks(Blocks, { localized: true })),
    start: f.datetime(),
    end: f.datetime(),
    timeZone: f.enumeration(['Europe/Berlin'], { default: 'Europe/Berlin' }),
    venue: f.component(venue, { repeatable: false }),
    onlineUrl: optional(f.url()),
    organiser: f.string({ max: 200 }),
    participation: f.enumeration(['stand', 'talk', 'host', 'workshop', 'visit'], { default: 'talk' }),
    registrationUrl: optional(f.url()),
    audiences: f.relation('audience', 'manyToMany', TaxonomyRef),
    topics: f.relation('topic', 'manyToMany', TaxonomyRef),
  },
  rules: [endAfterStart('start', 'end', true)],
});
