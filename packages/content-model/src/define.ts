import { z } from 'zod';
import type { Field } from './fields.js';

export interface ContentTypeDef<F extends Record<string, Field>> {
  kind: 'collectionType' | 'singleType';
  singularName: string;
  pluralName: string;
  displayName: string;
  description?: string;
  /** Drafts and an ITD11-approved published version (always true for public content). */
  draftAndPublish: boolean;
  /** Has German and English versions. */
  localized: boolean;
  fields: F;
  /** Rules across fields, e.g. an end after its start. Checked whenever all their fields are set. */
  rules?: Rule[];
}

export interface Rule {
  fields: string[];
  message: string;
  holds: (values: Record<string, unknown>) => boolean;
}

/** `end` (when set) is not before `start`. Dates and date-times compare as instants. */
export const endAfterStart = (start = 'start', end = 'end', strict = false): Rule => ({
  fields: [start, end],
  message: strict ? 'Ende muss nach dem Beginn liegen' : 'Ende darf nicht vor dem Beginn liegen',
  holds: (v) => {
    const a = Date.parse(String(v[start]));
    const b = Date.parse(String(v[end]));
    return Number.isNaN(a) || Number.isNaN(b) || (strict ? b > a : b >= a);
  },
});

function withRules<T extends z.ZodType>(schema: T, rules: Rule[] = []): T {
  if (!rules.length) return schema;
  return schema.superRefine((value, ctx) => {
    const v = value as Record<string, unknown>;
    for (const r of rules) {
      if (r.fields.some((f) => v[f] === null || v[f] === undefined)) continue;
      if (!r.holds(v)) ctx.addIssue({ code: 'custom', path: [r.fields[r.fields.length - 1]!], message: r.message });
    }
  }) as unknown as T;
}

type Shape<F extends Record<string, Field>> = { [K in keyof F]: F[K]['zod'] };

/** Fields Strapi adds to every document it returns over REST. */
export const systemFields = {
  id: z.number().int(),
  documentId: z.string().min(1),
  locale: z.string().nullish(),
  createdAt: z.iso.datetime({ offset: true }).nullish(),
  updatedAt: z.iso.datetime({ offset: true }).nullish(),
  publishedAt: z.iso.datetime({ offset: true }).nullish(),
};

export function defineContentType<const F extends Record<string, Field>>(def: ContentTypeDef<F>) {
  const shape = Object.fromEntries(Object.entries(def.fields).map(([k, v]) => [k, v.zod])) as Shape<F>;
  /** The editable fields alone: what the CMS validates on every write. */
  const input = z.object(shape);
  /** One document as Strapi's REST API returns it. */
  const entry = z.object({ ...systemFields, ...shape });
  const checked = Object.entries(def.fields).filter(([, v]) => v.validateOnWrite);
  /**
   * What the CMS checks on every save of a draft: the format of each value given. Drafts may
   * be incomplete; an empty value is allowed until publishing.
   */
  const draft = withRules(
    z.object(Object.fromEntries(checked.map(([k, v]) => [k, z.preprocess((x) => (x === '' ? null : x), v.zod.nullable().optional())]))),
    def.rules,
  );
  /** What must hold before a version goes live: every required field, every format. */
  const publish = withRules(z.object(Object.fromEntries(checked.map(([k, v]) => [k, v.zod]))), def.rules);
  return {
    ...def,
    uid: `api::${def.singularName}.${def.singularName}` as const,
    /** Cache tag of the web app for this type. */
    tag: def.singularName,
    input,
    entry,
    draft,
    publish,
    /** Components used by this type, for schema generation. */
    components: Object.values(def.fields).flatMap((fl) => (fl.component ? [fl.component] : [])),
    /** Strapi's schema.json for this type, generated, never hand-edited. */
    strapiSchema() {
      const attributes = Object.fromEntries(
        Object.entries(def.fields).map(([name, fld]) => [
          name,
          def.localized ? { ...fld.strapi, pluginOptions: { i18n: { localized: fld.localized } } } : fld.strapi,
        ]),
      );
      const collectionName = def.pluralName.replace(/-/g, '_');
      // Strapi checks uid and unique fields with a lookup per write, and the public API finds
      // pages by slug: without an index each is a full table scan, which made importing the
      // 5,000-service catalogue quadratic.
      const snake = (n: string) => n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const lookups = Object.entries(def.fields)
        .filter(([, fld]) => fld.strapi.type === 'uid' || fld.strapi.unique === true)
        .map(([name]) => ({
          name: `${collectionName}_${snake(name)}_lookup`,
          columns: [snake(name), ...(def.localized ? ['locale'] : []), ...(def.draftAndPublish ? ['published_at'] : [])],
        }));
      return {
        kind: def.kind,
        collectionName,
        info: {
          singularName: def.singularName,
          pluralName: def.pluralName,
          displayName: def.displayName,
          ...(def.description ? { description: def.description } : {}),
        },
        options: { draftAndPublish: def.draftAndPublish },
        pluginOptions: def.localized ? { i18n: { localized: true } } : {},
        attributes,
        ...(lookups.length ? { indexes: lookups } : {}),
      };
    },
  };
}

export type ContentType = ReturnType<typeof defineContentType<Record<string, Field>>>;
