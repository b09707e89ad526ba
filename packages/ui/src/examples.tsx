/**
 * Each component's examples, as govuk-frontend does: the same examples render in the
 * accessibility tests (axe-core in Chromium) and document how a component is meant to be used.
 */
import { Breadcrumbs } from './Breadcrumbs.js';
import { ButtonLink } from './ButtonLink.js';
import { ContactCard } from './ContactCard.js';
import { Facts } from './Facts.js';
import { FilterForm } from './FilterForm.js';
import { FormField } from './FormField.js';
import { Hero } from './Hero.js';
import { LetterNav } from './LetterNav.js';
import { ServiceCard } from './ServiceCard.js';
import { Notice } from './Notice.js';
import { Pagination } from './Pagination.js';
import { Timeline } from './Timeline.js';
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
  {
    component: 'Breadcrumbs',
    name: 'three levels',
    render: () => <Breadcrumbs label="Sie sind hier" items={[{ href: '/', label: 'Startseite' }, { href: '/projects', label: 'Projekte' }, { label: 'Urbane Datenplattform' }]} />,
  },
  {
    component: 'FilterForm',
    name: 'two filters, one set',
    render: () => (
      <FilterForm
        action="/projects"
        legend="Projekte filtern"
        submitLabel="Filter anwenden"
        reset={{ href: '/projects', label: 'Alle Filter entfernen' }}
        fields={[
          { name: 'topic', label: 'Thema', anyLabel: 'Alle Themen', value: 'offene-daten', options: [{ value: 'offene-daten', label: 'Offene Daten' }, { value: 'bildung', label: 'Bildung' }] },
          { name: 'status', label: 'Status', anyLabel: 'Jeder Status', options: [{ value: 'live', label: 'Im Betrieb' }] },
        ]}
      />
    ),
  },
  { component: 'Notice', name: 'error after sending', render: () => <Notice tone="error" title="Bitte korrigieren Sie" live>Die Nachricht ist zu kurz.</Notice> },
  { component: 'Notice', name: 'success', render: () => <Notice tone="success" title="Danke">Ihre Nachricht ist angekommen.</Notice> },
  {
    component: 'Facts',
    name: 'project facts',
    render: () => <Facts items={[{ term: 'Status', value: 'Im Betrieb' }, { term: 'Start', value: <time dateTime="2018-03-01">März 2018</time> }]} />,
  },
  {
    component: 'ContactCard',
    name: 'press contact',
    render: () => <ContactCard heading="Pressekontakt" name="ITD11 Kommunikation" role="Pressestelle" email="presse@example.org" phone="+49 40 42831-0" labels={{ email: 'E-Mail', phone: 'Telefon' }} />,
  },
  {
    component: 'Hero',
    name: 'campaign with action',
    render: () => <Hero eyebrow="Kampagne" title="Hamburg macht’s digital" text="Ihre Anträge gehen jetzt online." action={{ href: '/campaigns/a', label: 'Zur Kampagne' }} />,
  },
  {
    component: 'ButtonLink',
    name: 'primary and download',
    render: () => (
      <p className="flex gap-4">
        <ButtonLink href="https://example.org/online" external>Online erledigen</ButtonLink>
        <ButtonLink href="/events/a.ics" variant="secondary" download>In den Kalender</ButtonLink>
      </p>
    ),
  },
  {
    component: 'FormField',
    name: 'text, e-mail with error, textarea',
    render: () => (
      <form>
        <FormField name="subject" label="Betreff" required hint="Worum geht es?" />
        <FormField name="email" label="E-Mail" type="email" optionalLabel="(freiwillig)" error="Bitte geben Sie eine gültige E-Mail-Adresse an." defaultValue="nicht-gueltig" />
        <FormField name="message" label="Nachricht" type="textarea" required />
      </form>
    ),
  },
  {
    component: 'Timeline',
    name: 'project milestones',
    render: () => (
      <Timeline
        label="Zeitleiste"
        items={[
          { date: { iso: '2018-03-01', label: 'März 2018' }, title: 'Projektstart' },
          { date: { iso: '2021-06-10', label: '10. Juni 2021' }, title: 'Erste Daten online', href: '/news/a' },
        ]}
      />
    ),
  },
  {
    component: 'LetterNav',
    name: 'A to Z with a current letter',
    render: () => <LetterNav label="Leistungen von A bis Z" letters={['A', 'B', 'C', 'W']} current="B" hrefFor={(l) => `/services?letter=${l}`} all={{ href: '/services', label: 'Alle' }} />,
  },
  {
    component: 'ServiceCard',
    name: 'online and offline',
    render: () => (
      <div>
        <ServiceCard href="/services/wohnsitz-anmelden" name="Wohnsitz anmelden oder ummelden" teaser="Nach einem Umzug melden Sie sich innerhalb von zwei Wochen an." onlineLabel="Online möglich" />
        <ServiceCard href="/services/personalausweis-beantragen" name="Personalausweis beantragen" teaser="Persönlich im Kundenzentrum." />
      </div>
    ),
  },
];
