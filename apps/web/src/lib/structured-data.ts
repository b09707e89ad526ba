import type { Article, Locale } from '@dsh/content-model';
import type { Project } from './projects';

/** The publisher of everything on Digitale Stadt Hamburg. */
export const publisher = (origin: string) => ({
  '@type': 'GovernmentOrganization',
  name: 'Freie und Hansestadt Hamburg – Amt für IT und Digitalisierung',
  url: origin,
});

export function newsArticleLd(a: Article, url: string, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.lead,
    datePublished: a.date,
    ...(a.updatedAt ? { dateModified: a.updatedAt } : {}),
    inLanguage: a.locale,
    mainEntityOfPage: url,
    url,
    publisher: publisher(origin),
    author: publisher(origin),
  };
}

/** A project as schema.org has no "Project" for public bodies: a CreativeWork about it. */
export function projectLd(p: Project, url: string, origin: string, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: p.title,
    abstract: p.summary,
    dateCreated: p.start,
    ...(p.end ? { expires: p.end } : {}),
    creativeWorkStatus: p.phase,
    inLanguage: locale,
    url,
    publisher: publisher(origin),
  };
}
