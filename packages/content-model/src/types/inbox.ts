import { z } from 'zod';
import { defineContentType } from '../define.js';
import { f, optional } from '../fields.js';
import { locales } from '../locales.js';

/**
 * What people send the city through the sites: questions and comments on a project (the
 * dialogue form) and reports of barriers (the accessibility feedback form, which BITV 2.0
 * requires on every page). Messages land in the CMS for ITD11 and are never published: the
 * type has no public permission and no draft/publish.
 */
export const inboxKinds = ['dialogue', 'accessibility'] as const;
export type InboxKind = (typeof inboxKinds)[number];

export const inboxMessageType = defineContentType({
  kind: 'collectionType',
  singularName: 'inbox-message',
  pluralName: 'inbox-messages',
  displayName: 'Inbox message',
  description: 'Dialogue questions and accessibility feedback from the sites, for ITD11; never published',
  draftAndPublish: false,
  localized: false,
  fields: {
    kind: f.enumeration(inboxKinds, { default: 'dialogue' }),
    subject: f.string({ max: 300 }),
    message: f.text({ max: 5000 }),
    name: optional(f.string({ max: 200 })),
    email: optional(f.email()),
    /** The page the person wrote from, so ITD11 sees the context. */
    pageUrl: optional(f.string({ max: 2000 })),
    /** A project the question is about (its slug), for dialogue messages. */
    project: optional(f.string({ max: 200 })),
    language: f.enumeration(locales, { default: 'de' }),
    state: f.enumeration(['new', 'in-progress', 'answered', 'closed'], { default: 'new' }),
  },
});

/**
 * What a form may send, checked by the web app before it forwards and again by the CMS before
 * it stores: the same rules on both sides. Messages are plain text.
 */
const text = (max: number) => z.string().trim().max(max, `höchstens ${max} Zeichen`);
export const inboxSubmission = z.object({
  kind: z.enum(inboxKinds),
  subject: text(300).min(3, 'mindestens 3 Zeichen'),
  message: text(5000).min(10, 'mindestens 10 Zeichen'),
  name: text(200).optional().transform((v) => v || undefined),
  email: z
    .union([z.literal(''), z.email('keine gültige E-Mail-Adresse').max(254)])
    .optional()
    .transform((v) => v || undefined),
  pageUrl: text(2000).optional().transform((v) => v || undefined),
  project: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(200)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  language: z.enum(locales),
});
export type InboxSubmission = z.infer<typeof inboxSubmission>;
