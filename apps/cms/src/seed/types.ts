import type { ArticleKind } from '@dsh/content-model';

/**
 * Shapes of the demo content the seed writes. Texts per locale: German always, English for a
 * good share. Paragraph arrays become Strapi rich text (blocks).
 */

export type AudienceKey = 'citizens' | 'businesses' | 'media' | 'interest-groups' | 'politics' | 'experts' | 'staff';

export type TopicKey =
  | 'digital-administration'
  | 'smart-city'
  | 'open-data'
  | 'education'
  | 'mobility'
  | 'health-social'
  | 'economy'
  | 'climate-environment'
  | 'security-it'
  | 'culture-of-change'
  | 'participation'
  | 'ai';

/** Organisations the seed knows (see data/organisations.ts). */
export type OrganisationKey =
  | 'itd'
  | 'senatskanzlei'
  | 'finanzbehoerde'
  | 'bezirksamt-mitte'
  | 'bezirksamt-altona'
  | 'bezirksamt-eimsbuettel'
  | 'bezirksamt-nord'
  | 'bezirksamt-wandsbek'
  | 'bezirksamt-bergedorf'
  | 'bezirksamt-harburg'
  | 'lgv'
  | 'dataport'
  | 'bsb'
  | 'bwi'
  | 'sozialbehoerde'
  | 'innenbehoerde'
  | 'bsw'
  | 'bukea'
  | 'hamburg-service'
  | 'familienkasse'
  | 'steuerverwaltung';

export interface SeedArticleText {
  title: string;
  slug: string;
  lead: string;
  body: string[];
}

export interface SeedArticle {
  kind: ArticleKind;
  /** ISO date, YYYY-MM-DD */
  date: string;
  audiences?: AudienceKey[];
  topics?: TopicKey[];
  /** German slugs of related projects */
  projects?: string[];
  /** LeiKa keys of related services */
  services?: string[];
  de: SeedArticleText;
  en?: SeedArticleText;
}

export interface SeedProjectText {
  title: string;
  slug: string;
  summary: string;
  story: string[];
  /** What changed, in figures: value is shown large, label explains it. */
  outcomes?: { value: string; label: string }[];
}

export interface SeedProject {
  status: 'idea' | 'planning' | 'implementation' | 'live' | 'completed';
  start: string;
  end?: string;
  topics: TopicKey[];
  audiences: AudienceKey[];
  lead: OrganisationKey;
  partners: string[];
  awards?: { name: string; year: number; rank?: string; category?: string }[];
  /** LeiKa keys of the online services the project delivered */
  services?: string[];
  contact: { name: string; role: string; email: string; phone?: string };
  de: SeedProjectText;
  en?: SeedProjectText;
}

export interface SeedEventText {
  title: string;
  slug: string;
  summary: string;
  description: string[];
}

export interface SeedEvent {
  /** ISO date-time with offset, e.g. 2027-02-10T09:30:00+01:00 */
  start: string;
  end: string;
  timeZone: 'Europe/Berlin';
  venue?: { name: string; street: string; postalCode: string; city: string };
  onlineUrl?: string;
  organiser: string;
  participation: 'stand' | 'talk' | 'host' | 'workshop' | 'visit';
  registrationUrl?: string;
  audiences: AudienceKey[];
  topics: TopicKey[];
  de: SeedEventText;
  en?: SeedEventText;
}

export interface SeedCampaignText {
  name: string;
  slug: string;
  slogan: string;
  intro: string[];
}

export interface SeedCampaign {
  start: string;
  end: string;
  audiences: AudienceKey[];
  channels: ('web' | 'social-media' | 'outdoor' | 'print' | 'radio' | 'events' | 'newsletter' | 'intranet')[];
  /** LeiKa keys of the online services the campaign promotes */
  services: string[];
  /** German slugs of featured projects */
  projects: string[];
  /** Internal planning: never public. Budgets in euros. */
  planning: {
    status: 'idea' | 'approved' | 'commissioned' | 'running' | 'completed';
    plannedBudget: number;
    approvedBudget?: number;
    provider?: string;
  };
  de: SeedCampaignText;
  en?: SeedCampaignText;
}

export interface SeedServiceText {
  name: string;
  slug: string;
  teaser: string;
  description: string[];
  prerequisites: string[];
  documents: string[];
  fees: string;
  deadlines?: string;
  processingTime?: string;
  /** How citizens search for it: colloquial terms, abbreviations, misspellings are fine. */
  keywords: string[];
}

export interface SeedService {
  /** 14-digit LeiKa key */
  leikaKey: string;
  /** 5-digit OZG-ID */
  ozgId?: string;
  audiences: ('citizens' | 'businesses')[];
  legalBasis: string[];
  forms?: { title: string; url: string }[];
  onlineService?: { url: string; maturity: 0 | 1 | 2 | 3 | 4; login: 'servicekonto' | 'none' };
  appointmentUrl?: string;
  organisations: OrganisationKey[];
  /** Location keys (see data/locations.ts) */
  locations: string[];
  /** ISO date of the last expert review */
  lastReviewed: string;
  de: SeedServiceText;
  en?: SeedServiceText;
}

export interface SeedOrganisation {
  kind: 'behoerde' | 'amt' | 'bezirksamt' | 'landesbetrieb' | 'other';
  website?: string;
  de: { name: string; slug: string; description: string };
  en?: { name: string; slug: string; description: string };
}

export interface SeedOpeningHours {
  /** 1 = Monday … 7 = Sunday */
  day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** HH:MM, 24 h */
  opens: string;
  closes: string;
}

export interface SeedLocation {
  organisation: OrganisationKey;
  street: string;
  postalCode: string;
  city: 'Hamburg';
  district: string;
  geo: { lat: number; lng: number };
  openingHours: SeedOpeningHours[];
  appointmentUrl?: string;
  phone?: string;
  email?: string;
  accessibility: {
    stepFreeEntrance: boolean;
    accessibleToilet: boolean;
    lift: boolean;
    hearingLoop: boolean;
    /** Free text on anything else visitors should know */
    notes?: { de: string; en?: string };
  };
  de: { name: string; slug: string };
  en?: { name: string; slug: string };
}

export interface SeedPageText {
  title: string;
  slug: string;
  lead?: string;
  body: string[];
}

export interface SeedPage {
  site: 'digital' | 'service' | 'both';
  kind: 'imprint' | 'privacy' | 'accessibility' | 'easy-language' | 'sign-language' | 'about' | 'careers' | 'other';
  de: SeedPageText;
  en?: SeedPageText;
}

export interface SeedNavLink {
  label: string;
  href: string;
}

export interface SeedNavigation {
  digitalMain: SeedNavLink[];
  digitalFooter: SeedNavLink[];
  serviceMain: SeedNavLink[];
  serviceFooter: SeedNavLink[];
}
