import type { AudienceKey, TopicKey } from '../types';

type Named = { de: { name: string; slug: string; description: string }; en: { name: string; slug: string; description: string } };

export const audiences: Record<AudienceKey, Named> = {
  citizens: {
    de: { name: 'Bürgerinnen und Bürger', slug: 'buergerinnen-und-buerger', description: 'Was die Digitalisierung der Stadt im Alltag verändert: Anträge online, offene Daten, Beteiligung.' },
    en: { name: 'Citizens', slug: 'citizens', description: 'What the city’s digitalisation changes in everyday life: online applications, open data, participation.' },
  },
  businesses: {
    de: { name: 'Unternehmen', slug: 'unternehmen', description: 'Digitale Verwaltungsleistungen für Gründung, Genehmigungen und Steuern – und Partnerschaften mit der Stadt.' },
    en: { name: 'Businesses', slug: 'businesses', description: 'Digital services for starting up, permits and taxes – and partnerships with the city.' },
  },
  media: {
    de: { name: 'Medien', slug: 'medien', description: 'Pressemitteilungen, Pressekontakt und Bildmaterial des Amts für IT und Digitalisierung.' },
    en: { name: 'Media', slug: 'media', description: 'Press releases, press contact and images from the Office for IT and Digitalisation.' },
  },
  'interest-groups': {
    de: { name: 'Verbände und Initiativen', slug: 'verbaende-und-initiativen', description: 'Kammern, Verbände und Zivilgesellschaft als Partner der digitalen Stadt.' },
    en: { name: 'Associations and initiatives', slug: 'associations-and-initiatives', description: 'Chambers, associations and civil society as partners of the digital city.' },
  },
  politics: {
    de: { name: 'Politik', slug: 'politik', description: 'Strategie, Fortschritt und Kennzahlen der Digitalisierung für Bürgerschaft und Bezirksversammlungen.' },
    en: { name: 'Politics', slug: 'politics', description: 'Strategy, progress and figures of digitalisation for the city parliament and district assemblies.' },
  },
  experts: {
    de: { name: 'Fachwelt', slug: 'fachwelt', description: 'Länder, Kommunen, IT-Dienstleister, Wissenschaft und Fachpresse: Lösungen zum Nachnutzen.' },
    en: { name: 'Experts', slug: 'experts', description: 'Other states and cities, IT providers, research and trade press: solutions to reuse.' },
  },
  staff: {
    de: { name: 'Beschäftigte der Stadt', slug: 'beschaeftigte-der-stadt', description: 'IT-News, Werkzeuge und Schulungen für die Beschäftigten der Hamburger Verwaltung.' },
    en: { name: 'City staff', slug: 'city-staff', description: 'IT news, tools and training for the staff of Hamburg’s administration.' },
  },
};

export const topics: Record<TopicKey, Named> = {
  'digital-administration': {
    de: { name: 'Digitale Verwaltung', slug: 'digitale-verwaltung', description: 'Verwaltungsleistungen online, E-Akte und moderne Arbeitsplätze.' },
    en: { name: 'Digital administration', slug: 'digital-administration', description: 'Online services, e-files and modern workplaces.' },
  },
  'smart-city': {
    de: { name: 'Smart City', slug: 'smart-city', description: 'Vernetzte Infrastruktur für eine lebenswerte Stadt.' },
    en: { name: 'Smart city', slug: 'smart-city', description: 'Connected infrastructure for a liveable city.' },
  },
  'open-data': {
    de: { name: 'Offene Daten', slug: 'offene-daten', description: 'Transparenzportal, Urbane Datenplattform und offene Schnittstellen.' },
    en: { name: 'Open data', slug: 'open-data', description: 'Transparency portal, urban data platform and open interfaces.' },
  },
  education: {
    de: { name: 'Bildung', slug: 'bildung', description: 'Digitale Schulen, Lehre und Weiterbildung.' },
    en: { name: 'Education', slug: 'education', description: 'Digital schools, teaching and further training.' },
  },
  mobility: {
    de: { name: 'Mobilität', slug: 'mobilitaet', description: 'Verkehrsdaten, intelligente Ampeln und neue Mobilitätsangebote.' },
    en: { name: 'Mobility', slug: 'mobility', description: 'Traffic data, smart traffic lights and new mobility services.' },
  },
  'health-social': {
    de: { name: 'Gesundheit und Soziales', slug: 'gesundheit-und-soziales', description: 'Digitale Leistungen für Familien, Pflege und Gesundheit.' },
    en: { name: 'Health and social affairs', slug: 'health-and-social-affairs', description: 'Digital services for families, care and health.' },
  },
  economy: {
    de: { name: 'Wirtschaft', slug: 'wirtschaft', description: 'Digitale Services für Unternehmen und den Wirtschaftsstandort.' },
    en: { name: 'Economy', slug: 'economy', description: 'Digital services for businesses and the economy.' },
  },
  'climate-environment': {
    de: { name: 'Klima und Umwelt', slug: 'klima-und-umwelt', description: 'Daten und Dienste für Klimaschutz und Umwelt.' },
    en: { name: 'Climate and environment', slug: 'climate-and-environment', description: 'Data and services for climate protection and the environment.' },
  },
  'security-it': {
    de: { name: 'IT-Sicherheit', slug: 'it-sicherheit', description: 'Sichere Systeme, Datenschutz und digitale Souveränität.' },
    en: { name: 'IT security', slug: 'it-security', description: 'Secure systems, data protection and digital sovereignty.' },
  },
  'culture-of-change': {
    de: { name: 'Kulturwandel', slug: 'kulturwandel', description: 'Neue Arbeitsweisen, Führung und Kompetenzen in der Verwaltung.' },
    en: { name: 'Culture of change', slug: 'culture-of-change', description: 'New ways of working, leadership and skills in the administration.' },
  },
  participation: {
    de: { name: 'Beteiligung', slug: 'beteiligung', description: 'Digitale Bürgerbeteiligung und offener Dialog.' },
    en: { name: 'Participation', slug: 'participation', description: 'Digital citizen participation and open dialogue.' },
  },
  ai: {
    de: { name: 'Künstliche Intelligenz', slug: 'kuenstliche-intelligenz', description: 'KI verantwortungsvoll in der Verwaltung einsetzen.' },
    en: { name: 'Artificial intelligence', slug: 'artificial-intelligence', description: 'Using AI responsibly in public administration.' },
  },
};
