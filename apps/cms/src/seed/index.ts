import type { Core } from '@strapi/strapi';
import type { Schema } from '@strapi/strapi';
import { articles } from './data/articles';

function paragraphs(...texts: string[]): Schema.Attribute.BlocksValue {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/**
 * Demo content for a new installation. Runs only on an empty database; it publishes directly
 * because it is the installation's starting state, not an editor's change.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<boolean> {
  const docs = strapi.documents('api::article.article');
  if ((await docs.count({})) > 0) return false;
  for (const a of articles) {
    const created = await docs.create({
      locale: 'de',
      status: 'published',
      data: { title: a.de.title, slug: a.de.slug, lead: a.de.lead, body: paragraphs(...a.de.body), kind: a.kind, date: a.date },
    });
    if (a.en) {
      await docs.update({
        documentId: created.documentId,
        locale: 'en',
        status: 'published',
        data: { title: a.en.title, slug: a.en.slug, lead: a.en.lead, body: paragraphs(...a.en.body), kind: a.kind, date: a.date },
      });
    }
  }
  strapi.log.info(`seeded ${articles.length} articles`);
  return true;
}
