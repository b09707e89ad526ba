import type { SeedNavigation, SeedPage } from '../types';

export const pages: SeedPage[] = [
  {
    site: 'both',
    kind: 'imprint',
    de: {
      title: 'Impressum',
      slug: 'impressum',
      body: [
        'Herausgeberin: Freie und Hansestadt Hamburg, Senatskanzlei – Amt für IT und Digitalisierung (ITD), Rathausmarkt 1, 20095 Hamburg.',
        'Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag: die Leitung der Abteilung Kommunikation (ITD11), Anschrift wie oben.',
        'Die Freie und Hansestadt Hamburg ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den Senat.',
        'Dies ist eine Demonstrationsinstallation des Portals; Anschriften und Ansprechpersonen sind Beispieldaten.',
      ],
    },
    en: {
      title: 'Imprint',
      slug: 'imprint',
      body: [
        'Publisher: Free and Hanseatic City of Hamburg, Senate Chancellery – Office for IT and Digitalisation (ITD), Rathausmarkt 1, 20095 Hamburg.',
        'Responsible for the content under section 18 (2) of the German Interstate Media Treaty: the head of the communications unit (ITD11), address as above.',
        'This is a demonstration installation of the portal; addresses and contacts are sample data.',
      ],
    },
  },
  {
    site: 'both',
    kind: 'privacy',
    de: {
      title: 'Datenschutzerklärung',
      slug: 'datenschutz',
      body: [
        'Wir verarbeiten beim Besuch dieser Website nur die Daten, die für die Auslieferung der Seiten technisch nötig sind: IP-Adresse, Zeitpunkt, aufgerufene Adresse und Browserkennung. Diese Protokolle werden nach sieben Tagen gelöscht.',
        'Wir setzen keine Cookies zu Analyse- oder Werbezwecken und binden keine Inhalte Dritter ein, die Ihr Verhalten verfolgen. Karten verlinken wir, statt sie einzubetten.',
        'Wenn Sie uns über das Dialog- oder das Barriere-Feedback-Formular schreiben, verarbeiten wir Ihre Angaben nur, um Ihr Anliegen zu beantworten (Art. 6 Abs. 1 lit. e DSGVO). Sie werden nicht veröffentlicht.',
        'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht beim Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit.',
      ],
    },
    en: {
      title: 'Privacy statement',
      slug: 'privacy',
      body: [
        'When you visit this website we process only the data technically needed to deliver its pages: IP address, time, requested address and browser identification. These logs are deleted after seven days.',
        'We use no cookies for analytics or advertising and embed no third-party content that tracks you. Maps are linked, not embedded.',
        'If you write to us through the dialogue or accessibility feedback form, we process your details only to answer you (Art. 6(1)(e) GDPR). They are never published.',
        'You have the right of access, rectification, erasure and restriction of processing, and the right to lodge a complaint with the Hamburg Commissioner for Data Protection and Freedom of Information.',
      ],
    },
  },
  {
    site: 'both',
    kind: 'accessibility',
    de: {
      title: 'Erklärung zur Barrierefreiheit',
      slug: 'barrierefreiheit',
      lead: 'Die Freie und Hansestadt Hamburg ist bemüht, ihre Websites im Einklang mit dem Hamburgischen Behindertengleichstellungsgesetz und der BITV 2.0 barrierefrei zugänglich zu machen.',
      body: [
        'Diese Erklärung gilt für die Websites „Digitale Stadt Hamburg“ und „hamburg.de Serviceverzeichnis“. Grundlage ist eine Selbstbewertung nach den Anforderungen der WCAG 2.1 auf Stufe AA, geprüft mit automatischen Tests bei jeder Änderung und mit manuellen Prüfungen.',
        'Stand der Vereinbarkeit: Die Websites sind weitgehend mit der BITV 2.0 vereinbar. Einzelne PDF-Dokumente aus dem Pressebereich sind noch nicht vollständig barrierefrei; wir stellen sie auf Anfrage in einer zugänglichen Form bereit.',
        'Feedback und Kontakt: Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Nutzen Sie das Feedback-Formular, das auf jeder Seite verlinkt ist, oder schreiben Sie an barrierefreiheit@example.org. Wir antworten innerhalb von zwei Wochen.',
        'Durchsetzungsverfahren: Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik der Freien und Hansestadt Hamburg wenden. Sie vermittelt kostenlos zwischen Ihnen und der Behörde.',
      ],
    },
    en: {
      title: 'Accessibility statement',
      slug: 'accessibility',
      lead: 'The Free and Hanseatic City of Hamburg is committed to making its websites accessible in accordance with the Hamburg Disability Equality Act and the BITV 2.0.',
      body: [
        'This statement applies to the websites “Digitale Stadt Hamburg” and “hamburg.de service directory”. It is based on a self-assessment against WCAG 2.1 level AA, checked by automated tests on every change and by manual reviews.',
        'Compliance status: the websites are largely compliant with the BITV 2.0. Some PDF documents in the press area are not yet fully accessible; we provide them in an accessible form on request.',
        'Feedback and contact: have you found a barrier? Use the feedback form linked from every page or write to barrierefreiheit@example.org. We answer within two weeks.',
        'Enforcement procedure: if you do not receive a satisfactory answer, you can contact the ombudsperson for accessible information technology of the Free and Hanseatic City of Hamburg, who mediates free of charge.',
      ],
    },
  },
  {
    site: 'both',
    kind: 'easy-language',
    de: {
      title: 'Leichte Sprache',
      slug: 'leichte-sprache',
      body: [
        'Hier erklären wir diese Internet-Seite in Leichter Sprache.',
        'Die Stadt Hamburg macht viele Dinge digital. Digital heißt: mit dem Computer oder mit dem Handy.',
        'Sie können zum Beispiel einen Antrag im Internet stellen. Dann müssen Sie nicht zum Amt gehen.',
        'Auf dieser Seite finden Sie: Nachrichten über die digitale Stadt. Termine. Und alle Leistungen vom Amt.',
        'Sie suchen eine Leistung? Schreiben Sie ein Wort in das Such-Feld. Zum Beispiel: Ausweis.',
        'Sie haben eine Frage? Dann schreiben Sie uns. Oder rufen Sie uns an.',
      ],
    },
  },
  {
    site: 'both',
    kind: 'sign-language',
    de: {
      title: 'Gebärdensprache',
      slug: 'gebaerdensprache',
      body: [
        'Auf dieser Seite stellen wir die Website in Deutscher Gebärdensprache (DGS) vor: was Sie hier finden, wie die Suche funktioniert und wie Sie uns erreichen.',
        'Die Videos werden mit Untertiteln angeboten. Sie können uns auch per E-Mail oder über das Kontaktformular schreiben; gehörlose Menschen können einen Gebärdensprach-Videodienst nutzen.',
      ],
    },
  },
  {
    site: 'digital',
    kind: 'about',
    de: {
      title: 'Über das Amt für IT und Digitalisierung',
      slug: 'ueber-uns',
      lead: 'Das Amt für IT und Digitalisierung (ITD) in der Senatskanzlei steuert die Digitalisierung der Hamburger Verwaltung und der Stadt.',
      body: [
        'Die Digitalstrategie für Hamburg betrachtet die ganze Stadt: Verwaltung, Wirtschaft, Wissenschaft und Zivilgesellschaft. Sie schafft Raum für Innovation, fördert einen Kulturwandel, entwickelt Perspektiven für die Zukunft und stellt den Menschen in den Mittelpunkt.',
        'Der Chief Digital Officer (CDO) der Stadt leitet das Amt. Mit den Behörden, den Bezirksämtern und Dataport setzt das ITD Projekte um – vom digitalen Antrag bis zur Urbanen Datenplattform.',
      ],
    },
    en: {
      title: 'About the Office for IT and Digitalisation',
      slug: 'about',
      lead: 'The Office for IT and Digitalisation (ITD) in the Senate Chancellery steers the digitalisation of Hamburg’s administration and of the city.',
      body: [
        'Hamburg’s digital strategy looks at the whole city: administration, business, research and civil society. It makes room for innovation, furthers a change of culture, develops perspectives for the future and puts people at the centre.',
        'The city’s Chief Digital Officer (CDO) heads the office. Together with the authorities, the district offices and Dataport, ITD delivers projects – from the digital application to the urban data platform.',
      ],
    },
  },
  {
    site: 'digital',
    kind: 'careers',
    de: {
      title: 'Arbeiten im ITD',
      slug: 'karriere',
      lead: 'Die Stadt als moderne Arbeitgeberin: Gestalten Sie die digitale Verwaltung einer Metropole mit.',
      body: [
        'Im ITD arbeiten Produktmanagerinnen, Entwickler, Designerinnen, Datenfachleute und Verwaltungsprofis in interdisziplinären Teams. Wir arbeiten agil, nutzerzentriert und mit offenen Standards.',
        'Wir bieten flexible Arbeitszeiten, mobiles Arbeiten, Weiterbildung, ein Deutschlandticket als Jobticket und die Sicherheit des öffentlichen Dienstes. Offene Stellen finden Sie im Karriereportal der Stadt.',
      ],
    },
    en: {
      title: 'Working at ITD',
      slug: 'careers',
      lead: 'The city as a modern employer: help shape the digital administration of a metropolis.',
      body: [
        'At ITD, product managers, developers, designers, data specialists and public administration experts work in interdisciplinary teams – agile, user-centred and with open standards.',
        'We offer flexible hours, remote work, training, a Deutschlandticket as job ticket and the security of the public service. Vacancies are listed in the city’s careers portal.',
      ],
    },
  },
];

export const navigation: { de: SeedNavigation; en: SeedNavigation } = {
  de: {
    digitalMain: [
      { label: 'Projekte', href: '/projects' },
      { label: 'Aktuelles', href: '/news' },
      { label: 'Termine', href: '/events' },
      { label: 'Presse', href: '/press' },
      { label: 'Über uns', href: '/pages/ueber-uns' },
    ],
    digitalFooter: [
      { label: 'Impressum', href: '/pages/impressum' },
      { label: 'Datenschutz', href: '/pages/datenschutz' },
      { label: 'Barrierefreiheit', href: '/pages/barrierefreiheit' },
      { label: 'Leichte Sprache', href: '/pages/leichte-sprache' },
      { label: 'Gebärdensprache', href: '/pages/gebaerdensprache' },
      { label: 'Karriere', href: '/pages/karriere' },
    ],
    serviceMain: [
      { label: 'Leistungen A–Z', href: '/services' },
      { label: 'Lebenslagen', href: '/lebenslagen' },
      { label: 'Online-Dienste', href: '/online' },
      { label: 'Standorte', href: '/locations' },
    ],
    serviceFooter: [
      { label: 'Impressum', href: '/pages/impressum' },
      { label: 'Datenschutz', href: '/pages/datenschutz' },
      { label: 'Barrierefreiheit', href: '/pages/barrierefreiheit' },
      { label: 'Leichte Sprache', href: '/pages/leichte-sprache' },
      { label: 'Gebärdensprache', href: '/pages/gebaerdensprache' },
    ],
  },
  en: {
    digitalMain: [
      { label: 'Projects', href: '/projects' },
      { label: 'News', href: '/news' },
      { label: 'Events', href: '/events' },
      { label: 'Press', href: '/press' },
      { label: 'About us', href: '/pages/about' },
    ],
    digitalFooter: [
      { label: 'Imprint', href: '/pages/imprint' },
      { label: 'Privacy', href: '/pages/privacy' },
      { label: 'Accessibility', href: '/pages/accessibility' },
      { label: 'Careers', href: '/pages/careers' },
    ],
    serviceMain: [
      { label: 'Services A–Z', href: '/services' },
      { label: 'Life situations', href: '/lebenslagen' },
      { label: 'Online services', href: '/online' },
      { label: 'Offices', href: '/locations' },
    ],
    serviceFooter: [
      { label: 'Imprint', href: '/pages/imprint' },
      { label: 'Privacy', href: '/pages/privacy' },
      { label: 'Accessibility', href: '/pages/accessibility' },
    ],
  },
};

export const pressContact = {
  contact: { name: 'Pressestelle ITD11', role: 'Kommunikation', email: 'presse-itd@example.org', phone: '+49 40 42831-0' },
  de: { unit: 'ITD11 – Kommunikation', note: 'Anfragen von Medien beantworten wir werktags von 9 bis 17 Uhr. Bildmaterial mit Nutzungsrechten stellen wir im Pressebereich bereit.' },
  en: { unit: 'ITD11 – Communications', note: 'We answer media enquiries on working days from 9 am to 5 pm. Images with usage rights are available in the press area.' },
};
