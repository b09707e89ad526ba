/**
 * Each component's examples, as govuk-frontend does: the same examples render in the
 * accessibility tests (axe-core in Chromium) and document how a component is meant to be used.
 */
import { Pagination } from './Pagination.js';
import { SearchForm } from './SearchForm.js';
import { SiteFooter } from './SiteFooter.js';
import { SiteHeader } from './SiteHeader.js';
import { SkipLink } from './SkipLink.js';
import { Teaser, TeaserList } from './Teaser.js';

export interface Example {
  component: string;
  name: string;
  render: () => React.ReactElement;
}

export const examples: Example[] = [
  { component: 'SkipLink', name: 'default', render: () => <SkipLink>Zum Inhalt springen</SkipLink> },
  {
    component: 'SiteHeader',
    name: 'with navigation, language link and search',
    render: () => (
      <SiteHeader
        homeHref="/"
        siteName="Digitale Stadt Hamburg"
        tagline="Amt für IT und Digitalisierung"
        navLabel="Hauptnavigation"
        nav={[
          { href: '/projects', label: 'Projekte', current: true },
          { href: '/news', label: 'Aktuelles' },
        ]}
        languageLink={{ href: '/en', label: 'English', hrefLang: 'en', lang: 'en' }}
        search={<SearchForm action="/search" label="Suche" buttonLabel="Suchen" id="header-search" />}
      />
    ),
  },
  {
    component: 'SiteFooter',
    name: 'default',
    render: () => (
      <SiteFooter
        label="Service-Links"
        links={[
          { href: '/impressum', label: 'Impressum' },
          { href: '/barrierefreiheit', label: 'Barrierefreiheit' },
        ]}
        note="Freie und Hansestadt Hamburg"
      />
    ),
  },
  {
    component: 'SearchForm',
    name: 'large with visible label',
    render: () => <SearchForm action="/search" label="Was möchten Sie erledigen?" buttonLabel="Suchen" size="large" defaultValue="Personalausweis" />,
  },
  {
    component: 'Teaser',
    name: 'list of news',
    render: () => (
      <TeaserList label="Aktuelles">
        <Teaser href="/news/a" title="Wohngeld jetzt online beantragen" eyebrow="Pressemitteilung" date={{ iso: '2026-11-20', label: '20. November 2026' }}>
          <p>Vom Antrag bis zum Bescheid, ohne Papier.</p>
        </Teaser>
        <Teaser href="/news/b" title="Urbane Datenplattform" eyebrow="Nachricht" />
      </TeaserList>
    ),
  },
  {
    component: 'Pagination',
    name: 'middle page',
    render: () => (
      <Pagination
        page={4}
        pageCount={12}
        hrefFor={(n) => `/search?q=ausweis&page=${n}`}
        labels={{ nav: 'Seitennavigation', previous: 'Vorherige Seite', next: 'Nächste Seite', page: (n) => `Seite ${n}` }}
      />
    ),
  },
];
