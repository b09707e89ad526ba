import { z } from 'zod';
import { Blocks, blocksToText } from '../blocks.js';
import { defineContentType } from '../define.js';
import { f, optional } from '../fields.js';
import type { Locale } from '../locales.js';
import { TaxonomyRef } from './taxonomies.js';

export const articleKinds = ['news', 'press-release', 'it-news'] as const;
export type ArticleKind = (typeof articleKinds)[number];

export const articleType = defineContentType({
  kind: 'collectionType',
  singularName: 'article',
  pluralName: 'articles',
  displayName: 'Article',
  description: 'News, press releases and IT-News for city staff',
  draftAndPublish: true,
  localized: true,
  fields: {
    title: f.string({ max: 200, localized: true }),
    slug: f.slug({ target: 'title' }),
    kind: f.enumeration(articleKinds, { default: 'news' }),
    date: f.date(),
    lead: f.text({ max: 600, localized: true }),
    body: optional(f.blocks(Blocks, { localized: true })),
    audiences: f.relation('audience', 'manyToMany', TaxonomyRef),
    topics: f.relation('topic', 'manyToMany', TaxonomyRef),
    projects: f.relation('project', 'manyToMany'),
    services: f.relation('service', 'manyToMany'),
  },
});

export type ArticleEntry = z.infer<typeof articleType.entry>;

/** The web app's view of an article: reshaped once, at the fetcher. */
export interface Article {
  id: string;
  locale: Locale;
  title: string;
  slug: string;
  kind: ArticleKind;
  date: string;
  lead: string;
  body: Blocks;
  updatedAt: string | null;
}

export function toArticle(e: ArticleEntry, locale: Locale): Article {
  return {
    id: e.documentId,
    locale,
    title: e.title,
    slug: e.slug,
    kind: e.kind,
    date: e.date,
    lead: e.lead,
    body: e.body ?? [],
    updatedAt: e.updatedAt ?? null,
  };
}

export function articleText(e: Pick<ArticleEntry, 'lead' | 'body'>): string {
  return [e.lead, blocksToText(e.body)].filter(Boolean).join('\n\n');
}
