import type { ArticleKind } from '@dsh/content-model';

/** One locale's texts; body paragraphs become Strapi blocks. */
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
  de: SeedArticleText;
  en?: SeedArticleText;
}
