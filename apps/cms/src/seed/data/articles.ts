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
  {
    kind: 'news',
    date: '2026-11-25',
    audiences: ['citizens', 'politics'],
    topics: ['digital-administration', 'health-social'],
    projects: ['kinderleicht-zum-kindergeld'],
    services: ['99041006000000'],
    de: {
      title: 'Elterngeld: Zwei von drei Anträgen kommen inzwischen online',
      slug: 'elterngeld-zwei-drittel-online',
      lead: 'Ein Jahr nach dem Start des vollständig digitalen Elterngeldantrags gehen 68 Prozent aller Anträge in Hamburg online ein. Die Bearbeitung ist im Mittel elf Tage schneller geworden.',
      body: [
        'Seit Herbst 2025 können Eltern das Elterngeld über „Kinderleicht zum Kindergeld“ ohne Papier beantragen. Die Geburtsdaten übermittelt das Standesamt mit Einwilligung der Eltern direkt an die Elterngeldstelle; Einkommensnachweise lassen sich als Foto hochladen.',
        'Die Elterngeldstellen der Bezirksämter berichten von deutlich weniger Rückfragen: Weil der Online-Antrag Angaben bereits beim Ausfüllen prüft, sind die Anträge häufiger vollständig.',
        'Als Nächstes sollen Änderungsanträge, etwa bei einem Wechsel der Bezugsmonate zwischen den Eltern, ebenfalls online möglich werden.',
      ],
    },
    en: {
      title: 'Parental allowance: two in three applications now arrive online',
      slug: 'parental-allowance-two-thirds-online',
      lead: 'One year after the launch of the fully digital parental allowance application, 68 percent of all applications in Hamburg are submitted online. Processing has become eleven days faster on average.',
      body: [
        'Since autumn 2025 parents have been able to apply for parental allowance without paper via “Kinderleicht zum Kindergeld”. With the parents’ consent, the registry office passes the birth data directly to the parental allowance office; proof of income can be uploaded as a photo.',
        'The district offices report far fewer queries: because the online application checks entries as they are made, applications are complete more often.',
        'Next, change requests – for example when parents swap the months in which they receive the allowance – are also to be possible online.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-10-07',
    audiences: ['media', 'citizens', 'politics'],
    topics: ['mobility', 'smart-city'],
    projects: ['vernetzte-ampeln-bus-rad', 'urbane-datenplattform-hamburg'],
    de: {
      title: 'Vernetzte Ampeln: Pilotstrecke am Ring 2 für Busse und Radverkehr',
      slug: 'vernetzte-ampeln-pilotstrecke-ring-2',
      lead: 'Auf acht Kilometern am Ring 2 sollen ab 2027 Ampeln mit Bussen und Fahrrad-Apps kommunizieren. Die Ausschreibung der Technik startet noch in diesem Jahr.',
      body: [
        'Das Amt für IT und Digitalisierung, die Behörde für Verkehr und Mobilitätswende und die Hamburg Verkehrsanlagen GmbH haben die Pilotstrecke festgelegt: 34 Ampelanlagen zwischen Eppendorf und Barmbek werden mit Funktechnik ausgestattet.',
        'Busse der Hochbahn melden sich künftig an der Kreuzung an und erhalten, wenn es der übrige Verkehr zulässt, früher Grün. Radfahrende sehen in einer App, mit welcher Geschwindigkeit sie die nächste Grünphase erreichen.',
        'Die Schaltzeiten der Ampeln werden zusätzlich offen über die Urbane Datenplattform veröffentlicht. Personenbezogene Daten werden nicht erhoben: Die Fahrzeuge melden sich anonym an.',
      ],
    },
    en: {
      title: 'Connected traffic lights: pilot route on Ring 2 for buses and cyclists',
      slug: 'connected-traffic-lights-pilot-ring-2',
      lead: 'From 2027, traffic lights along eight kilometres of Ring 2 are to communicate with buses and cycling apps. The tender for the technology starts this year.',
      body: [
        'The Office for IT and Digitalisation, the Ministry of Transport and Mobility Transition and Hamburg Verkehrsanlagen GmbH have chosen the pilot route: 34 sets of traffic lights between Eppendorf and Barmbek will be fitted with radio technology.',
        'Hochbahn buses will register at the junction and, if other traffic allows, get a green light earlier. Cyclists will see in an app at what speed they will reach the next green phase.',
        'The signal timings will also be published openly via the urban data platform. No personal data is collected: vehicles register anonymously.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-09-30',
    audiences: ['experts', 'media', 'politics'],
    topics: ['digital-administration', 'smart-city', 'ai'],
    projects: ['digitaler-zwilling-hamburg', 'ki-assistent-llmoin', 'dipas-digitale-beteiligung'],
    de: {
      title: 'Smart Country Convention: Hamburg zeigt Digitalen Zwilling und KI-Assistenten',
      slug: 'smart-country-convention-2026-hamburg',
      lead: 'Am Gemeinschaftsstand der norddeutschen Länder in Berlin stellt das Amt für IT und Digitalisierung drei Lösungen vor, die andere Verwaltungen nachnutzen können.',
      body: [
        'Im Mittelpunkt steht der Digitale Zwilling: Besucherinnen und Besucher können am Planungstisch ausprobieren, wie sich ein Neubau auf Verschattung und Starkregenabfluss auswirkt. Daneben zeigt das Team den KI-Assistenten LLMoin und das Beteiligungssystem DIPAS.',
        'Alle drei Lösungen stehen als Open Source oder über Dataport zur Nachnutzung bereit. Fachleute aus Ländern und Kommunen können am Stand Termine für ein vertiefendes Gespräch vereinbaren.',
      ],
    },
    en: {
      title: 'Smart Country Convention: Hamburg shows its digital twin and AI assistant',
      slug: 'smart-country-convention-2026-hamburg',
      lead: 'At the joint stand of the northern German states in Berlin, the Office for IT and Digitalisation presents three solutions that other administrations can reuse.',
      body: [
        'The digital twin takes centre stage: visitors can try out at the planning table how a new building affects shade and heavy-rain run-off. The team also shows the AI assistant LLMoin and the participation system DIPAS.',
        'All three solutions are available for reuse as open source or via Dataport. Experts from federal states and municipalities can book an in-depth meeting at the stand.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-08-19',
    audiences: ['citizens', 'media', 'interest-groups'],
    topics: ['education'],
    projects: ['digitalpakt-schule-hamburg'],
    de: {
      title: 'Schuljahresbeginn: Alle staatlichen Schulen digital ausgestattet',
      slug: 'schuljahresbeginn-schulen-digital-ausgestattet',
      lead: 'Zum neuen Schuljahr ziehen Behörde für Schule und Berufsbildung und Amt für IT und Digitalisierung Bilanz: Alle staatlichen Schulen haben Glasfaser, WLAN in jedem Unterrichtsraum und digitale Tafeln.',
      body: [
        'Mit den Mitteln aus dem Digitalpakt Schule wurden seit 2019 mehr als 12.500 interaktive Displays installiert und fast 98.000 Leih- und Dienstgeräte an Schülerinnen, Schüler und Lehrkräfte ausgegeben.',
        'Für den Betrieb der Technik sind nun IT-Fachkräfte in regionalen Teams zuständig, damit sich Lehrkräfte auf den Unterricht konzentrieren können. Störungen lassen sich über ein gemeinsames Ticketsystem melden.',
        'Im Digitalpakt 2.0 will Hamburg vor allem in Fortbildung und in die Erneuerung der ersten Gerätegeneration investieren.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-07-08',
    audiences: ['citizens', 'experts'],
    topics: ['culture-of-change', 'digital-administration'],
    de: {
      title: 'IT-Karriere bei der Stadt: 180 neue Stellen und ein duales Informatikstudium',
      slug: 'it-karriere-stadt-hamburg',
      lead: 'Hamburg sucht Fachleute für Softwareentwicklung, IT-Sicherheit, Datenanalyse und Produktmanagement. Ab Oktober startet ein neuer Jahrgang im dualen Studium Verwaltungsinformatik.',
      body: [
        'Die Stadt gehört zu den größten Arbeitgeberinnen in Hamburg – auch in der IT. Behörden, Bezirksämter und das Amt für IT und Digitalisierung besetzen in diesem Jahr rund 180 Stellen, vom Einstieg bis zur Teamleitung.',
        'Neben sicheren Arbeitsplätzen wirbt die Stadt mit Homeoffice-Möglichkeiten, Weiterbildung und Aufgaben, die viele Menschen betreffen: Ein Online-Dienst, den das Team entwickelt, wird von Hunderttausenden Hamburgerinnen und Hamburgern genutzt.',
        'Das duale Studium Verwaltungsinformatik verbindet ein Studium an der Hochschule mit Praxisphasen in Hamburger Behörden. Bewerbungen für den Jahrgang 2027 sind ab sofort möglich.',
      ],
    },
    en: {
      title: 'IT careers with the city: 180 new posts and a dual degree in computer science',
      slug: 'it-careers-city-of-hamburg',
      lead: 'Hamburg is looking for experts in software development, IT security, data analysis and product management. A new cohort of the dual degree in administrative informatics starts in October.',
      body: [
        'The city is one of Hamburg’s largest employers – in IT, too. Authorities, district offices and the Office for IT and Digitalisation are filling around 180 posts this year, from entry level to team lead.',
        'Besides secure jobs, the city offers remote working, training and work that affects many people: an online service the team builds is used by hundreds of thousands of people in Hamburg.',
        'The dual degree in administrative informatics combines university study with work placements in Hamburg’s authorities. Applications for the 2027 cohort are open now.',
      ],
    },
  },
  {
    kind: 'it-news',
    date: '2026-06-24',
    audiences: ['staff'],
    topics: ['security-it'],
    de: {
      title: 'IT-News: Gefälschte Mails im Namen des IT-Service-Desks im Umlauf',
      slug: 'it-news-phishing-service-desk',
      lead: 'Derzeit erreichen Beschäftigte E-Mails, die angeblich vom IT-Service-Desk stammen und zur Eingabe des Passworts auffordern. Bitte klicken Sie nicht auf die Links.',
      body: [
        'Die Nachrichten tragen Betreffzeilen wie „Ihr Postfach ist voll“ oder „Passwort läuft heute ab“ und führen auf eine täuschend echt gestaltete Anmeldeseite. Der IT-Service-Desk fragt niemals per E-Mail nach Passwörtern.',
        'Verdächtige Nachrichten melden Sie über die Schaltfläche „Phishing melden“ in Ihrem E-Mail-Programm. Wer bereits Zugangsdaten eingegeben hat, ändert sofort das Passwort und informiert den IT-Service-Desk.',
        'Eine zehnminütige Lerneinheit zum Erkennen von Phishing steht im Lernportal der Stadt bereit.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-06-10',
    audiences: ['citizens', 'interest-groups'],
    topics: ['participation', 'climate-environment'],
    projects: ['dipas-digitale-beteiligung', 'digitaler-zwilling-hamburg'],
    de: {
      title: 'DIPAS: Über 3.000 Ideen für den neuen Stadtteilpark in Wilhelmsburg',
      slug: 'dipas-beteiligung-stadtteilpark-wilhelmsburg',
      lead: 'Sechs Wochen lang konnten Hamburgerinnen und Hamburger online und an digitalen Planungstischen mitreden, wie der künftige Park gestaltet wird. Das Bezirksamt Hamburg-Mitte hat jetzt die Auswertung veröffentlicht.',
      body: [
        'Die meisten Beiträge wünschen sich schattige Aufenthaltsflächen, Trinkbrunnen und getrennte Wege für Rad- und Fußverkehr. Im 3D-Modell konnten Teilnehmende vergleichen, wie Baumreihen den Platz im Sommer verschatten.',
        'Das Planungsbüro arbeitet die Ergebnisse in zwei Entwurfsvarianten ein, die im Herbst erneut über DIPAS zur Diskussion gestellt werden.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-05-20',
    audiences: ['media', 'staff', 'politics', 'experts'],
    topics: ['digital-administration', 'security-it'],
    projects: ['souveraener-arbeitsplatz-open-source'],
    de: {
      title: 'Digitale Souveränität: Hamburg plant Open-Source-Arbeitsplatz in zwei Bezirksämtern',
      slug: 'open-source-arbeitsplatz-pilot-bezirksaemter',
      lead: 'Der Senat hat die Planung für einen souveränen Arbeitsplatz auf Basis von Open-Source-Software beschlossen. Ab 2027 sollen die Bezirksämter Altona und Bergedorf mit rund 600 Arbeitsplätzen pilotieren.',
      body: [
        'Im Vergleichstest treten openDesk des Zentrums für Digitale Souveränität und die dPhoenixSuite von Dataport gegeneinander an. Geprüft werden E-Mail und Kalender, Dateiablage, Textverarbeitung, Tabellenkalkulation und Videokonferenzen.',
        'Entscheidend sei nicht nur die Technik, betont das Amt für IT und Digitalisierung: Die Beschäftigten werden von Anfang an einbezogen, Vorlagen und Fachverfahren werden vorab auf Kompatibilität getestet.',
        'Hamburg tauscht sich eng mit Schleswig-Holstein aus, das den Umstieg auf Open Source bereits begonnen hat. Eine Entscheidung über den flächendeckenden Einsatz soll nach Auswertung des Pilotbetriebs fallen.',
      ],
    },
    en: {
      title: 'Digital sovereignty: Hamburg plans open-source workplace in two district offices',
      slug: 'open-source-workplace-pilot-district-offices',
      lead: 'The Senate has approved planning for a sovereign workplace based on open-source software. From 2027 the Altona and Bergedorf district offices are to run pilots with around 600 workstations.',
      body: [
        'The comparison test puts openDesk from the Centre for Digital Sovereignty against Dataport’s dPhoenixSuite. Under review are e-mail and calendar, file storage, word processing, spreadsheets and video conferencing.',
        'Technology is not the only thing that matters, the Office for IT and Digitalisation stresses: staff are involved from the start, and templates and specialist applications are tested for compatibility in advance.',
        'Hamburg is in close contact with Schleswig-Holstein, which has already begun switching to open source. A decision on city-wide use will be made once the pilot has been evaluated.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-05-06',
    audiences: ['citizens', 'businesses'],
    topics: ['smart-city', 'economy'],
    projects: ['gigabit-glasfaser-5g'],
    de: {
      title: 'Glasfaser: Vier von fünf Haushalten können jetzt schnelles Internet buchen',
      slug: 'glasfaser-vier-von-fuenf-haushalten',
      lead: 'Der Glasfaserausbau in Hamburg kommt voran: 81 Prozent der Haushalte können inzwischen einen Anschluss mit Gigabit-Geschwindigkeit buchen, doppelt so viele wie 2022.',
      body: [
        'Beschleunigt haben den Ausbau vor allem digitale Genehmigungen: Netzbetreiber beantragen Aufgrabungen jetzt online und erhalten im Mittel nach sechs Wochen eine Entscheidung. Bei städtischen Straßenbaustellen werden Leerrohre gleich mitverlegt.',
        'Auf einer Karte im Geoportal können Hamburgerinnen und Hamburger nachsehen, welche Anbieter an ihrer Adresse Glasfaser anbieten oder einen Ausbau planen.',
      ],
    },
    en: {
      title: 'Fibre: four in five households can now book fast internet',
      slug: 'fibre-four-in-five-households',
      lead: 'Fibre roll-out in Hamburg is making progress: 81 percent of households can now book a gigabit connection, twice as many as in 2022.',
      body: [
        'Digital permits have done most to speed things up: network operators now apply for road openings online and get a decision after six weeks on average. Ducts are laid at the same time as the city’s own roadworks.',
        'A map in the geoportal shows which providers offer fibre at a given address or plan to build it.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-04-15',
    audiences: ['citizens', 'media'],
    topics: ['digital-administration', 'mobility'],
    projects: ['ozg-umsetzung-hamburg-service'],
    services: ['99023001000000', '99023002000000'],
    de: {
      title: 'Führerschein online: Antrag und Umtausch ohne Termin im Kundenzentrum',
      slug: 'fuehrerschein-online-antrag-umtausch',
      lead: 'Wer in Hamburg einen Führerschein beantragen oder einen alten Papierführerschein umtauschen möchte, kann das jetzt vollständig online erledigen. Der neue Kartenführerschein kommt per Post.',
      body: [
        'Der Online-Dienst deckt den Ersterwerb einer Fahrerlaubnis, die Erweiterung um weitere Klassen und den Pflichtumtausch alter Führerscheine ab. Das biometrische Foto lässt sich digital übermitteln; die Fahrschule erhält auf Wunsch automatisch eine Bestätigung.',
        'Angemeldet wird mit dem Servicekonto Hamburg oder der BundID mit Online-Ausweisfunktion. Die Gebühr wird direkt im Antrag bezahlt.',
        'Für den Pflichtumtausch der zwischen 2002 und 2004 ausgestellten Kartenführerscheine läuft die Frist am 19. Januar 2027 ab. Die Kundenzentren bleiben für alle geöffnet, die ihren Antrag lieber persönlich stellen.',
      ],
    },
    en: {
      title: 'Driving licence online: apply or exchange without an appointment',
      slug: 'driving-licence-online-apply-exchange',
      lead: 'Anyone in Hamburg who wants to apply for a driving licence or exchange an old paper licence can now do so entirely online. The new card licence arrives by post.',
      body: [
        'The online service covers first-time applications, adding further licence classes and the mandatory exchange of old licences. The biometric photo can be sent digitally; on request the driving school automatically receives a confirmation.',
        'Login is with the Hamburg service account or BundID using the online ID function. The fee is paid directly in the application.',
        'The deadline for exchanging card licences issued between 2002 and 2004 is 19 January 2027. The customer centres remain open to everyone who prefers to apply in person.',
      ],
    },
  },
  {
    kind: 'it-news',
    date: '2026-03-26',
    audiences: ['staff'],
    topics: ['ai', 'digital-administration'],
    projects: ['ki-assistent-llmoin'],
    de: {
      title: 'IT-News: KI-Assistent LLMoin durchsucht jetzt eigene Dokumente',
      slug: 'it-news-llmoin-dokumentensuche',
      lead: 'Nach erfolgreichem Test in drei Behörden steht die neue Dokumentensuche im KI-Assistenten allen Beschäftigten zur Verfügung.',
      body: [
        'Mit der neuen Funktion laden Sie Dokumente wie Dienstanweisungen, Vorlagen oder Handbücher in einen persönlichen Arbeitsbereich und stellen Fragen dazu. LLMoin antwortet mit Quellenangabe, sodass Sie jede Aussage im Original prüfen können.',
        'Die Dokumente bleiben in den Rechenzentren von Dataport und werden nach 30 Tagen automatisch gelöscht. Verschlusssachen und Gesundheitsdaten dürfen weiterhin nicht hochgeladen werden.',
        'Die KI-Lotsinnen und -Lotsen Ihrer Behörde bieten im April offene Sprechstunden an; Termine finden Sie im Intranet.',
      ],
    },
    en: {
      title: 'IT news: AI assistant LLMoin now searches your own documents',
      slug: 'it-news-llmoin-document-search',
      lead: 'After a successful test in three authorities, the new document search in the AI assistant is available to all staff.',
      body: [
        'The new function lets you upload documents such as internal instructions, templates or manuals into a personal workspace and ask questions about them. LLMoin answers with sources, so you can check every statement against the original.',
        'Documents stay in Dataport’s data centres and are deleted automatically after 30 days. Classified information and health data must still not be uploaded.',
        'The AI guides in your authority offer open consultation hours in April; dates are on the intranet.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-03-12',
    audiences: ['experts', 'citizens', 'interest-groups'],
    topics: ['open-data', 'participation'],
    projects: ['urbane-datenplattform-hamburg'],
    de: {
      title: 'Open Data Day: 120 Teilnehmende entwickeln Ideen mit offenen Stadtdaten',
      slug: 'open-data-day-2026-hackday',
      lead: 'Beim Hackday von Code for Hamburg im betahaus haben Entwicklerinnen, Studierende und Verwaltungsbeschäftigte an einem Wochenende 19 Prototypen gebaut.',
      body: [
        'Gewonnen hat eine Web-App, die anhand von Daten der Urbanen Datenplattform anzeigt, welche Spielplätze im Sommer Schatten bieten. Auf den Plätzen zwei und drei folgten eine Karte barrierefreier Toiletten und ein Frühwarnsystem für volle Fahrradparkhäuser.',
        'Das Team der Urbanen Datenplattform hat vor Ort Fragen zu den Schnittstellen beantwortet und mehrere Wünsche nach neuen Datensätzen aufgenommen, darunter Echtzeitdaten zu Aufzügen an Bahnhöfen.',
      ],
    },
    en: {
      title: 'Open Data Day: 120 participants develop ideas with open city data',
      slug: 'open-data-day-2026-hackday',
      lead: 'At the Code for Hamburg hackday at betahaus, developers, students and public employees built 19 prototypes over one weekend.',
      body: [
        'The winner was a web app that uses data from the urban data platform to show which playgrounds offer shade in summer. Second and third places went to a map of accessible toilets and an early warning system for full bicycle parking garages.',
        'The urban data platform team answered questions about the interfaces on site and took up several requests for new datasets, including real-time data on lifts at stations.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-02-25',
    audiences: ['businesses', 'citizens', 'media'],
    topics: ['digital-administration', 'economy'],
    projects: ['digitale-baugenehmigung'],
    services: ['99012008000000'],
    de: {
      title: 'Digitale Baugenehmigung: 94 Prozent der Bauanträge kommen online',
      slug: 'digitale-baugenehmigung-94-prozent-online',
      lead: 'Papier ist bei Bauanträgen in Hamburg die Ausnahme geworden. Im vereinfachten Verfahren sind die Bescheide im Mittel fast ein Drittel schneller da als vor der Digitalisierung.',
      body: [
        'Über das Portal BauPort reichen Architektinnen, Ingenieure und Bauherren ihre Unterlagen ein und verfolgen den Stand des Verfahrens. Die Bauprüfabteilungen der Bezirksämter beteiligen im Fachverfahren DIBAG alle Fachstellen gleichzeitig.',
        'Neu ist die Vorprüfung auf Vollständigkeit: Schon beim Hochladen weist das Portal darauf hin, wenn ein Nachweis fehlt. Das erspart Nachforderungen, die früher Wochen kosten konnten.',
        'Hamburg stellt die Lösung anderen Ländern zur Nachnutzung bereit. Drei Länder haben bereits Interesse angemeldet.',
      ],
    },
    en: {
      title: 'Digital building permit: 94 percent of applications arrive online',
      slug: 'digital-building-permit-94-percent-online',
      lead: 'Paper has become the exception for building applications in Hamburg. In the simplified procedure, decisions now arrive almost a third faster on average than before digitalisation.',
      body: [
        'Architects, engineers and developers submit their documents via the BauPort portal and track the status of the procedure. The building control departments of the district offices involve all specialist agencies at the same time in the DIBAG system.',
        'A new completeness check warns during upload when a certificate is missing. That saves requests for additional documents, which used to cost weeks.',
        'Hamburg offers the solution to other federal states for reuse. Three states have already registered their interest.',
      ],
    },
  },
  {
    kind: 'news',
    date: '2026-02-11',
    audiences: ['citizens', 'experts'],
    topics: ['smart-city', 'climate-environment', 'open-data'],
    projects: ['digitaler-zwilling-hamburg'],
    de: {
      title: '3D-Stadtmodell: Jetzt mit 230.000 Straßenbäumen und Solarpotenzial',
      slug: '3d-stadtmodell-strassenbaeume-solarpotenzial',
      lead: 'Der Landesbetrieb Geoinformation und Vermessung hat das 3D-Stadtmodell erweitert. Wer wissen möchte, ob sich eine Solaranlage auf dem eigenen Dach lohnt, kann das jetzt im Geoportal nachsehen.',
      body: [
        'Alle Straßenbäume aus dem Baumkataster sind nun als 3D-Objekte mit Höhe und Kronendurchmesser im Modell enthalten. Damit lässt sich die Verschattung von Straßen und Dächern realistisch berechnen.',
        'Für jedes der rund 400.000 Gebäude zeigt eine Farbskala, wie gut die Dachflächen für Photovoltaik geeignet sind. Die Berechnung berücksichtigt Neigung, Ausrichtung und Verschattung durch Nachbargebäude und Bäume.',
        'Die Daten stehen als Open Data im Transparenzportal bereit und fließen in den Digitalen Zwilling ein, den Hamburg gemeinsam mit Leipzig und München entwickelt.',
      ],
    },
    en: {
      title: '3D city model: now with 230,000 street trees and solar potential',
      slug: '3d-city-model-street-trees-solar-potential',
      lead: 'The Agency for Geoinformation and Surveying has extended the 3D city model. Anyone who wants to know whether a solar installation on their roof is worthwhile can now check in the geoportal.',
      body: [
        'All street trees from the tree register are now included as 3D objects with height and crown diameter. This makes it possible to calculate realistically how much shade falls on streets and roofs.',
        'For each of the roughly 400,000 buildings a colour scale shows how suitable the roof surfaces are for photovoltaics. The calculation takes slope, orientation and shade from neighbouring buildings and trees into account.',
        'The data is available as open data in the transparency portal and feeds into the digital twin that Hamburg is developing together with Leipzig and Munich.',
      ],
    },
  },
  {
    kind: 'it-news',
    date: '2026-01-28',
    audiences: ['staff'],
    topics: ['digital-administration'],
    projects: ['e-akte-hamburg'],
    de: {
      title: 'IT-News: E-Akte in allen Behörden – was sich für die Posteingänge ändert',
      slug: 'it-news-e-akte-posteingang',
      lead: 'Seit Jahresbeginn arbeitet die gesamte Kernverwaltung mit der E-Akte. Papierpost wird ab Februar ausschließlich in den zentralen Scanstellen digitalisiert.',
      body: [
        'Eingehende Briefe werden am Tag des Eingangs gescannt und dem zuständigen Postfach in der E-Akte zugestellt. Die Originale werden drei Monate aufbewahrt und danach datenschutzgerecht vernichtet, sofern sie nicht im Original benötigt werden.',
        'Dokumente, die im Original aufbewahrt werden müssen, etwa Urkunden, kennzeichnen die Scanstellen gesondert. Fragen zur Ablage beantworten die E-Akte-Beauftragten Ihrer Behörde.',
      ],
    },
  },
  {
    kind: 'press-release',
    date: '2026-01-14',
    audiences: ['media', 'politics', 'citizens', 'businesses'],
    topics: ['digital-administration', 'smart-city', 'ai', 'culture-of-change'],
    projects: ['digitalstrategie-fuer-hamburg', 'ki-assistent-llmoin', 'souveraener-arbeitsplatz-open-source'],
    de: {
      title: 'Senat beschließt fortgeschriebene Digitalstrategie für Hamburg',
      slug: 'senat-beschliesst-digitalstrategie-2026',
      lead: 'Die fortgeschriebene Digitalstrategie setzt neue Schwerpunkte bei Künstlicher Intelligenz, digitaler Souveränität und durchgehend digitalen Verwaltungsleistungen.',
      body: [
        'Sechs Jahre nach der ersten Digitalstrategie hat der Senat die Ziele für die kommenden Jahre festgelegt. Bis 2030 sollen die 100 meistgenutzten Verwaltungsleistungen vollständig digital ablaufen – vom Antrag bis zum Bescheid im digitalen Postfach.',
        'Neu aufgenommen wurden ein Handlungsfeld „Künstliche Intelligenz in der Verwaltung“ und das Ziel, die Abhängigkeit von einzelnen Softwareherstellern zu verringern. Dazu plant das Amt für IT und Digitalisierung einen Pilotbetrieb mit Open-Source-Arbeitsplätzen.',
        'Über den Fortschritt berichtet der Senat der Bürgerschaft jährlich. Die Kennzahlen werden zusätzlich offen im Transparenzportal veröffentlicht.',
      ],
    },
    en: {
      title: 'Senate adopts updated Digital Strategy for Hamburg',
      slug: 'senate-adopts-digital-strategy-2026',
      lead: 'The updated digital strategy sets new priorities on artificial intelligence, digital sovereignty and fully digital administrative services.',
      body: [
        'Six years after the first digital strategy, the Senate has set the goals for the coming years. By 2030 the 100 most-used administrative services are to be fully digital – from application to decision in the digital mailbox.',
        'New additions are a field of action on artificial intelligence in the administration and the goal of reducing dependence on individual software vendors. To this end, the Office for IT and Digitalisation is planning a pilot with open-source workstations.',
        'The Senate reports to the city parliament on progress every year. The figures are also published openly in the transparency portal.',
      ],
    },
  },
];
