import type { OrganisationKey, SeedOrganisation } from '../types';

/** Authorities and service providers the demo content refers to. */
export const organisations: Record<OrganisationKey, SeedOrganisation> = {
  itd: {
    kind: 'amt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/senatskanzlei/amt-fuer-it-und-digitalisierung',
    de: {
      name: 'Amt für IT und Digitalisierung',
      slug: 'amt-fuer-it-und-digitalisierung',
      description:
        'Das Amt für IT und Digitalisierung in der Senatskanzlei steuert die Digitalisierung der Hamburger Verwaltung. Es verantwortet die Digitalstrategie, gemeinsame Plattformen wie das Serviceportal und die Umsetzung des Onlinezugangsgesetzes.',
    },
    en: {
      name: 'Office for IT and Digitalisation',
      slug: 'office-for-it-and-digitalisation',
      description:
        'The Office for IT and Digitalisation in the Senate Chancellery steers the digital transformation of Hamburg’s administration. It is responsible for the digital strategy, shared platforms such as the service portal and the implementation of the Online Access Act.',
    },
  },
  senatskanzlei: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/senatskanzlei',
    de: {
      name: 'Senatskanzlei',
      slug: 'senatskanzlei',
      description:
        'Die Senatskanzlei unterstützt den Ersten Bürgermeister und den Senat bei der Leitung der Stadt. Sie koordiniert die Arbeit der Behörden und vertritt Hamburg gegenüber Bund, Ländern und Europäischer Union.',
    },
    en: {
      name: 'Senate Chancellery',
      slug: 'senate-chancellery',
      description:
        'The Senate Chancellery supports the First Mayor and the Senate in governing the city. It coordinates the work of the authorities and represents Hamburg towards the federal government, the other states and the European Union.',
    },
  },
  finanzbehoerde: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/finanzbehoerde',
    de: {
      name: 'Finanzbehörde',
      slug: 'finanzbehoerde',
      description:
        'Die Finanzbehörde plant und steuert den Haushalt der Freien und Hansestadt Hamburg. Zu ihr gehören auch die Steuerverwaltung und das Personalamt.',
    },
    en: {
      name: 'Ministry of Finance',
      slug: 'ministry-of-finance',
      description:
        'The Ministry of Finance plans and manages the budget of the Free and Hanseatic City of Hamburg. The tax administration and the Personnel Office are also part of it.',
    },
  },
  'bezirksamt-mitte': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/hamburg-mitte',
    de: {
      name: 'Bezirksamt Hamburg-Mitte',
      slug: 'bezirksamt-hamburg-mitte',
      description:
        'Das Bezirksamt Hamburg-Mitte ist für die Innenstadt, den Hafen, St. Pauli, Wilhelmsburg und die Elbinseln zuständig. Es bietet Bürgerservice, Standesamt, Sozial- und Jugendhilfe sowie Bau- und Umweltleistungen vor Ort an.',
    },
    en: {
      name: 'Hamburg-Mitte District Office',
      slug: 'hamburg-mitte-district-office',
      description:
        'The Hamburg-Mitte District Office serves the city centre, the port, St. Pauli, Wilhelmsburg and the Elbe islands. It provides citizen services, a register office, social and youth services as well as building and environmental services locally.',
    },
  },
  'bezirksamt-altona': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/altona',
    de: {
      name: 'Bezirksamt Altona',
      slug: 'bezirksamt-altona',
      description:
        'Das Bezirksamt Altona betreut die Stadtteile im Westen Hamburgs von Ottensen bis Blankenese. Es betreibt unter anderem Kundenzentren, das Standesamt Altona und das Zentrale Fundbüro.',
    },
    en: {
      name: 'Altona District Office',
      slug: 'altona-district-office',
      description:
        'The Altona District Office serves the western neighbourhoods of Hamburg from Ottensen to Blankenese. Among other things, it runs customer service centres, the Altona register office and the central lost property office.',
    },
  },
  'bezirksamt-eimsbuettel': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/eimsbuettel',
    de: {
      name: 'Bezirksamt Eimsbüttel',
      slug: 'bezirksamt-eimsbuettel',
      description:
        'Das Bezirksamt Eimsbüttel ist für die Stadtteile zwischen Rotherbaum, Eimsbüttel und Eidelstedt zuständig. Sein Sitz sind die Grindelhochhäuser.',
    },
    en: {
      name: 'Eimsbüttel District Office',
      slug: 'eimsbuettel-district-office',
      description:
        'The Eimsbüttel District Office is responsible for the neighbourhoods between Rotherbaum, Eimsbüttel and Eidelstedt. It is based in the Grindel high-rise buildings.',
    },
  },
  'bezirksamt-nord': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/hamburg-nord',
    de: {
      name: 'Bezirksamt Hamburg-Nord',
      slug: 'bezirksamt-hamburg-nord',
      description:
        'Das Bezirksamt Hamburg-Nord betreut die Stadtteile von Winterhude und Eppendorf bis Langenhorn und Fuhlsbüttel. Es bietet alle bezirklichen Dienstleistungen von der Ausweisbeantragung bis zur Baugenehmigung.',
    },
    en: {
      name: 'Hamburg-Nord District Office',
      slug: 'hamburg-nord-district-office',
      description:
        'The Hamburg-Nord District Office serves the neighbourhoods from Winterhude and Eppendorf to Langenhorn and Fuhlsbüttel. It offers all district services, from identity cards to building permits.',
    },
  },
  'bezirksamt-wandsbek': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/wandsbek',
    de: {
      name: 'Bezirksamt Wandsbek',
      slug: 'bezirksamt-wandsbek',
      description:
        'Das Bezirksamt Wandsbek ist der einwohnerstärkste Bezirk Hamburgs und reicht von Eilbek bis zu den Walddörfern. Es betreibt mehrere Kundenzentren und Fachämter im Bezirk.',
    },
    en: {
      name: 'Wandsbek District Office',
      slug: 'wandsbek-district-office',
      description:
        'Wandsbek is Hamburg’s most populous district, stretching from Eilbek to the Walddörfer villages. Its district office runs several customer service centres and specialist departments.',
    },
  },
  'bezirksamt-bergedorf': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/bergedorf',
    de: {
      name: 'Bezirksamt Bergedorf',
      slug: 'bezirksamt-bergedorf',
      description:
        'Das Bezirksamt Bergedorf ist der flächengrößte Bezirk Hamburgs und umfasst neben dem Zentrum Bergedorf die Vier- und Marschlande. Es ist Ansprechpartner für Bürgerservice, Landwirtschaft und ländliche Entwicklung im Südosten der Stadt.',
    },
    en: {
      name: 'Bergedorf District Office',
      slug: 'bergedorf-district-office',
      description:
        'Bergedorf is Hamburg’s largest district by area and includes the Vier- und Marschlande besides Bergedorf town centre. Its district office handles citizen services, agriculture and rural development in the south-east of the city.',
    },
  },
  'bezirksamt-harburg': {
    kind: 'bezirksamt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/bezirke/harburg',
    de: {
      name: 'Bezirksamt Harburg',
      slug: 'bezirksamt-harburg',
      description:
        'Das Bezirksamt Harburg ist für die Stadtteile südlich der Elbe zuständig, von Harburg und Wilhelmsburg-Süd bis Neugraben-Fischbek. Es bietet alle bezirklichen Dienstleistungen rund um das Harburger Rathaus an.',
    },
    en: {
      name: 'Harburg District Office',
      slug: 'harburg-district-office',
      description:
        'The Harburg District Office is responsible for the neighbourhoods south of the Elbe, from Harburg to Neugraben-Fischbek. It offers all district services around Harburg town hall.',
    },
  },
  lgv: {
    kind: 'landesbetrieb',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/bsw/landesbetrieb-geoinformation-und-vermessung',
    de: {
      name: 'Landesbetrieb Geoinformation und Vermessung',
      slug: 'landesbetrieb-geoinformation-und-vermessung',
      description:
        'Der Landesbetrieb Geoinformation und Vermessung (LGV) führt das Liegenschaftskataster und stellt Karten, Luftbilder und Geodaten bereit. Er betreibt die Geodateninfrastruktur der Stadt und wirkt an der Urbanen Datenplattform mit.',
    },
    en: {
      name: 'Agency for Geoinformation and Surveying',
      slug: 'agency-for-geoinformation-and-surveying',
      description:
        'The Agency for Geoinformation and Surveying (LGV) keeps the real estate cadastre and provides maps, aerial images and geodata. It co-operates the city’s spatial data infrastructure and its urban data platform.',
    },
  },
  dataport: {
    kind: 'other',
    website: 'https://www.dataport.de',
    de: {
      name: 'Dataport AöR',
      slug: 'dataport',
      description:
        'Dataport ist eine Anstalt des öffentlichen Rechts und der gemeinsame IT-Dienstleister mehrerer norddeutscher Länder, darunter Hamburg. Dataport betreibt Rechenzentren, Netze und viele Fachverfahren der Hamburger Verwaltung.',
    },
    en: {
      name: 'Dataport',
      slug: 'dataport',
      description:
        'Dataport is a public-law institution and the shared IT service provider of several northern German states, including Hamburg. It runs data centres, networks and many specialist applications of Hamburg’s administration.',
    },
  },
  bsb: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/bsb',
    de: {
      name: 'Behörde für Schule und Berufsbildung',
      slug: 'behoerde-fuer-schule-und-berufsbildung',
      description:
        'Die Behörde für Schule und Berufsbildung (BSB) ist für die staatlichen Schulen, die berufliche Bildung und die Schulaufsicht in Hamburg zuständig. Sie fördert auch Ganztagsangebote und die Digitalisierung des Unterrichts.',
    },
    en: {
      name: 'Ministry of Schools and Vocational Training',
      slug: 'ministry-of-schools-and-vocational-training',
      description:
        'The Ministry of Schools and Vocational Training (BSB) is responsible for Hamburg’s state schools, vocational training and school supervision. It also promotes all-day schooling and digital teaching.',
    },
  },
  bwi: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/bwi',
    de: {
      name: 'Behörde für Wirtschaft und Innovation',
      slug: 'behoerde-fuer-wirtschaft-und-innovation',
      description:
        'Die Behörde für Wirtschaft und Innovation (BWI) gestaltet die Wirtschafts-, Hafen- und Innovationspolitik Hamburgs. Sie ist Ansprechpartnerin für Unternehmen, Gründerinnen und Gründer sowie für das Gewerberecht.',
    },
    en: {
      name: 'Ministry of Economy and Innovation',
      slug: 'ministry-of-economy-and-innovation',
      description:
        'The Ministry of Economy and Innovation (BWI) shapes Hamburg’s economic, port and innovation policy. It is the contact for companies and founders and is responsible for trade law.',
    },
  },
  sozialbehoerde: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde',
    de: {
      name: 'Sozialbehörde',
      slug: 'sozialbehoerde',
      description:
        'Die Behörde für Arbeit, Gesundheit, Soziales, Familie und Integration (Sozialbehörde) ist zuständig für soziale Sicherung, Familienförderung, Kindertagesbetreuung und Integration. Zu ihr gehört auch das Versorgungsamt.',
    },
    en: {
      name: 'Ministry of Labour, Health, Social Affairs, Family and Integration',
      slug: 'ministry-of-social-affairs',
      description:
        'The Ministry of Labour, Health, Social Affairs, Family and Integration is responsible for social security, family support, childcare and integration. The pension and disability office (Versorgungsamt) is part of it.',
    },
  },
  innenbehoerde: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/behoerde-fuer-inneres-und-sport',
    de: {
      name: 'Behörde für Inneres und Sport',
      slug: 'behoerde-fuer-inneres-und-sport',
      description:
        'Die Behörde für Inneres und Sport ist für Polizei, Feuerwehr, Verfassungsschutz, Migration und Sport zuständig. Zu ihr gehören das Amt für Migration und der Landesbetrieb Verkehr.',
    },
    en: {
      name: 'Ministry of the Interior and Sport',
      slug: 'ministry-of-the-interior-and-sport',
      description:
        'The Ministry of the Interior and Sport is responsible for the police, fire brigade, domestic intelligence, migration and sport. The Immigration Office and the Road Traffic Agency are part of it.',
    },
  },
  bsw: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/bsw',
    de: {
      name: 'Behörde für Stadtentwicklung und Wohnen',
      slug: 'behoerde-fuer-stadtentwicklung-und-wohnen',
      description:
        'Die Behörde für Stadtentwicklung und Wohnen (BSW) plant die Entwicklung der Stadt und fördert bezahlbaren Wohnraum. Sie ist oberste Bauaufsicht und zuständig für Wohngeld- und Wohnraumförderungsrecht.',
    },
    en: {
      name: 'Ministry of Urban Development and Housing',
      slug: 'ministry-of-urban-development-and-housing',
      description:
        'The Ministry of Urban Development and Housing (BSW) plans the city’s development and promotes affordable housing. It is the supreme building control authority and responsible for housing benefit and housing subsidy law.',
    },
  },
  bukea: {
    kind: 'behoerde',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/bukea',
    de: {
      name: 'Behörde für Umwelt, Klima, Energie und Agrarwirtschaft',
      slug: 'behoerde-fuer-umwelt-klima-energie-und-agrarwirtschaft',
      description:
        'Die Behörde für Umwelt, Klima, Energie und Agrarwirtschaft (BUKEA) verantwortet Klimaschutz, Naturschutz, Abfallwirtschaft und Energiewende in Hamburg. Sie beaufsichtigt auch die Stadtreinigung Hamburg.',
    },
    en: {
      name: 'Ministry of Environment, Climate, Energy and Agriculture',
      slug: 'ministry-of-environment-climate-energy-and-agriculture',
      description:
        'The Ministry of Environment, Climate, Energy and Agriculture (BUKEA) is responsible for climate protection, nature conservation, waste management and the energy transition in Hamburg. It also supervises the city cleaning service Stadtreinigung Hamburg.',
    },
  },
  'hamburg-service': {
    kind: 'amt',
    website: 'https://www.hamburg.de/service/kundenzentren',
    de: {
      name: 'Hamburg Service vor Ort',
      slug: 'hamburg-service-vor-ort',
      description:
        'Unter dem Namen Hamburg Service vor Ort bieten die Kundenzentren der sieben Bezirksämter Melde-, Ausweis- und Passangelegenheiten und weitere Bürgerdienste an. Termine lassen sich online oder über die Behördennummer 115 vereinbaren.',
    },
    en: {
      name: 'Hamburg Service local customer centres',
      slug: 'hamburg-service-customer-centres',
      description:
        'Under the name Hamburg Service vor Ort, the customer service centres of the seven district offices handle registration, identity cards, passports and other citizen services. Appointments can be booked online or via the public service number 115.',
    },
  },
  familienkasse: {
    kind: 'other',
    website: 'https://www.arbeitsagentur.de/familie-und-kinder',
    de: {
      name: 'Familienkasse der Bundesagentur für Arbeit',
      slug: 'familienkasse',
      description:
        'Die Familienkasse der Bundesagentur für Arbeit zahlt Kindergeld und Kinderzuschlag aus. Für Familien in Hamburg ist die Familienkasse Nord zuständig.',
    },
    en: {
      name: 'Family Benefits Office of the Federal Employment Agency',
      slug: 'family-benefits-office',
      description:
        'The Family Benefits Office (Familienkasse) of the Federal Employment Agency pays child benefit and the child supplement. Families in Hamburg are served by the Familienkasse Nord.',
    },
  },
  steuerverwaltung: {
    kind: 'amt',
    website: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/finanzbehoerde/steuern',
    de: {
      name: 'Hamburger Steuerverwaltung',
      slug: 'hamburger-steuerverwaltung',
      description:
        'Die Hamburger Finanzämter setzen Steuern fest und erheben sie, von der Einkommensteuer bis zur Hundesteuer. Viele Anliegen lassen sich über ELSTER online erledigen.',
    },
    en: {
      name: 'Hamburg Tax Administration',
      slug: 'hamburg-tax-administration',
      description:
        'Hamburg’s tax offices assess and collect taxes, from income tax to the dog tax. Many matters can be handled online via ELSTER.',
    },
  },
};
