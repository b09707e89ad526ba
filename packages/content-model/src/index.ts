export * from './fields.js';
export * from './blocks.js';
export * from './define.js';
export * from './locales.js';
export * from './types/article.js';

import { articleType } from './types/article.js';

/** Every content type, by Strapi API name. The CMS generates its schema files from this. */
export const contentTypes = { article: articleType } as const;
