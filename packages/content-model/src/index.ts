export * from './fields.js';
export * from './blocks.js';
export * from './components.js';
export * from './define.js';
export * from './locales.js';
export * from './types/taxonomies.js';
export * from './types/article.js';
export * from './types/project.js';
export * from './types/service.js';
export * from './types/event.js';
export * from './types/campaign.js';
export * from './types/pages.js';
export * from './types/search.js';
export * from './types/inbox.js';

import { articleType } from './types/article.js';
import { campaignType } from './types/campaign.js';
import { eventType } from './types/event.js';
import { navigationType, pageType, pressContactType } from './types/pages.js';
import { projectType } from './types/project.js';
import { searchStatType, searchVocabularyType } from './types/search.js';
import { inboxMessageType } from './types/inbox.js';
import { serviceType } from './types/service.js';
import { audienceType, lebenslageType, locationType, organisationType, topicType } from './types/taxonomies.js';

/** Every content type, by Strapi API name. The CMS generates its schema files from this. */
export const contentTypes = {
  article: articleType,
  project: projectType,
  service: serviceType,
  event: eventType,
  campaign: campaignType,
  topic: topicType,
  lebenslage: lebenslageType,
  audience: audienceType,
  organisation: organisationType,
  location: locationType,
  page: pageType,
  navigation: navigationType,
  'press-contact': pressContactType,
  'search-vocabulary': searchVocabularyType,
} as const;

/** The types with public pages and search entries. */
export const publicContentTypes = [articleType, projectType, serviceType, eventType, campaignType] as const;

/** Types the CMS stores but never publishes: no public permission, no search, no pages. */
export const internalContentTypes = {
  'inbox-message': inboxMessageType,
  'search-stat': searchStatType,
} as const;
