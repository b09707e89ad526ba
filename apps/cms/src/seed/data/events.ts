import type { SeedEvent } from '../types';

/**
 * Events the Office for IT and Digitalisation hosts or takes part in: 2026 (past) and
 * December 2026 to June 2027 (upcoming). Offsets: +01:00 in winter, +02:00 in summer time
 * (29 March to 25 October 2026, from 28 March 2027).
 */
export const events: SeedEvent[] = [
  // ─── 2026 ─────────────────────────────────────────────────────────────────────
  {
    start: '2026-03-07T10:00:00+01:00',
    end: '2026-03-07T18:00:00+01:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'betahaus Hamburg', street: 'Eifflerstraße 43', postalCode: '22769', city: 'Hamburg' },
    organiser: 'Code for Hamburg',
    participation: 'workshop',
    registrationUrl: 'https://codefor.de/hamburg/',
    audiences: ['experts', 'citizens', 'interest-groups'],
    topics: ['open-data', 'participation', 'smart-city'],
    de: {
      title: 'Open Data Day Hamburg: Hackday mit offenen Stadtdaten',
      slug: 'open-data-day-hamburg-2026',
      summary:
        'Zum internationalen Open Data Day lädt Code for Hamburg zum Hackday ein. Das Team der Urbanen Datenplattform begleitet die Gruppen mit einem Workshop zu den offenen Schnittstellen.',
      description: [
        'Einen Tag lang entwickeln Programmiererinnen, Designer, Studierende und Verwaltungsbeschäftigte Prototypen mit offenen Daten aus Hamburg – von Verkehr und Umwelt bis zu Spielplätzen und Toiletten.',
        'Um 10:30 Uhr führt das Team der Urbanen Datenplattform in die SensorThings API und die Datensätze des Transparenzportals ein. Am Abend stellen die Gruppen ihre Ergebnisse vor; eine Jury aus Zivilgesellschaft und Verwaltung kürt drei Projekte.',
        'Die Teilnahme ist kostenlos. Programmierkenntnisse sind hilfreich, aber keine Voraussetzung.',
      ],
    },
    en: {
      title: 'Open Data Day Hamburg: hackday with open city data',
      slug: 'open-data-day-hamburg-2026',
      summary:
        'For the international Open Data Day, Code for Hamburg hosts a hackday. The urban data platform team supports the groups with a workshop on the open interfaces.',
      description: [
        'For one day, programmers, designers, students and public employees build prototypes with open data from Hamburg – from traffic and environment to playgrounds and toilets.',
        'At 10:30 the urban data platform team introduces the SensorThings API and the datasets of the transparency portal. In the evening the groups present their results; a jury from civil society and administration picks three projects.',
        'Participation is free. Programming skills help but are not required.',
      ],
    },
  },
  {
    start: '2026-03-17T09:00:00+01:00',
    end: '2026-03-18T17:00:00+01:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'bcc Berlin Congress Center', street: 'Alexanderstraße 11', postalCode: '10178', city: 'Berlin' },
    organiser: 'Digitaler Staat',
    participation: 'talk',
    registrationUrl: 'https://www.digitaler-staat.org/',
    audiences: ['experts', 'politics'],
    topics: ['ai', 'digital-administration'],
    de: {
      title: 'Digitaler Staat 2026: Generative KI im Verwaltungsalltag',
      slug: 'digitaler-staat-2026-ki-im-verwaltungsalltag',
      summary:
        'Auf dem Kongress Digitaler Staat berichtet das Amt für IT und Digitalisierung, was zwei Jahre KI-Assistent in der Hamburger Verwaltung gebracht haben – und was nicht.',
      description: [
        'Im Forum „KI in Bund, Ländern und Kommunen“ stellt die Produktverantwortung für LLMoin Nutzungszahlen, typische Anwendungsfälle und die Regeln vor, die Hamburg mit den Personalräten vereinbart hat.',
        'Im Anschluss diskutieren Vertreterinnen und Vertreter mehrerer Länder, wie Verwaltungen KI-Werkzeuge gemeinsam entwickeln und betreiben können, statt jeweils eigene zu bauen.',
      ],
    },
    en: {
      title: 'Digitaler Staat 2026: generative AI in everyday administration',
      slug: 'digitaler-staat-2026-ai-in-everyday-administration',
      summary:
        'At the Digitaler Staat congress, the Office for IT and Digitalisation reports on what two years of an AI assistant have brought Hamburg’s administration – and what they have not.',
      description: [
        'In the forum on AI in federal, state and local government, the LLMoin product team presents usage figures, typical use cases and the rules Hamburg agreed with the staff councils.',
        'Afterwards, representatives of several federal states discuss how administrations can develop and run AI tools together instead of each building their own.',
      ],
    },
  },
  {
    start: '2026-06-11T14:00:00+02:00',
    end: '2026-06-11T18:30:00+02:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Körber-Forum', street: 'Kehrwieder 12', postalCode: '20457', city: 'Hamburg' },
    organiser: 'NExT-Netzwerk',
    participation: 'host',
    audiences: ['staff', 'experts'],
    topics: ['digital-administration', 'security-it', 'culture-of-change'],
    de: {
      title: 'NExT-Netzwerktreffen Nord: Open Source in der Verwaltung',
      slug: 'next-netzwerktreffen-nord-open-source',
      summary:
        'Gemeinsam mit dem NExT-Netzwerk lädt das Amt für IT und Digitalisierung Beschäftigte aus Bund, Ländern und Kommunen ein, Erfahrungen mit Open-Source-Arbeitsplätzen auszutauschen.',
      description: [
        'Schleswig-Holstein berichtet aus dem laufenden Umstieg, Hamburg stellt die Planung für den Pilotbetrieb in zwei Bezirksämtern vor. In drei Werkstattrunden geht es um Fachverfahren, Barrierefreiheit und die Begleitung der Beschäftigten.',
        'Das Treffen richtet sich an Beschäftigte der öffentlichen Verwaltung. Zum Ausklang gibt es Gelegenheit zum Austausch auf der Terrasse mit Blick auf den Hafen.',
      ],
    },
    en: {
      title: 'NExT network meeting North: open source in public administration',
      slug: 'next-network-meeting-north-open-source',
      summary:
        'Together with the NExT network, the Office for IT and Digitalisation invites staff from federal, state and local government to share experience with open-source workplaces.',
      description: [
        'Schleswig-Holstein reports on its ongoing switch, Hamburg presents its plans for a pilot in two district offices. Three workshop rounds cover specialist applications, accessibility and supporting staff through the change.',
        'The meeting is aimed at public-sector employees. It ends with time to talk on the terrace overlooking the harbour.',
      ],
    },
  },
  {
    start: '2026-08-27T10:00:00+02:00',
    end: '2026-08-27T13:00:00+02:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Hamburg Port Authority', street: 'Neuer Wandrahm 4', postalCode: '20457', city: 'Hamburg' },
    organiser: 'Hamburg Port Authority',
    participation: 'visit',
    audiences: ['staff', 'experts'],
    topics: ['smart-city', 'mobility'],
    de: {
      title: 'Fachexkursion: Digitaler Zwilling im Hamburger Hafen',
      slug: 'fachexkursion-digitaler-zwilling-hafen',
      summary:
        'Das Team des Digitalen Zwillings besucht die Hamburg Port Authority, um zu sehen, wie der Hafen Verkehrs-, Brücken- und Umweltdaten in einem gemeinsamen Lagebild zusammenführt.',
      description: [
        'Die Hamburg Port Authority zeigt ihr Lagezentrum und das Sensornetz an Brücken und Kaimauern. Im Gespräch geht es darum, welche Daten aus dem Hafen künftig im Digitalen Zwilling der Stadt sichtbar werden können.',
        'Die Exkursion ist Teil des fachlichen Austauschs im Projekt; Plätze sind den beteiligten Teams vorbehalten.',
      ],
    },
  },
  {
    start: '2026-09-29T09:00:00+02:00',
    end: '2026-10-01T17:00:00+02:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Messe Berlin', street: 'Messedamm 22', postalCode: '14055', city: 'Berlin' },
    organiser: 'Smart Country Convention',
    participation: 'stand',
    registrationUrl: 'https://www.smart-country-convention.de/',
    audiences: ['experts', 'politics', 'businesses'],
    topics: ['digital-administration', 'smart-city', 'ai', 'participation'],
    de: {
      title: 'Smart Country Convention 2026: Hamburg am Gemeinschaftsstand Nord',
      slug: 'smart-country-convention-2026',
      summary:
        'Drei Tage, drei Lösungen zum Nachnutzen: Am Gemeinschaftsstand der norddeutschen Länder zeigt Hamburg den Digitalen Zwilling, den KI-Assistenten LLMoin und das Beteiligungssystem DIPAS.',
      description: [
        'Am Planungstisch können Besucherinnen und Besucher im 3D-Stadtmodell ausprobieren, wie Neubauten Verschattung und Starkregenabfluss verändern. An einem zweiten Stand-Terminal zeigt das Team, wie Beschäftigte mit LLMoin Vorlagen zusammenfassen.',
        'Fachleute aus Ländern und Kommunen können vorab Gesprächstermine vereinbaren, um Fragen der Nachnutzung zu klären – von Lizenzen bis zum Betrieb bei Dataport.',
      ],
    },
    en: {
      title: 'Smart Country Convention 2026: Hamburg at the joint northern stand',
      slug: 'smart-country-convention-2026',
      summary:
        'Three days, three solutions to reuse: at the joint stand of the northern German states, Hamburg shows its digital twin, the AI assistant LLMoin and the participation system DIPAS.',
      description: [
        'At the planning table, visitors can try out in the 3D city model how new buildings change shade and heavy-rain run-off. At a second terminal, the team shows how staff summarise documents with LLMoin.',
        'Experts from federal states and municipalities can book meetings in advance to discuss reuse – from licences to operation at Dataport.',
      ],
    },
  },
  {
    start: '2026-11-10T17:30:00+01:00',
    end: '2026-11-10T20:30:00+01:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Hamburger Rathaus, Großer Festsaal', street: 'Rathausmarkt 1', postalCode: '20095', city: 'Hamburg' },
    organiser: 'Amt für IT und Digitalisierung',
    participation: 'host',
    registrationUrl: 'https://veranstaltungen.example.org/it-karriereabend-2026',
    audiences: ['citizens', 'experts'],
    topics: ['culture-of-change', 'digital-administration'],
    de: {
      title: 'IT-Karriereabend: Digitalisierung für 1,9 Millionen Menschen',
      slug: 'it-karriereabend-2026',
      summary:
        'Wie arbeitet es sich als Entwicklerin, Sicherheitsexperte oder Produktmanagerin bei der Stadt? Teams aus Behörden und Bezirksämtern stellen ihre Projekte und offenen Stellen vor.',
      description: [
        'In kurzen Vorträgen berichten Beschäftigte aus ihrem Arbeitsalltag – vom Online-Dienst für das Elterngeld bis zur Abwehr von Cyberangriffen. Danach stehen die Teams an Thementischen für Gespräche bereit.',
        'Studieninteressierte erfahren alles zum dualen Studium Verwaltungsinformatik. Bringen Sie gern Ihren Lebenslauf mit: Für ausgewählte Stellen sind Kurzgespräche vor Ort möglich.',
      ],
    },
  },

  // ─── Dezember 2026 bis Juni 2027 ─────────────────────────────────────────────
  {
    start: '2026-12-03T12:00:00+01:00',
    end: '2026-12-03T12:45:00+01:00',
    timeZone: 'Europe/Berlin',
    onlineUrl: 'https://meet.example.org/digital-um-zwoelf',
    organiser: 'Amt für IT und Digitalisierung',
    participation: 'host',
    audiences: ['staff'],
    topics: ['ai', 'digital-administration'],
    de: {
      title: 'Digital um zwölf: Eigene Dokumente durchsuchen mit LLMoin',
      slug: 'digital-um-zwoelf-llmoin-dokumentensuche',
      summary:
        'Das Mittagsformat für alle Beschäftigten: In 45 Minuten zeigt das LLMoin-Team live, wie die Dokumentensuche funktioniert und wo ihre Grenzen liegen.',
      description: [
        'Anhand echter Beispiele aus Behörden – einer Dienstanweisung, eines Förderrichtlinien-Entwurfs und eines Handbuchs – wird gezeigt, wie gute Fragen aussehen und wie Sie Antworten anhand der Quellenangaben prüfen.',
        'Fragen können Sie vorab oder während der Sitzung im Chat stellen. Eine Anmeldung ist nicht nötig; die Aufzeichnung steht danach im Lernportal bereit.',
      ],
    },
  },
  {
    start: '2027-01-21T18:30:00+01:00',
    end: '2027-01-21T20:30:00+01:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Bucerius Law School, Helmut Schmidt Auditorium', street: 'Jungiusstraße 6', postalCode: '20355', city: 'Hamburg' },
    organiser: 'Bucerius Law School',
    participation: 'talk',
    registrationUrl: 'https://veranstaltungen.example.org/ki-recht-verwaltung-2027',
    audiences: ['experts', 'politics', 'media'],
    topics: ['ai', 'digital-administration'],
    de: {
      title: 'Podium: Wer entscheidet, wenn die KI mitschreibt? Rechtsfragen der KI in der Verwaltung',
      slug: 'podium-rechtsfragen-ki-verwaltung',
      summary:
        'Die KI-Verordnung der EU stellt neue Anforderungen an Behörden. Auf dem Podium diskutiert das Amt für IT und Digitalisierung mit Rechtswissenschaft und Datenschutzaufsicht, wie Transparenz und menschliche Kontrolle praktisch gelingen.',
      description: [
        'Im Impulsvortrag zeigt das Amt für IT und Digitalisierung, wie Hamburg den Einsatz von KI-Werkzeugen dokumentiert, bewertet und mit den Personalräten regelt.',
        'Anschließend diskutieren Fachleute aus Rechtswissenschaft, Datenschutzaufsicht und Verwaltungspraxis über Haftung, Nachvollziehbarkeit und die Frage, wo die Grenze zwischen Unterstützung und Entscheidung verläuft.',
      ],
    },
    en: {
      title: 'Panel: who decides when AI helps draft? Legal questions of AI in public administration',
      slug: 'panel-legal-questions-ai-administration',
      summary:
        'The EU AI Act places new requirements on public authorities. On the panel, the Office for IT and Digitalisation discusses with legal scholars and the data protection authority how transparency and human oversight can work in practice.',
      description: [
        'In an opening talk, the Office for IT and Digitalisation shows how Hamburg documents and assesses the use of AI tools and regulates it together with the staff councils.',
        'Experts from legal scholarship, data protection supervision and administrative practice then discuss liability, traceability and where support ends and decision-making begins.',
      ],
    },
  },
  {
    start: '2027-02-10T10:00:00+01:00',
    end: '2027-02-10T12:30:00+01:00',
    timeZone: 'Europe/Berlin',
    onlineUrl: 'https://meet.example.org/hoou-werkstatt-digitale-lehre',
    organiser: 'Hamburg Open Online University',
    participation: 'workshop',
    registrationUrl: 'https://www.hoou.de/',
    audiences: ['experts', 'staff'],
    topics: ['education', 'culture-of-change'],
    de: {
      title: 'Online-Werkstatt: Offene Lernangebote für die digitale Verwaltung',
      slug: 'online-werkstatt-offene-lernangebote-verwaltung',
      summary:
        'Gemeinsam mit der Hamburg Open Online University entwickeln Lehrende und Fortbildungsverantwortliche offene Lernmodule zu Datenkompetenz und KI – frei nutzbar für Hochschulen und Verwaltung.',
      description: [
        'Die Werkstatt stellt bestehende offene Bildungsressourcen (OER) der Hamburger Hochschulen vor und zeigt, wie sie sich für Fortbildungen in der Verwaltung anpassen lassen.',
        'In Kleingruppen skizzieren die Teilnehmenden eigene Lernbausteine, etwa „Daten lesen und verstehen“ oder „KI-Werkzeuge verantwortungsvoll nutzen“. Die Ergebnisse werden unter einer offenen Lizenz veröffentlicht.',
      ],
    },
    en: {
      title: 'Online workshop: open learning resources for a digital administration',
      slug: 'online-workshop-open-learning-resources-administration',
      summary:
        'Together with the Hamburg Open Online University, lecturers and training managers develop open learning modules on data literacy and AI – free to use for universities and the administration.',
      description: [
        'The workshop presents existing open educational resources (OER) from Hamburg’s universities and shows how they can be adapted for training in the administration.',
        'In small groups, participants sketch their own learning units, such as “reading and understanding data” or “using AI tools responsibly”. The results are published under an open licence.',
      ],
    },
  },
  {
    start: '2027-03-11T16:00:00+01:00',
    end: '2027-03-11T19:00:00+01:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Bürgerhaus Wilhelmsburg', street: 'Mengestraße 20', postalCode: '21107', city: 'Hamburg' },
    organiser: 'Bezirksamt Hamburg-Mitte',
    participation: 'workshop',
    audiences: ['citizens', 'interest-groups'],
    topics: ['participation', 'climate-environment', 'smart-city'],
    de: {
      title: 'Beteiligungswerkstatt mit DIPAS: Der neue Stadtteilpark in Wilhelmsburg',
      slug: 'dipas-werkstatt-stadtteilpark-wilhelmsburg',
      summary:
        'An digitalen Planungstischen vergleichen Anwohnerinnen und Anwohner die beiden Entwurfsvarianten für den neuen Stadtteilpark – im 3D-Modell und mit Verschattung im Sommer.',
      description: [
        'Das Bezirksamt Hamburg-Mitte stellt vor, wie die mehr als 3.000 Hinweise aus der ersten Beteiligungsrunde in die Entwürfe eingeflossen sind. Anschließend können alle an den DIPAS-Tischen eigene Anmerkungen direkt in die Pläne setzen.',
        'Wer nicht vor Ort sein kann, beteiligt sich vom 11. bis 25. März online über DIPAS. Die Werkstatt ist barrierefrei zugänglich; eine Kinderbetreuung wird angeboten.',
      ],
    },
  },
  {
    start: '2027-05-05T09:30:00+02:00',
    end: '2027-05-06T16:00:00+02:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'CCH – Congress Center Hamburg', street: 'Congressplatz 1', postalCode: '20355', city: 'Hamburg' },
    organiser: 'Amt für IT und Digitalisierung',
    participation: 'host',
    registrationUrl: 'https://veranstaltungen.example.org/digitalforum-2027',
    audiences: ['staff', 'experts', 'politics'],
    topics: ['digital-administration', 'ai', 'security-it', 'culture-of-change'],
    de: {
      title: 'Digitalforum der Hamburger Verwaltung 2027',
      slug: 'digitalforum-hamburger-verwaltung-2027',
      summary:
        'Zwei Tage für alle, die die Digitalisierung der Stadt gestalten: mit Praxisberichten aus Behörden und Bezirken, Werkstätten zu KI, Open Source und IT-Sicherheit und einem Marktplatz der Projekte.',
      description: [
        'Am ersten Tag berichtet der Senat über den Stand der Digitalstrategie; danach stellen Teams aus Behörden und Bezirksämtern vor, was im vergangenen Jahr gelungen ist – und was sie daraus gelernt haben.',
        'Der zweite Tag gehört den Werkstätten: vom Pilotbetrieb des Open-Source-Arbeitsplatzes über nutzerzentriertes Design von Online-Diensten bis zu Notfallübungen für IT-Sicherheitsvorfälle.',
        'Die Teilnahme ist für Beschäftigte der Hamburger Verwaltung kostenlos und gilt als Fortbildung. Gäste aus anderen Ländern und Kommunen sind willkommen, solange Plätze frei sind.',
      ],
    },
    en: {
      title: 'Digital Forum of Hamburg’s administration 2027',
      slug: 'digital-forum-hamburg-administration-2027',
      summary:
        'Two days for everyone shaping the city’s digitalisation: practical reports from authorities and districts, workshops on AI, open source and IT security, and a marketplace of projects.',
      description: [
        'On the first day, the Senate reports on the state of the digital strategy; teams from authorities and district offices then present what worked in the past year – and what they learned.',
        'The second day is for workshops: from the open-source workplace pilot to user-centred design of online services and exercises for IT security incidents.',
        'Attendance is free for staff of Hamburg’s administration and counts as training. Guests from other states and municipalities are welcome while places last.',
      ],
    },
  },
  {
    start: '2027-06-19T11:00:00+02:00',
    end: '2027-06-19T17:00:00+02:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Hamburger Rathaus', street: 'Rathausmarkt 1', postalCode: '20095', city: 'Hamburg' },
    organiser: 'Senatskanzlei',
    participation: 'host',
    audiences: ['citizens'],
    topics: ['digital-administration', 'smart-city', 'participation', 'open-data'],
    de: {
      title: 'Digitale Stadt zum Anfassen: Tag der offenen Tür im Rathaus',
      slug: 'digitale-stadt-zum-anfassen-rathaus-2027',
      summary:
        'Online-Anträge ausprobieren, durch das 3D-Stadtmodell fliegen, mit dem KI-Assistenten sprechen: Im Rathaus zeigt die Stadt, was Digitalisierung im Alltag verändert.',
      description: [
        'An Mitmachstationen helfen Beschäftigte dabei, das Servicekonto oder die BundID einzurichten und die Online-Ausweisfunktion zu aktivieren. Das Team „Kinderleicht zum Kindergeld“ zeigt werdenden Eltern, wie der Antrag nach der Geburt funktioniert.',
        'Für Kinder gibt es eine Rallye durch den digitalen Zwilling ihres Stadtteils. Um 14 Uhr stellt sich die Leitung des Amts für IT und Digitalisierung im Großen Festsaal den Fragen der Besucherinnen und Besucher.',
        'Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich. Einlass ist über den Haupteingang am Rathausmarkt; bitte planen Sie für die Sicherheitskontrolle etwas Zeit ein.',
      ],
    },
    en: {
      title: 'The digital city up close: open day at City Hall',
      slug: 'digital-city-up-close-city-hall-2027',
      summary:
        'Try out online applications, fly through the 3D city model, talk to the AI assistant: at City Hall the city shows what digitalisation changes in everyday life.',
      description: [
        'At hands-on stations, staff help visitors set up the service account or BundID and activate the online ID function. The “Kinderleicht zum Kindergeld” team shows expectant parents how the application after birth works.',
        'Children can take part in a rally through the digital twin of their neighbourhood. At 2 pm the head of the Office for IT and Digitalisation answers visitors’ questions in the Great Hall.',
        'Admission is free and no registration is needed. Entry is via the main entrance on Rathausmarkt; please allow some time for the security check.',
      ],
    },
  },
];
