import { lebenslageType, type Locale } from '@dsh/content-model';
import { cmsList } from './cms';

/** Lebenslagen (OZG life situations) by name: entry points when a search finds nothing. */
export async function lebenslagen(locale: Locale, limit = 24): Promise<{ name: string; slug: string }[]> {
  const res = await cmsList('lebenslagen', lebenslageType.entry.pick({ documentId: true, name: true, slug: true }), { locale, fields: ['name', 'slug'], sort: ['name:asc'], pageSize: limit }, ['lebenslage']);
  return res.data.map((e) => ({ name: e.name, slug: e.slug }));
}
