import type { SeedArticle } from '../types';

export const articles: SeedArticle[] = [
  {
    kind: 'press-release',
    date: '2026-11-20',
    de: {
      title: 'Wohngeld jetzt vollständig online beantragen',
      slug: 'wohngeld-online-beantragen',
      lead: 'Hamburgerinnen und Hamburger können Wohngeld ab sofort vollständig digital beantragen – vom Antrag bis zum Bescheid, ohne Papier und ohne Termin.',
      body: [
        'Der neue Online-Antrag führt Schritt für Schritt durch alle Angaben und prüft sie schon während des Ausfüllens. Nachweise wie Mietvertrag und Einkommensbelege lassen sich als Foto oder PDF hochladen.',
        'Für die Anmeldung genügt das Servicekonto Hamburg oder die BundID. Den Bescheid erhalten Antragstellende auf Wunsch digital in ihr Postfach.',
        'Die Wohngeldstellen der Bezirksämter bleiben für alle erreichbar, die lieber persönlich beraten werden möchten.',
      ],
    },
    en: {
      title: 'Housing benefit can now be applied for entirely online',
      slug: 'housing-benefit-online',
      lead: 'People in Hamburg can now apply for housing benefit fully digitally – from the application to the decision, with no paper and no appointment.',
      body: [
        'The new online application guides applicants step by step and checks entries as they are made. Documents such as the tenancy agreement and proof of income can be uploaded as a photo or PDF.',
        'Logging in with the Hamburg service account or BundID is all it takes. Decisions can be delivered digitally to the applicant’s mailbox.',
        'The housing benefit offices of the district administrations remain open to everyone who prefers personal advice.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-11-12',
    de: {
      title: 'Digitale Verwaltung: Hamburg beim eGovernment-Wettbewerb ausgezeichnet',
      slug: 'egovernment-wettbewerb-auszeichnung',
      lead: 'Die digitale Elterngeld-Beantragung „Kinderleicht zum Kindergeld“ hat beim eGovernment-Wettbewerb den ersten Platz in der Kategorie Bürgerservices belegt.',
      body: [
        'Die Jury lobte die konsequente Ausrichtung auf die Bedürfnisse junger Familien: Geburtsurkunde, Kindergeld und Elterngeld werden mit einem einzigen Antrag angestoßen.',
        'Entwickelt wurde das Angebot gemeinsam von Amt für IT und Digitalisierung, Bezirksämtern und Standesämtern – mit Eltern, die jeden Entwurf getestet haben.',
      ],
    },
    en: {
      title: 'Digital administration: Hamburg wins at the eGovernment competition',
      slug: 'egovernment-competition-award',
      lead: 'The digital parental benefit application "Kinderleicht zum Kindergeld" won first place in the citizen services category of the eGovernment competition.',
      body: [
        'The jury praised its consistent focus on the needs of young families: birth certificate, child benefit and parental allowance are started with a single application.',
        'The service was developed by the Office for IT and Digitalisation together with district offices and registry offices – with parents who tested every draft.',
      ],
    },
  },
  {
    kind: 'it-news',
    date: '2026-11-05',
    de: {
      title: 'IT-News: Neue Videokonferenzlösung für alle Behörden',
      slug: 'it-news-videokonferenz',
      lead: 'Ab Dezember steht allen Beschäftigten der Stadt eine selbst betriebene, datenschutzkonforme Videokonferenzlösung zur Verfügung.',
      body: [
        'Die Lösung läuft in den Rechenzentren von Dataport und erfüllt die Vorgaben des BSI-Grundschutzes. Termine lassen sich direkt aus dem Kalender anlegen.',
        'Schulungen finden ab dem 1. Dezember im Lernportal der Stadt statt; Fragen beantwortet der IT-Service-Desk.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-10-28',
    de: {
      title: 'Urbane Datenplattform öffnet neue Schnittstellen für Verkehrsdaten',
      slug: 'urbane-datenplattform-verkehrsdaten',
      lead: 'Echtzeitdaten zu Baustellen, Parkhäusern und Ladesäulen stehen ab sofort offen und maschinenlesbar im Transparenzportal bereit.',
      body: [
        'Die Urbane Datenplattform Hamburg bündelt Daten aus Verwaltung, Verkehr und Umwelt. Mit den neuen Schnittstellen können Start-ups, Forschung und Verwaltung eigene Anwendungen entwickeln.',
        'Alle Daten stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0.',
      ],
    },
    en: {
      title: 'Urban data platform opens new interfaces for traffic data',
      slug: 'urban-data-platform-traffic-data',
      lead: 'Real-time data on roadworks, car parks and charging points is now openly available in machine-readable form in the transparency portal.',
      body: [
        'Hamburg’s urban data platform brings together data from administration, traffic and environment. The new interfaces allow start-ups, researchers and public bodies to build their own applications.',
        'All data is published under the Data Licence Germany – Attribution – Version 2.0.',
      ],
    },
  },
];
