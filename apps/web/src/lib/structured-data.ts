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

/** The breadcrumb trail for search engines, the same one the page shows. */
export function breadcrumbLd(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

export function eventLd(e: { title: string; summary: string; start: string; end: string; venue: { name: string; street: string; postalCode: string; city: string } | null; onlineUrl: string | null; organiser: string; registrationUrl: string | null }, url: string, locale: string) {
  const place = e.venue
    ? { '@type': 'Place', name: e.venue.name, address: { '@type': 'PostalAddress', streetAddress: e.venue.street, postalCode: e.venue.postalCode, addressLocality: e.venue.city, addressCountry: 'DE' } }
    : null;
  const online = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    startDate: e.start,
    endDate: e.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: place && online ? 'https://schema.org/MixedEventAttendanceMode' : online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: [place, online].filter(Boolean),
    organizer: { '@type': 'Organization', name: e.organiser },
    ...(e.registrationUrl ? { offers: { '@type': 'Offer', url: e.registrationUrl, price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } } : {}),
    inLanguage: locale,
    url,
  };
}

/** The authority itself, on the home page. */
export function organizationLd(origin: string, contact: { email?: string | null; phone?: string | null } | null) {
  return {
    '@context': 'https://schema.org',
    ...publisher(origin),
    parentOrganization: { '@type': 'GovernmentOrganization', name: 'Freie und Hansestadt Hamburg', url: 'https://www.hamburg.de' },
    address: { '@type': 'PostalAddress', streetAddress: 'Rathausmarkt 1', postalCode: '20095', addressLocality: 'Hamburg', addressCountry: 'DE' },
    ...(contact ? { contactPoint: { '@type': 'ContactPoint', contactType: 'press', email: contact.email ?? undefined, telephone: contact.phone ?? undefined } } : {}),
  };
}

/** A service of the directory as schema.org GovernmentService, with its offices as channels. */
export function governmentServiceLd(
  s: { name: string; teaser: string | null; leikaKey: string; online: { url: string } | null; organisations: { name: string }[]; offices: { name: string; street: string; postalCode: string; city: string }[]; audience: string },
  url: string,
  locale: string,
) {
  const channels = [
    ...(s.online ? [{ '@type': 'ServiceChannel', name: 'Online', serviceUrl: s.online.url }] : []),
    ...s.offices.map((o) => ({
      '@type': 'ServiceChannel',
      name: o.name,
      serviceLocation: { '@type': 'GovernmentOffice', name: o.name, address: { '@type': 'PostalAddress', streetAddress: o.street, postalCode: o.postalCode, addressLocality: o.city, addressCountry: 'DE' } },
    })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.name,
    ...(s.teaser ? { description: s.teaser } : {}),
    identifier: { '@type': 'PropertyValue', propertyID: 'LeiKa', value: s.leikaKey },
    url,
    inLanguage: locale,
    areaServed: { '@type': 'City', name: 'Hamburg' },
    audience: { '@type': 'Audience', audienceType: s.audience },
    provider: s.organisations.length ? s.organisations.map((o) => ({ '@type': 'GovernmentOrganization', name: o.name })) : { '@type': 'GovernmentOrganization', name: 'Freie und Hansestadt Hamburg' },
    ...(channels.length ? { availableChannel: channels } : {}),
  };
}
