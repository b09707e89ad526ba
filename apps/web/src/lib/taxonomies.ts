import { audienceKeys, audienceType, topicType, type AudienceKey, type Locale } from '@dsh/content-model';
import { z } from 'zod';
import { cmsList } from './cms';

export interface Topic {
  name: string;
  slug: string;
}
export interface Audience {
  key: AudienceKey;
  name: string;
  slug: string;
  description: string | null;
}

const AudienceKeySchema = z.enum(audienceKeys);
/** A populated audience relation: the key identifies it in every locale (and in filter URLs). */
export const AudienceRef = z.object({ documentId: z.string(), key: AudienceKeySchema, name: z.string(), slug: z.string() });
export const TopicRef = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });

export async function topics(locale: Locale): Promise<Topic[]> {
  const res = await cmsList('topics', topicType.entry, { locale, fields: ['name', 'slug'], sort: ['name:asc'], pageSize: 100 }, ['topic']);
  return res.data.map((t) => ({ name: t.name, slug: t.slug }));
}

export async function audiences(locale: Locale): Promise<Audience[]> {
  const res = await cmsList('audiences', audienceType.entry, { locale, fields: ['key', 'name', 'slug', 'description'], pageSize: 100 }, ['audience']);
  // Audiences whose key the portal does not know are left out, the others in the portal's order.
  return res.data
    .flatMap((a): Audience[] => {
      const key = AudienceKeySchema.safeParse(a.key);
      return key.success ? [{ key: key.data, name: a.name, slug: a.slug, description: a.description ?? null }] : [];
    })
    .sort((a, b) => audienceKeys.indexOf(a.key) - audienceKeys.indexOf(b.key));
}
