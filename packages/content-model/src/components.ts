import { z } from 'zod';
import { defineComponent, f, optional } from './fields.js';

export const link = defineComponent({
  category: 'shared',
  name: 'link',
  displayName: 'Link',
  fields: { label: f.string({ max: 200 }), url: f.url() },
});

/** Internal paths are allowed in navigation; external ones must be https. */
export const navLink = defineComponent({
  category: 'shared',
  name: 'nav-link',
  displayName: 'Navigation link',
  fields: {
    label: f.string({ max: 120 }),
    href: f.string({ max: 500, pattern: /^(\/[^\s]*|https:\/\/[^\s]+)$/, patternMessage: 'ein Pfad wie /news oder eine https://-Adresse' }),
  },
});

export const contact = defineComponent({
  category: 'shared',
  name: 'contact',
  displayName: 'Contact',
  fields: {
    name: f.string({ max: 200 }),
    role: optional(f.string({ max: 200, localized: true })),
    email: optional(f.email()),
    phone: optional(f.string({ max: 60, pattern: /^[+0-9 ()/-]{5,}$/, patternMessage: 'eine Telefonnummer wie +49 40 42831-0' })),
  },
});

export const outcome = defineComponent({
  category: 'project',
  name: 'outcome',
  displayName: 'Outcome',
  fields: { value: f.string({ max: 40 }), label: f.string({ max: 200 }) },
});

export const award = defineComponent({
  category: 'project',
  name: 'award',
  displayName: 'Award',
  fields: {
    name: f.string({ max: 200 }),
    year: f.integer({ min: 1990, max: 2100 }),
    rank: optional(f.string({ max: 80 })),
    category: optional(f.string({ max: 200 })),
  },
});

export const partner = defineComponent({
  category: 'project',
  name: 'partner',
  displayName: 'Partner',
  fields: { name: f.string({ max: 200 }), url: optional(f.url()) },
});

export const venue = defineComponent({
  category: 'event',
  name: 'venue',
  displayName: 'Venue',
  fields: {
    name: f.string({ max: 200 }),
    street: f.string({ max: 200 }),
    postalCode: f.string({ max: 10, pattern: /^\d{5}$/, patternMessage: 'fünfstellige Postleitzahl' }),
    city: f.string({ max: 100 }),
  },
});

export const onlineService = defineComponent({
  category: 'service',
  name: 'online-service',
  displayName: 'Online service',
  fields: {
    url: f.url(),
    /** OZG maturity level 0 (information only) to 4 (end to end digital, once only). */
    maturity: f.integer({ min: 0, max: 4 }),
    login: f.enumeration(['servicekonto', 'none'], { default: 'servicekonto' }),
  },
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const openingHours = defineComponent({
  category: 'location',
  name: 'opening-hours',
  displayName: 'Opening hours',
  fields: {
    day: f.integer({ min: 1, max: 7 }),
    opens: f.string({ pattern: TIME, patternMessage: 'Uhrzeit HH:MM' }),
    closes: f.string({ pattern: TIME, patternMessage: 'Uhrzeit HH:MM' }),
  },
});

export const accessibility = defineComponent({
  category: 'location',
  name: 'accessibility',
  displayName: 'Accessibility of the building',
  fields: {
    stepFreeEntrance: f.boolean({ default: false }),
    accessibleToilet: f.boolean({ default: false }),
    lift: f.boolean({ default: false }),
    hearingLoop: f.boolean({ default: false }),
    notes: optional(f.text({ max: 1000, localized: true })),
  },
});

export const campaignChannels = ['web', 'social-media', 'outdoor', 'print', 'radio', 'events', 'newsletter', 'intranet'] as const;
export const Channels = z.array(z.enum(campaignChannels)).max(campaignChannels.length);
