import type { SeedCampaign } from '../types';

/**
 * Communication campaigns of ITD11. The planning block is internal (budgets in euros, agency);
 * a campaign still in the idea phase has no approved budget and no provider until ITD11 approves it.
 */
export const campaigns: SeedCampaign[] = [
  {
    start: '2026-09-14',
    end: '2027-02-28',
    audiences: ['citizens', 'businesses'],
    channels: ['web', 'social-media', 'outdoor', 'radio', 'print'],
    services: ['99023001000000', '99023002000000', '99012008000000', '99041006000000'],
    projects: ['ozg-umsetzung-hamburg-service', 'digitale-baugenehmigung', 'kinderleicht-zum-kindergeld'],
    planning: { status: 'running', plannedBudget: 480000, approvedBudget: 450000, provider: 'Fleetwerk Kommunikation GmbH' },
    de: {
      name: 'Hamburg macht’s digital – Anträge online',
      slug: 'hamburg-machts-digital-antraege-online',
      slogan: 'Vom Sofa statt vom Wartezimmer: Ihre Anträge gehen jetzt online.',
      intro: [
        'Führerschein, Elterngeld, Bauantrag: Viele Anliegen, für die früher ein Termin im Amt nötig war, erledigen Hamburgerinnen und Hamburger heute online – rund um die Uhr und mit einer einzigen Anmeldung über das Servicekonto Hamburg oder die BundID.',
        'Die Kampagne zeigt an Beispielen aus dem Alltag, wie einfach das geht: auf Plakaten in U- und S-Bahn-Stationen, im Radio, in sozialen Medien und mit Schritt-für-Schritt-Videos auf hamburg.de.',
        'Wer Unterstützung braucht, bekommt sie weiterhin persönlich: in den Kundenzentren und bei der Telefonhotline 115.',
      ],
    },
    en: {
      name: 'Hamburg goes digital – applications online',
      slug: 'hamburg-goes-digital-applications-online',
      slogan: 'From your sofa, not the waiting room: your applications now go online.',
      intro: [
        'Driving licence, parental allowance, building application: many matters that used to need an appointment at the office can now be handled online – around the clock and with a single login via the Hamburg service account or BundID.',
        'The campaign uses everyday examples to show how easy it is: on posters at underground and suburban rail stations, on the radio, on social media and with step-by-step videos on hamburg.de.',
        'Anyone who needs help still gets it in person: at the customer centres and via the 115 telephone hotline.',
      ],
    },
  },
  {
    start: '2027-04-01',
    end: '2027-10-31',
    audiences: ['citizens', 'staff', 'businesses'],
    channels: ['web', 'social-media', 'intranet', 'newsletter', 'events'],
    services: ['99023001000000', '99041006000000'],
    projects: ['souveraener-arbeitsplatz-open-source', 'ki-assistent-llmoin', 'ozg-umsetzung-hamburg-service'],
    planning: { status: 'idea', plannedBudget: 120000 },
    de: {
      name: 'Digital mit Sicherheit',
      slug: 'digital-mit-sicherheit',
      slogan: 'Erst prüfen, dann klicken: So bleiben Ihre Daten bei Ihnen.',
      intro: [
        'Gefälschte Mails im Namen von Behörden, nachgemachte Antragsseiten, Anrufe von angeblichen IT-Mitarbeitenden: Betrügerinnen und Betrüger nutzen aus, dass immer mehr Verwaltungsleistungen online laufen.',
        'Die Kampagne erklärt, woran man echte Online-Dienste der Stadt erkennt – etwa an der Anmeldung über Servicekonto Hamburg oder BundID und an Adressen unter hamburg.de – und was zu tun ist, wenn man doch auf einen Betrug hereingefallen ist.',
        'Für die Beschäftigten der Stadt gibt es parallel kurze Lerneinheiten, Phishing-Übungen und Aktionstage in den Behörden, begleitet von Beiträgen im Intranet.',
      ],
    },
    en: {
      name: 'Digital and secure',
      slug: 'digital-and-secure',
      slogan: 'Check first, then click: keep your data yours.',
      intro: [
        'Fake e-mails in the name of public authorities, copied application pages, calls from supposed IT staff: fraudsters exploit the fact that more and more administrative services are online.',
        'The campaign explains how to recognise the city’s genuine online services – for example by the login via the Hamburg service account or BundID and by addresses under hamburg.de – and what to do if you have fallen for a scam.',
        'In parallel, city staff get short learning units, phishing exercises and action days in the authorities, accompanied by intranet articles.',
      ],
    },
  },
  {
    start: '2026-03-02',
    end: '2026-06-30',
    audiences: ['citizens'],
    channels: ['web', 'social-media', 'print', 'outdoor'],
    services: ['99041006000000'],
    projects: ['kinderleicht-zum-kindergeld'],
    planning: { status: 'completed', plannedBudget: 180000, approvedBudget: 165000, provider: 'Elbkomm Agentur für öffentliche Kommunikation GmbH' },
    de: {
      name: 'Einfach online: Familienleistungen',
      slug: 'einfach-online-familienleistungen',
      slogan: 'Ein Antrag nach der Geburt – und mehr Zeit fürs Baby.',
      intro: [
        'Geburtsurkunde, Kindergeld und Elterngeld mit einem einzigen Online-Antrag: Die Kampagne hat werdende und junge Eltern auf „Kinderleicht zum Kindergeld“ aufmerksam gemacht.',
        'Informationskarten lagen in Geburtskliniken, Hebammenpraxen und Kinderarztpraxen aus; dazu kamen Plakate in Bussen und Bahnen sowie Beiträge in sozialen Medien mit Erfahrungsberichten Hamburger Eltern.',
        'Während der Kampagne stieg der Anteil der online gestellten Elterngeldanträge von 52 auf 64 Prozent.',
      ],
    },
  },
];
