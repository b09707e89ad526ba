import type { SeedProject } from '../types';

/**
 * Digitalisation projects of the city. Names of contacts, figures and awards are demo data;
 * e-mail addresses use example.org.
 */
export const projects: SeedProject[] = [
  // ─── Strategie ────────────────────────────────────────────────────────────────
  {
    status: 'implementation',
    start: '2020-01-14',
    topics: ['digital-administration', 'smart-city', 'culture-of-change'],
    audiences: ['politics', 'citizens', 'businesses', 'experts'],
    lead: 'senatskanzlei',
    partners: ['Amt für IT und Digitalisierung', 'Alle Fachbehörden und Bezirksämter', 'Dataport AöR', 'Handelskammer Hamburg'],
    contact: { name: 'Katharina Voss', role: 'Referentin Digitalstrategie', email: 'katharina.voss@example.org' },
    de: {
      title: 'Digitalstrategie für Hamburg',
      slug: 'digitalstrategie-fuer-hamburg',
      summary:
        'Die Digitalstrategie legt fest, wie Hamburg Verwaltung, Stadtleben und Wirtschaft digital weiterentwickelt – mit klaren Zielen, einem jährlichen Fortschrittsbericht und offenen Kennzahlen.',
      story: [
        'Der Senat hat die Digitalstrategie für Hamburg 2020 beschlossen und 2026 fortgeschrieben. Sie bündelt die digitalen Vorhaben aller Behörden unter gemeinsamen Leitlinien: nutzerorientiert, offen, sicher und souverän.',
        'Statt eines starren Maßnahmenkatalogs arbeitet die Strategie mit Handlungsfeldern – von der digitalen Verwaltung über Mobilität und Bildung bis zu Klima und Umwelt. Jedes Handlungsfeld hat messbare Ziele, die im Transparenzportal veröffentlicht werden.',
        'Die Senatskanzlei steuert die Umsetzung gemeinsam mit dem Amt für IT und Digitalisierung. Einmal im Jahr berichtet der Senat der Bürgerschaft, was erreicht wurde und wo nachgesteuert werden muss.',
      ],
      outcomes: [
        { value: '9', label: 'Handlungsfelder mit messbaren Zielen' },
        { value: '120+', label: 'Vorhaben aus allen Behörden im Monitoring' },
        { value: '1×', label: 'jährlicher Fortschrittsbericht an die Bürgerschaft' },
      ],
    },
    en: {
      title: 'Digital Strategy for Hamburg',
      slug: 'digital-strategy-for-hamburg',
      summary:
        'The digital strategy sets out how Hamburg develops its administration, city life and economy digitally – with clear goals, an annual progress report and open figures.',
      story: [
        'The Senate adopted the Digital Strategy for Hamburg in 2020 and updated it in 2026. It brings the digital plans of all public authorities together under shared principles: user-centred, open, secure and sovereign.',
        'Instead of a rigid list of measures, the strategy works with fields of action – from digital administration to mobility, education, climate and environment. Each field has measurable goals that are published in the transparency portal.',
        'The Senate Chancellery steers the implementation together with the Office for IT and Digitalisation. Once a year the Senate reports to the city parliament on what has been achieved and where course corrections are needed.',
      ],
      outcomes: [
        { value: '9', label: 'fields of action with measurable goals' },
        { value: '120+', label: 'projects from all authorities being monitored' },
        { value: '1×', label: 'annual progress report to the city parliament' },
      ],
    },
  },

  // ─── Offene Daten und Geodaten ───────────────────────────────────────────────
  {
    status: 'live',
    start: '2018-03-01',
    topics: ['open-data', 'smart-city', 'mobility'],
    audiences: ['experts', 'businesses', 'citizens'],
    lead: 'lgv',
    partners: ['Amt für IT und Digitalisierung', 'HafenCity Universität Hamburg – City Science Lab', 'Behörde für Verkehr und Mobilitätswende', 'Dataport AöR'],
    awards: [{ name: 'eGovernment-Wettbewerb', year: 2021, rank: '1. Platz', category: 'Bestes Infrastrukturprojekt' }],
    contact: { name: 'Dr. Jana Lüders', role: 'Projektleitung Urbane Datenplattform', email: 'jana.lueders@example.org' },
    de: {
      title: 'Urbane Datenplattform Hamburg',
      slug: 'urbane-datenplattform-hamburg',
      summary:
        'Die Urbane Datenplattform bündelt Daten aus Verwaltung, Verkehr, Umwelt und Infrastruktur an einer Stelle – offen, standardisiert und in Echtzeit, wo es die Daten hergeben.',
      story: [
        'Der Landesbetrieb Geoinformation und Vermessung betreibt die Urbane Datenplattform seit 2018. Sie verbindet mehrere Hundert Datenquellen: Baustellen, Parkhausbelegung, Ladesäulen, Luftmessstationen, Pegelstände und Zählstellen des Radverkehrs.',
        'Die Daten werden über offene Standards wie die OGC SensorThings API und Web Feature Services bereitgestellt. Was keine personenbezogenen oder sicherheitsrelevanten Informationen enthält, erscheint zusätzlich im Transparenzportal unter der Datenlizenz Deutschland.',
        'Verwaltung, Forschung und Unternehmen nutzen die Plattform für eigene Anwendungen – von der Baustellenkoordination über Verkehrsprognosen bis zu Apps, die freie Lastenrad-Stellplätze anzeigen.',
      ],
      outcomes: [
        { value: '600+', label: 'angebundene Datenquellen' },
        { value: '7.800', label: 'Sensoren liefern Echtzeitdaten' },
        { value: '35 Mio.', label: 'Datenabrufe pro Monat über offene Schnittstellen' },
      ],
    },
    en: {
      title: 'Urban Data Platform Hamburg',
      slug: 'urban-data-platform-hamburg',
      summary:
        'The urban data platform brings data from administration, traffic, environment and infrastructure together in one place – open, standardised and in real time wherever the data allows.',
      story: [
        'The Agency for Geoinformation and Surveying has operated the urban data platform since 2018. It connects several hundred data sources: roadworks, car park occupancy, charging points, air quality stations, water levels and bicycle counters.',
        'Data is provided through open standards such as the OGC SensorThings API and Web Feature Services. Anything that contains no personal or security-relevant information is also published in the transparency portal under the Data Licence Germany.',
        'Public bodies, researchers and companies use the platform for their own applications – from coordinating roadworks to traffic forecasts and apps that show free cargo-bike parking.',
      ],
      outcomes: [
        { value: '600+', label: 'connected data sources' },
        { value: '7,800', label: 'sensors delivering real-time data' },
        { value: '35 m', label: 'data requests per month via open interfaces' },
      ],
    },
  },
  {
    status: 'implementation',
    start: '2021-04-01',
    end: '2027-12-31',
    topics: ['smart-city', 'open-data', 'climate-environment', 'participation'],
    audiences: ['experts', 'politics', 'citizens'],
    lead: 'lgv',
    partners: ['Stadt Leipzig', 'Landeshauptstadt München', 'HafenCity Universität Hamburg – City Science Lab', 'Behörde für Stadtentwicklung und Wohnen'],
    awards: [{ name: 'eGovernment-Wettbewerb', year: 2025, rank: '2. Platz', category: 'Bestes Projekt für Nachhaltigkeit' }],
    contact: { name: 'Malte Petersen', role: 'Teamleitung Digitaler Zwilling', email: 'malte.petersen@example.org' },
    de: {
      title: 'Digitaler Zwilling und 3D-Stadtmodell',
      slug: 'digitaler-zwilling-hamburg',
      summary:
        'Ein digitales Abbild der Stadt, das Gebäude, Bäume, Leitungen und Sensordaten zusammenführt: Der Digitale Zwilling hilft, Planungen vorab zu prüfen und Folgen sichtbar zu machen.',
      story: [
        'Grundlage ist das 3D-Stadtmodell des Landesbetriebs Geoinformation und Vermessung, das alle rund 400.000 Gebäude Hamburgs mit Dachformen enthält. Im Projekt wird es um Straßenbäume, unterirdische Infrastruktur und Echtzeitdaten der Urbanen Datenplattform erweitert.',
        'Gemeinsam mit Leipzig und München entwickelt Hamburg offene Werkzeuge, mit denen Fachleute Szenarien durchspielen: Wie wirkt ein Neubau auf Verschattung und Wind? Wo lohnt sich eine Solaranlage? Welche Straßen laufen bei Starkregen voll?',
        'Alle Komponenten werden als Open Source veröffentlicht, damit andere Kommunen sie nachnutzen können. Die Bürgerinnen und Bürger sehen das Modell im Geoportal und in Beteiligungsverfahren mit DIPAS.',
      ],
      outcomes: [
        { value: '400.000', label: 'Gebäude im 3D-Stadtmodell' },
        { value: '230.000', label: 'Straßenbäume als 3D-Objekte' },
        { value: '14', label: 'Open-Source-Komponenten zur Nachnutzung veröffentlicht' },
      ],
    },
    en: {
      title: 'Digital twin and 3D city model',
      slug: 'digital-twin-hamburg',
      summary:
        'A digital replica of the city that brings buildings, trees, utility lines and sensor data together: the digital twin helps to test plans in advance and make their effects visible.',
      story: [
        'It is based on the 3D city model of the Agency for Geoinformation and Surveying, which contains all of Hamburg’s roughly 400,000 buildings including roof shapes. The project adds street trees, underground infrastructure and real-time data from the urban data platform.',
        'Together with Leipzig and Munich, Hamburg develops open tools that let experts play through scenarios: how does a new building affect shade and wind? Where is a solar installation worthwhile? Which streets flood during heavy rain?',
        'All components are published as open source so that other municipalities can reuse them. Citizens can see the model in the geoportal and in participation procedures with DIPAS.',
      ],
      outcomes: [
        { value: '400,000', label: 'buildings in the 3D city model' },
        { value: '230,000', label: 'street trees as 3D objects' },
        { value: '14', label: 'open-source components published for reuse' },
      ],
    },
  },

  // ─── Online-Dienste ───────────────────────────────────────────────────────────
  {
    status: 'live',
    start: '2019-06-01',
    topics: ['digital-administration', 'health-social'],
    audiences: ['citizens'],
    lead: 'itd',
    partners: ['Standesämter der Hamburger Bezirksämter', 'Elterngeldstellen der Bezirksämter', 'Familienkasse der Bundesagentur für Arbeit', 'Sozialbehörde', 'Dataport AöR'],
    awards: [{ name: 'eGovernment-Wettbewerb', year: 2026, rank: '1. Platz', category: 'Bürgerservices' }],
    services: ['99041006000000'],
    contact: { name: 'Svenja Harms', role: 'Produktverantwortliche Familienleistungen', email: 'svenja.harms@example.org' },
    de: {
      title: 'Kinderleicht zum Kindergeld',
      slug: 'kinderleicht-zum-kindergeld',
      summary:
        'Nach der Geburt mit einem einzigen Online-Antrag zu Geburtsurkunde, Kindergeld und Elterngeld – ohne dieselben Angaben mehrfach zu machen.',
      story: [
        'Junge Eltern mussten früher drei Stellen aufsuchen: das Standesamt für die Geburtsurkunde, die Familienkasse für das Kindergeld und die Elterngeldstelle des Bezirksamts. „Kinderleicht zum Kindergeld“ verbindet diese Schritte zu einem digitalen Ablauf.',
        'Eltern geben ihre Daten einmal ein und erteilen ihre Einwilligung, dass das Standesamt die Geburtsdaten direkt an Familienkasse und Elterngeldstelle übermittelt. Seit 2025 ist auch der Elterngeldantrag vollständig online möglich, einschließlich Upload der Einkommensnachweise.',
        'Das Angebot wurde mit Eltern aus allen Bezirken in mehreren Testrunden entwickelt. Die Anmeldung erfolgt über das Servicekonto Hamburg oder die BundID; Bescheide kommen auf Wunsch in das digitale Postfach.',
      ],
      outcomes: [
        { value: '68 %', label: 'der Elterngeldanträge gehen online ein' },
        { value: '3 → 1', label: 'Anträge statt drei Behördengänge nach der Geburt' },
        { value: '11 Tage', label: 'schnellere Bearbeitung beim Elterngeld im Mittel' },
      ],
    },
    en: {
      title: 'Child benefit made easy',
      slug: 'child-benefit-made-easy',
      summary:
        'After the birth of a child, a single online application for the birth certificate, child benefit and parental allowance – without entering the same details several times.',
      story: [
        'Young parents used to deal with three offices: the registry office for the birth certificate, the family benefits office for child benefit and the parental allowance office of the district. “Kinderleicht zum Kindergeld” combines these steps into one digital process.',
        'Parents enter their details once and consent to the registry office passing the birth data directly to the family benefits office and the parental allowance office. Since 2025 the parental allowance application has also been fully online, including the upload of proof of income.',
        'The service was developed in several rounds of testing with parents from all districts. Login is via the Hamburg service account or BundID; decisions can be delivered to the digital mailbox.',
      ],
      outcomes: [
        { value: '68 %', label: 'of parental allowance applications arrive online' },
        { value: '3 → 1', label: 'one application instead of three visits after birth' },
        { value: '11 days', label: 'faster processing of parental allowance on average' },
      ],
    },
  },
  {
    status: 'live',
    start: '2017-09-01',
    topics: ['digital-administration', 'economy'],
    audiences: ['citizens', 'businesses', 'experts'],
    lead: 'bsw',
    partners: ['Bauprüfabteilungen der sieben Bezirksämter', 'Landesbetrieb Geoinformation und Vermessung', 'Amt für IT und Digitalisierung', 'Hamburgische Architektenkammer', 'Dataport AöR'],
    awards: [{ name: 'eGovernment-Wettbewerb', year: 2022, rank: '1. Platz', category: 'Bestes Digitalisierungsprojekt' }],
    services: ['99012008000000'],
    contact: { name: 'Tobias Wendt', role: 'Fachliche Leitung Digitale Baugenehmigung', email: 'tobias.wendt@example.org' },
    de: {
      title: 'Digitale Baugenehmigung (DIBAG und BauPort)',
      slug: 'digitale-baugenehmigung',
      summary:
        'Bauanträge werden in Hamburg vollständig digital gestellt, geprüft und beschieden: Über das Antragsportal BauPort reichen Entwurfsverfasserinnen und -verfasser ein, im Fachverfahren DIBAG arbeiten die Bauprüfabteilungen.',
      story: [
        'Früher gingen Bauanträge in mehrfacher Papierausfertigung durch die Behörden. Heute laden Architektinnen und Ingenieure Pläne und Nachweise im BauPort hoch, sehen jederzeit den Bearbeitungsstand und beantworten Nachforderungen direkt im Portal.',
        'Im Fachverfahren DIBAG beteiligt die Bauprüfabteilung alle Stellen gleichzeitig statt nacheinander – vom Denkmalschutz bis zur Feuerwehr. Die Pläne werden gemeinsam digital kommentiert; Geodaten des LGV zeigen Bebauungspläne und Leitungen direkt am Grundstück.',
        'Hamburg stellt die Lösung anderen Ländern im Rahmen des Prinzips „Einer für Alle“ zur Nachnutzung bereit.',
      ],
      outcomes: [
        { value: '94 %', label: 'der Bauanträge werden digital eingereicht' },
        { value: '−30 %', label: 'kürzere Verfahrensdauer im vereinfachten Verfahren' },
        { value: '2,4 Mio.', label: 'Blatt Papier pro Jahr eingespart' },
      ],
    },
    en: {
      title: 'Digital building permit (DIBAG and BauPort)',
      slug: 'digital-building-permit',
      summary:
        'In Hamburg, building applications are submitted, reviewed and decided entirely digitally: designers submit via the BauPort application portal, the building control departments work in the DIBAG system.',
      story: [
        'Building applications used to pass through the authorities in several paper copies. Today architects and engineers upload plans and certificates to BauPort, can check the processing status at any time and answer requests for additional documents directly in the portal.',
        'In DIBAG, the building control department involves all agencies at the same time rather than one after the other – from heritage protection to the fire brigade. Plans are annotated digitally; geodata from LGV shows development plans and utility lines right at the plot.',
        'Hamburg provides the solution to other federal states for reuse under the “one for all” principle.',
      ],
      outcomes: [
        { value: '94 %', label: 'of building applications are submitted digitally' },
        { value: '−30 %', label: 'shorter procedure in the simplified permit process' },
        { value: '2.4 m', label: 'sheets of paper saved per year' },
      ],
    },
  },
  {
    status: 'completed',
    start: '2023-01-01',
    end: '2025-12-31',
    topics: ['digital-administration'],
    audiences: ['citizens', 'businesses', 'politics', 'experts'],
    lead: 'itd',
    partners: ['Alle Fachbehörden und Bezirksämter', 'Hamburg Service vor Ort', 'Dataport AöR', 'FITKO – Föderale IT-Kooperation'],
    services: ['99023001000000', '99023002000000', '99041006000000', '99012008000000'],
    contact: { name: 'Aylin Demir', role: 'Programmleitung OZG-Umsetzung', email: 'aylin.demir@example.org' },
    de: {
      title: 'OZG-Umsetzung: Online-Dienste im Hamburg Service',
      slug: 'ozg-umsetzung-hamburg-service',
      summary:
        'Das Programm hat die wichtigsten Verwaltungsleistungen Hamburgs nach dem Onlinezugangsgesetz digitalisiert – mit einheitlicher Anmeldung über Servicekonto und BundID und einem Postfach für Bescheide.',
      story: [
        'Zwischen 2023 und 2025 hat das Amt für IT und Digitalisierung die Online-Dienste der Stadt priorisiert nach Nutzungszahlen umgesetzt: zuerst die Leistungen, die Hamburgerinnen und Hamburger am häufigsten brauchen, etwa Führerschein, Elterngeld, Wohngeld und Baugenehmigung.',
        'Wo andere Länder bereits gute Lösungen nach dem Prinzip „Einer für Alle“ entwickelt hatten, hat Hamburg sie übernommen, statt eigene zu bauen. Eigene Entwicklungen stellt die Stadt umgekehrt anderen zur Verfügung.',
        'Alle Dienste nutzen dieselben Basiskomponenten: Anmeldung mit Servicekonto Hamburg oder BundID, Online-Bezahlung und ein digitales Postfach. Seit Ende 2025 werden neue Dienste nach dem OZG-Änderungsgesetz im Regelbetrieb weiterentwickelt.',
      ],
      outcomes: [
        { value: '280', label: 'Verwaltungsleistungen online verfügbar' },
        { value: '4,1 Mio.', label: 'Online-Anträge im Jahr 2025' },
        { value: '62', label: 'Dienste aus anderen Ländern nachgenutzt' },
      ],
    },
    en: {
      title: 'Online Access Act: online services at Hamburg Service',
      slug: 'online-access-act-hamburg-service',
      summary:
        'The programme digitised Hamburg’s most important administrative services under the Online Access Act – with a single login via the service account and BundID and one mailbox for decisions.',
      story: [
        'Between 2023 and 2025 the Office for IT and Digitalisation implemented the city’s online services in order of demand: first the services people in Hamburg need most, such as driving licences, parental allowance, housing benefit and building permits.',
        'Where other federal states had already built good solutions under the “one for all” principle, Hamburg adopted them instead of building its own. In turn, the city shares its own developments with others.',
        'All services use the same basic components: login with the Hamburg service account or BundID, online payment and a digital mailbox. Since the end of 2025 new services have been developed in regular operation under the amended Online Access Act.',
      ],
      outcomes: [
        { value: '280', label: 'administrative services available online' },
        { value: '4.1 m', label: 'online applications in 2025' },
        { value: '62', label: 'services reused from other federal states' },
      ],
    },
  },

  // ─── Moderne Verwaltung ───────────────────────────────────────────────────────
  {
    status: 'live',
    start: '2024-02-01',
    topics: ['ai', 'digital-administration', 'culture-of-change'],
    audiences: ['staff', 'experts', 'politics'],
    lead: 'itd',
    partners: ['Dataport AöR', 'Personalamt der Senatskanzlei', 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (beratend)', 'Personalräte der Hamburger Verwaltung'],
    awards: [{ name: 'eGovernment-Wettbewerb', year: 2025, rank: '2. Platz', category: 'Bestes Projekt zum Einsatz Künstlicher Intelligenz' }],
    contact: { name: 'Frederik Brandt', role: 'Produktmanager KI-Assistent', email: 'frederik.brandt@example.org' },
    de: {
      title: 'KI-Assistent für die Verwaltung (LLMoin)',
      slug: 'ki-assistent-llmoin',
      summary:
        'Ein generativer KI-Assistent, der in Hamburger Rechenzentren läuft und Beschäftigte beim Zusammenfassen, Formulieren und Recherchieren unterstützt – datenschutzkonform und ohne Weitergabe an Dritte.',
      story: [
        'LLMoin ist seit 2024 in der Hamburger Verwaltung im Einsatz. Beschäftigte nutzen den Assistenten im Browser, um lange Vorlagen zusammenzufassen, Entwürfe für Antwortschreiben in verständlicher Sprache zu erstellen oder Rechtsvorschriften zu durchsuchen.',
        'Die Sprachmodelle laufen auf Servern von Dataport; Eingaben werden weder zum Training verwendet noch gespeichert. Welche Aufgaben der Assistent übernehmen darf, regelt eine Dienstvereinbarung mit den Personalräten: Entscheidungen über Anträge trifft immer ein Mensch.',
        'Ein Netz von KI-Lotsinnen und -Lotsen in den Behörden zeigt Kolleginnen und Kollegen gute Anwendungsfälle. Neue Funktionen, etwa die Suche in eigenen Dokumentensammlungen, werden mit Pilotgruppen getestet, bevor sie für alle freigeschaltet werden.',
      ],
      outcomes: [
        { value: '31.000', label: 'Beschäftigte mit Zugang zum KI-Assistenten' },
        { value: '18.500', label: 'aktive Nutzerinnen und Nutzer im Monat' },
        { value: '420', label: 'ausgebildete KI-Lotsinnen und -Lotsen' },
      ],
    },
    en: {
      title: 'AI assistant for the administration (LLMoin)',
      slug: 'ai-assistant-llmoin',
      summary:
        'A generative AI assistant that runs in Hamburg’s own data centres and helps staff summarise, draft and research – compliant with data protection and without passing data to third parties.',
      story: [
        'LLMoin has been in use in Hamburg’s administration since 2024. Staff use the assistant in the browser to summarise long documents, draft replies in plain language or search legal provisions.',
        'The language models run on Dataport servers; inputs are neither used for training nor stored. A service agreement with the staff councils sets out which tasks the assistant may take on: decisions on applications are always made by a person.',
        'A network of AI guides in the authorities shows colleagues good use cases. New functions, such as searching one’s own document collections, are tested with pilot groups before being released to everyone.',
      ],
      outcomes: [
        { value: '31,000', label: 'staff with access to the AI assistant' },
        { value: '18,500', label: 'active users per month' },
        { value: '420', label: 'trained AI guides' },
      ],
    },
  },
  {
    status: 'planning',
    start: '2026-03-01',
    end: '2029-12-31',
    topics: ['digital-administration', 'security-it', 'culture-of-change'],
    audiences: ['staff', 'experts', 'politics'],
    lead: 'itd',
    partners: ['Dataport AöR', 'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung (ZenDiS)', 'Bezirksamt Altona', 'Bezirksamt Bergedorf', 'Land Schleswig-Holstein (Erfahrungsaustausch)'],
    contact: { name: 'Nils Asmussen', role: 'Projektleitung Souveräner Arbeitsplatz', email: 'nils.asmussen@example.org' },
    de: {
      title: 'Souveräner Arbeitsplatz mit Open Source',
      slug: 'souveraener-arbeitsplatz-open-source',
      summary:
        'Hamburg bereitet den schrittweisen Umstieg auf einen Arbeitsplatz aus Open-Source-Komponenten vor – mit openDesk und der dPhoenixSuite für E-Mail, Dateien, Textverarbeitung und Videokonferenzen.',
      story: [
        'Die Verwaltung ist bei Büro-Software stark von wenigen Herstellern abhängig. Das erschwert Verhandlungen über Lizenzkosten und die Kontrolle darüber, wo Daten verarbeitet werden. Ziel des Projekts ist ein Arbeitsplatz, dessen Bausteine offen, austauschbar und in eigenen Rechenzentren betrieben sind.',
        'In der Planungsphase vergleicht das Amt für IT und Digitalisierung openDesk des ZenDiS und die dPhoenixSuite von Dataport im Alltag: Wie gut funktionieren Fachverfahren, Vorlagen und Barrierefreiheit? Welche Schulungen brauchen die Beschäftigten?',
        'Ab 2027 sollen zwei Bezirksämter mit jeweils rund 300 Arbeitsplätzen pilotieren. Die Erfahrungen aus Schleswig-Holstein, das den Umstieg bereits begonnen hat, fließen in die Planung ein.',
      ],
      outcomes: [
        { value: '600', label: 'Pilot-Arbeitsplätze in zwei Bezirksämtern geplant' },
        { value: '5', label: 'Kernanwendungen im Vergleichstest' },
      ],
    },
    en: {
      title: 'Sovereign workplace with open source',
      slug: 'sovereign-workplace-open-source',
      summary:
        'Hamburg is preparing a gradual switch to a workplace built from open-source components – with openDesk and dPhoenixSuite for e-mail, files, word processing and video conferencing.',
      story: [
        'For office software, the administration depends heavily on a few vendors. That makes it harder to negotiate licence costs and to control where data is processed. The project aims at a workplace whose building blocks are open, interchangeable and run in the public sector’s own data centres.',
        'In the planning phase the Office for IT and Digitalisation compares ZenDiS’s openDesk and Dataport’s dPhoenixSuite in everyday use: how well do specialist applications, templates and accessibility work? What training do staff need?',
        'From 2027 two district offices with around 300 workstations each are to run pilots. Experience from Schleswig-Holstein, which has already begun the switch, informs the planning.',
      ],
      outcomes: [
        { value: '600', label: 'pilot workstations planned in two district offices' },
        { value: '5', label: 'core applications in the comparison test' },
      ],
    },
  },
  {
    status: 'completed',
    start: '2016-01-01',
    end: '2025-12-31',
    topics: ['digital-administration', 'climate-environment'],
    audiences: ['staff', 'politics', 'experts'],
    lead: 'itd',
    partners: ['Dataport AöR', 'Alle Fachbehörden und Bezirksämter', 'Staatsarchiv Hamburg'],
    contact: { name: 'Leonie Hartmann', role: 'Koordination E-Akte', email: 'leonie.hartmann@example.org' },
    de: {
      title: 'E-Akte für die gesamte Verwaltung',
      slug: 'e-akte-hamburg',
      summary:
        'Alle Behörden und Bezirksämter führen ihre Akten elektronisch. Vorgänge lassen sich von überall bearbeiten, gemeinsam mitzeichnen und revisionssicher archivieren.',
      story: [
        'Die Einführung der E-Akte begann 2016 mit Pilotbehörden und wurde Behörde für Behörde ausgerollt. Ende 2025 hat mit der letzten Fachbehörde die gesamte Kernverwaltung umgestellt.',
        'Eingehende Post wird in zentralen Scanstellen digitalisiert und direkt dem richtigen Vorgang zugeordnet. Mitzeichnungen laufen als digitaler Workflow; wer im Homeoffice arbeitet, hat dieselben Unterlagen wie im Büro.',
        'Das Staatsarchiv übernimmt archivwürdige Akten digital. Die frei werdenden Registraturflächen werden zu Besprechungs- und Arbeitsräumen umgebaut.',
      ],
      outcomes: [
        { value: '48.000', label: 'Arbeitsplätze mit E-Akte' },
        { value: '100 %', label: 'der Behörden und Bezirksämter umgestellt' },
        { value: '11 km', label: 'Aktenregal weniger' },
      ],
    },
    en: {
      title: 'E-files for the entire administration',
      slug: 'e-files-hamburg',
      summary:
        'All authorities and district offices keep their files electronically. Cases can be handled from anywhere, co-signed jointly and archived in an audit-proof way.',
      story: [
        'The introduction of e-files began in 2016 with pilot authorities and was rolled out one authority at a time. At the end of 2025 the last ministry switched over, completing the core administration.',
        'Incoming post is digitised in central scanning centres and assigned directly to the right case. Co-signing runs as a digital workflow; staff working from home have the same documents as in the office.',
        'The State Archive takes over files worth archiving in digital form. The registry space that is freed up is being turned into meeting rooms and workspaces.',
      ],
      outcomes: [
        { value: '48,000', label: 'workstations using e-files' },
        { value: '100 %', label: 'of authorities and district offices switched over' },
        { value: '11 km', label: 'fewer metres of file shelving' },
      ],
    },
  },

  // ─── Beteiligung ──────────────────────────────────────────────────────────────
  {
    status: 'live',
    start: '2016-10-01',
    topics: ['participation', 'smart-city', 'open-data'],
    audiences: ['citizens', 'interest-groups', 'politics', 'experts'],
    lead: 'bsw',
    partners: ['Landesbetrieb Geoinformation und Vermessung', 'HafenCity Universität Hamburg – City Science Lab', 'Stadtwerkstatt Hamburg', 'Bezirksämter'],
    awards: [
      { name: 'eGovernment-Wettbewerb', year: 2020, rank: '1. Platz', category: 'Bestes Projekt zur Bürgerbeteiligung' },
      { name: 'Preis für digitale Beteiligung der Metropolregion', year: 2023, rank: 'Publikumspreis' },
    ],
    contact: { name: 'Merle Jansen', role: 'Produktverantwortliche DIPAS', email: 'merle.jansen@example.org' },
    de: {
      title: 'DIPAS – Digitales Partizipationssystem',
      slug: 'dipas-digitale-beteiligung',
      summary:
        'Mit DIPAS beteiligen sich Hamburgerinnen und Hamburger an Planungen – online von zu Hause und vor Ort an digitalen Planungstischen, auf denselben Karten und 3D-Modellen, mit denen auch die Verwaltung plant.',
      story: [
        'DIPAS verbindet Online-Beteiligung mit Veranstaltungen vor Ort. Wer einen Hinweis zu einem neuen Quartier, einer Grünanlage oder einer Radroute hat, setzt ihn direkt auf die Karte. Auf Touchtischen in Stadtteilwerkstätten können alle gemeinsam Varianten im 3D-Stadtmodell vergleichen.',
        'Die Beiträge fließen strukturiert in die Auswertung der Planerinnen und Planer ein. Nach Abschluss wird veröffentlicht, was aus den Hinweisen geworden ist – das macht Beteiligung nachvollziehbar.',
        'DIPAS ist Open Source und wird inzwischen auch von anderen Städten genutzt. In Hamburg sind die Bezirke die häufigsten Anwender, von Bebauungsplänen bis zur Gestaltung von Spielplätzen.',
      ],
      outcomes: [
        { value: '190+', label: 'Beteiligungsverfahren seit dem Start' },
        { value: '74.000', label: 'Beiträge von Bürgerinnen und Bürgern' },
        { value: '9', label: 'Städte nutzen DIPAS nach' },
      ],
    },
    en: {
      title: 'DIPAS – digital participation system',
      slug: 'dipas-digital-participation',
      summary:
        'With DIPAS, people in Hamburg take part in planning – online from home and on site at digital planning tables, using the same maps and 3D models the administration plans with.',
      story: [
        'DIPAS combines online participation with on-site events. Anyone with a comment on a new neighbourhood, a park or a cycle route places it directly on the map. At touch tables in neighbourhood workshops, everyone can compare options in the 3D city model together.',
        'Contributions feed into the planners’ evaluation in a structured way. Afterwards, the city publishes what became of the comments – making participation traceable.',
        'DIPAS is open source and is now used by other cities too. In Hamburg the districts are the most frequent users, from development plans to the design of playgrounds.',
      ],
      outcomes: [
        { value: '190+', label: 'participation procedures since launch' },
        { value: '74,000', label: 'contributions from citizens' },
        { value: '9', label: 'cities reuse DIPAS' },
      ],
    },
  },

  // ─── Bildung ──────────────────────────────────────────────────────────────────
  {
    status: 'completed',
    start: '2019-05-16',
    end: '2025-12-31',
    topics: ['education'],
    audiences: ['citizens', 'politics', 'interest-groups'],
    lead: 'bsb',
    partners: ['Schulbau Hamburg', 'Institut für Bildungsmonitoring und Qualitätsentwicklung', 'Landesinstitut für Lehrerbildung und Schulentwicklung', 'Dataport AöR'],
    contact: { name: 'Jonas Quast', role: 'Programmleitung Digitalpakt Schule', email: 'jonas.quast@example.org' },
    de: {
      title: 'Digitalpakt Schule: WLAN und Endgeräte für alle Schulen',
      slug: 'digitalpakt-schule-hamburg',
      summary:
        'Mit Mitteln aus dem Digitalpakt Schule hat Hamburg alle staatlichen Schulen mit schnellem Glasfaseranschluss, flächendeckendem WLAN und digitalen Tafeln ausgestattet.',
      story: [
        'Zwischen 2019 und 2025 hat die Behörde für Schule und Berufsbildung die Mittel aus dem Digitalpakt von Bund und Ländern in die Infrastruktur der Schulen investiert: Glasfaser bis ins Gebäude, WLAN in jedem Unterrichtsraum und interaktive Displays statt Kreidetafeln.',
        'Während der Schulschließungen 2020 und 2021 kamen Leihgeräte für Schülerinnen und Schüler sowie Dienstgeräte für Lehrkräfte hinzu. Über die Lernplattform der Stadt und die Schulcloud lassen sich Materialien und Aufgaben datenschutzkonform teilen.',
        'Zum Abschluss des Programms hat das Landesinstitut Fortbildungen für alle Kollegien angeboten. Die Weiterentwicklung läuft im Digitalpakt 2.0 weiter.',
      ],
      outcomes: [
        { value: '100 %', label: 'der staatlichen Schulen mit WLAN in allen Räumen' },
        { value: '12.500', label: 'interaktive Displays in Klassenräumen' },
        { value: '98.000', label: 'Leih- und Dienstgeräte ausgegeben' },
      ],
    },
  },

  // ─── Infrastruktur und Mobilität ──────────────────────────────────────────────
  {
    status: 'implementation',
    start: '2022-01-01',
    end: '2030-12-31',
    topics: ['smart-city', 'economy'],
    audiences: ['citizens', 'businesses', 'politics'],
    lead: 'bwi',
    partners: ['Breitbandkoordination der Behörde für Wirtschaft und Innovation', 'Telekommunikationsunternehmen im Gigabit-Bündnis Hamburg', 'Landesbetrieb Straßen, Brücken und Gewässer', 'Bezirksämter'],
    contact: { name: 'Okan Yıldız', role: 'Gigabitkoordinator', email: 'okan.yildiz@example.org' },
    de: {
      title: 'Gigabit-Stadt: Glasfaser und 5G für alle',
      slug: 'gigabit-glasfaser-5g',
      summary:
        'Bis 2030 sollen alle Haushalte und Unternehmen in Hamburg einen Glasfaseranschluss bekommen können und das 5G-Netz flächendeckend verfügbar sein.',
      story: [
        'Die Stadt baut Glasfasernetze nicht selbst, sorgt aber dafür, dass die Netzbetreiber schneller bauen können: Genehmigungen für Aufgrabungen werden digital und gebündelt erteilt, Leerrohre bei städtischen Baustellen gleich mitverlegt.',
        'Für 5G stellt Hamburg städtische Flächen wie Ampelmasten, Laternen und Dächer öffentlicher Gebäude für kleine Funkzellen bereit. Ein digitales Standortkataster zeigt den Betreibern, wo geeignete Flächen frei sind.',
        'Wo sich der Ausbau wirtschaftlich nicht lohnt, etwa in Teilen der Vier- und Marschlande, nutzt Hamburg Fördermittel von Bund und Land.',
      ],
      outcomes: [
        { value: '81 %', label: 'der Haushalte können Glasfaser buchen' },
        { value: '97 %', label: 'der Stadtfläche mit 5G versorgt' },
        { value: '6 Wochen', label: 'Bearbeitungszeit für Aufgrabungsgenehmigungen im Mittel' },
      ],
    },
  },
  {
    status: 'planning',
    start: '2026-07-01',
    end: '2028-06-30',
    topics: ['mobility', 'smart-city', 'climate-environment'],
    audiences: ['citizens', 'experts', 'politics'],
    lead: 'itd',
    partners: ['Behörde für Verkehr und Mobilitätswende', 'Hamburg Verkehrsanlagen GmbH', 'Hamburger Hochbahn AG', 'Landesbetrieb Geoinformation und Vermessung'],
    contact: { name: 'Hannah Claussen', role: 'Projektkoordination Intelligente Verkehrssysteme', email: 'hannah.claussen@example.org' },
    de: {
      title: 'Vernetzte Ampeln für Bus und Rad',
      slug: 'vernetzte-ampeln-bus-rad',
      summary:
        'Auf einer Pilotstrecke am Ring 2 sollen Ampeln mit Bussen und Fahrrädern kommunizieren: Busse bekommen früher Grün, Radfahrende sehen in einer App, mit welchem Tempo sie die grüne Welle erreichen.',
      story: [
        'Hamburg hat mit intelligenten Verkehrssystemen (ITS) bereits Erfahrung gesammelt, etwa bei der Busbeschleunigung und bei Testfeldern für vernetztes Fahren. Nun sollen Ampeln, Fahrzeuge und Apps auf einer rund acht Kilometer langen Strecke dauerhaft Daten austauschen.',
        'Die Ampelanlagen senden ihre Schaltzeiten über die Urbane Datenplattform und per Funk an Fahrzeuge. Busse melden sich an der Kreuzung an und erhalten, wenn es der Verkehr erlaubt, eine verlängerte Grünphase.',
        'In der Planungsphase werden die Kreuzungen ausgewählt, Datenschutzfragen geklärt und die Technik ausgeschrieben. Der Umbau der ersten Anlagen ist für 2027 vorgesehen.',
      ],
      outcomes: [
        { value: '8 km', label: 'Pilotstrecke am Ring 2' },
        { value: '34', label: 'Ampelanlagen sollen vernetzt werden' },
      ],
    },
  },
  {
    status: 'idea',
    start: '2027-01-01',
    topics: ['mobility', 'smart-city', 'open-data'],
    audiences: ['citizens', 'businesses', 'politics'],
    lead: 'bezirksamt-eimsbuettel',
    partners: ['Behörde für Verkehr und Mobilitätswende', 'Landesbetrieb Verkehr', 'Landesbetrieb Geoinformation und Vermessung', 'Amt für IT und Digitalisierung'],
    contact: { name: 'Ole Behrens', role: 'Smart-City-Beauftragter des Bezirksamts', email: 'ole.behrens@example.org' },
    de: {
      title: 'Parken mit Sensoren: freie Lieferzonen in Echtzeit',
      slug: 'parken-mit-sensoren',
      summary:
        'Idee für einen Pilot im Bezirk Eimsbüttel: Sensoren in Lieferzonen und Behindertenparkplätzen melden, ob der Platz frei ist – damit weniger Lieferverkehr in zweiter Reihe hält.',
      story: [
        'In dicht bebauten Quartieren wie Eimsbüttel oder Hoheluft suchen Lieferdienste und Handwerksbetriebe oft lange nach einem Halteplatz. Fahrzeuge in zweiter Reihe behindern Busse und gefährden Radfahrende.',
        'Die Idee: Bodensensoren in ausgewählten Lieferzonen und auf Behindertenparkplätzen melden die Belegung anonym an die Urbane Datenplattform. Navigations- und Logistik-Apps können die Daten offen abrufen.',
        'Bevor ein Pilot beginnt, prüfen Bezirksamt, Verkehrsbehörde und Amt für IT und Digitalisierung Kosten, Datenschutz und Wartungsaufwand. Erfahrungen aus anderen Städten zeigen, dass die Sensoren nur dann helfen, wenn die Zonen auch kontrolliert werden.',
      ],
    },
  },
];
