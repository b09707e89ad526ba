import { z } from 'zod';

/**
 * A field is defined once and yields both its zod validator (for the web app's fetcher and
 * the CMS's write validation) and its Strapi attribute (written into Strapi's schema.json by
 * `pnpm --filter cms gen:schemas`). A drift test regenerates and compares.
 *
 * Fields are required; wrap one in `optional()` to allow it to be empty.
 */
export interface Field<Z extends z.ZodType = z.ZodType> {
  zod: Z;
  strapi: Record<string, unknown>;
  localized: boolean;
  /** Checked by the CMS on every write; relations are shaped differently in writes. */
  validateOnWrite?: boolean;
  /** A component this field embeds: its schema file is generated too. */
  component?: ComponentDef;
}

export interface ComponentDef {
  uid: string;
  category: string;
  name: string;
  displayName: string;
  zod: z.ZodObject;
  fields: Record<string, Field>;
  strapiSchema(): Record<string, unknown>;
}

interface Common {
  /** Translated per locale; false means one value shared by de and en. */
  localized?: boolean;
}

function field<Z extends z.ZodType>(zod: Z, strapi: Record<string, unknown>, opts: Common): Field<Z> {
  return { zod, strapi: { ...strapi, required: true }, localized: opts.localized ?? false, validateOnWrite: true };
}

/** Internal fields (budgets, planning): Strapi never returns them from the public API. */
export function internal<Z extends z.ZodType>(fld: Field<Z>): Field<z.ZodOptional<z.ZodNullable<Z>>> {
  const opt = optional(fld);
  return { ...opt, strapi: { ...opt.strapi, private: true } };
}

const HTTPS = /^https:\/\/[^\s/$.?#].[^\s]*$/i;
export const httpsUrl = z.string().trim().regex(HTTPS, 'muss eine https://-Adresse sein').max(2000);

/** A reference to another document as the REST API returns it when populated. */
export const Ref = z.object({ id: z.number().int().optional(), documentId: z.string() }).passthrough();

/** Strapi answers `null` for an empty field and leaves out fields that were not selected. */
export function optional<Z extends z.ZodType>(fld: Field<Z>): Field<z.ZodOptional<z.ZodNullable<Z>>> {
  const { required: _required, ...strapi } = fld.strapi;
  return { ...fld, zod: fld.zod.nullable().optional(), strapi };
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const f = {
  string(opts: Common & { max?: number; pattern?: RegExp; patternMessage?: string } = {}) {
    let s = z.string().trim().min(1, 'darf nicht leer sein');
    if (opts.max) s = s.max(opts.max, `höchstens ${opts.max} Zeichen`);
    if (opts.pattern) s = s.regex(opts.pattern, opts.patternMessage ?? 'hat nicht das erwartete Format');
    return field(s, {
      type: 'string',
      ...(opts.max ? { maxLength: opts.max } : {}),
      ...(opts.pattern ? { regex: opts.pattern.source } : {}),
    }, opts);
  },

  text(opts: Common & { max?: number } = {}) {
    let s = z.string().min(1, 'darf nicht leer sein');
    if (opts.max) s = s.max(opts.max, `höchstens ${opts.max} Zeichen`);
    return field(s, { type: 'text', ...(opts.max ? { maxLength: opts.max } : {}) }, opts);
  },

  /** URL-safe identifier, unique per locale. */
  slug(opts: { target: string; localized?: boolean }) {
    const s = z.string().regex(SLUG_PATTERN, 'nur Kleinbuchstaben, Ziffern und Bindestriche').max(120);
    return field(s, { type: 'uid', targetField: opts.target }, { localized: opts.localized ?? true });
  },

  enumeration<const V extends readonly [string, ...string[]]>(values: V, opts: Common & { default?: V[number] } = {}) {
    return field(z.enum(values), {
      type: 'enumeration',
      enum: [...values],
      ...(opts.default ? { default: opts.default } : {}),
    }, opts);
  },

  date(opts: Common = {}) {
    return field(z.iso.date(), { type: 'date' }, opts);
  },

  datetime(opts: Common = {}) {
    return field(z.iso.datetime({ offset: true }), { type: 'datetime' }, opts);
  },

  boolean(opts: Common & { default?: boolean } = {}) {
    return field(z.boolean(), { type: 'boolean', ...(opts.default !== undefined ? { default: opts.default } : {}) }, opts);
  },

  integer(opts: Common & { min?: number; max?: number } = {}) {
    let s = z.number().int();
    if (opts.min !== undefined) s = s.min(opts.min);
    if (opts.max !== undefined) s = s.max(opts.max);
    return field(s, {
      type: 'integer',
      ...(opts.min !== undefined ? { min: opts.min } : {}),
      ...(opts.max !== undefined ? { max: opts.max } : {}),
    }, opts);
  },

  /** Sanitised HTML (imported service texts); sanitised again when rendered. */
  html(opts: Common = {}) {
    return field(z.string().min(1, 'darf nicht leer sein'), { type: 'richtext' }, opts);
  },

  url(opts: Common = {}) {
    return field(httpsUrl, { type: 'string', regex: HTTPS.source }, opts);
  },

  email(opts: Common = {}) {
    return field(z.email('ist keine gültige E-Mail-Adresse'), { type: 'email' }, opts);
  },

  decimal(opts: Common & { min?: number } = {}) {
    let s = z.number();
    if (opts.min !== undefined) s = s.min(opts.min);
    return field(s, { type: 'decimal', ...(opts.min !== undefined ? { min: opts.min } : {}) }, opts);
  },

  /** A JSON value with its own schema (e.g. a list of channels). */
  json<Z extends z.ZodType>(schema: Z, opts: Common = {}) {
    return field(schema, { type: 'json' }, opts);
  },

  uniqueString(opts: Common & { pattern: RegExp; patternMessage: string }) {
    const s = z.string().trim().regex(opts.pattern, opts.patternMessage);
    return field(s, { type: 'string', unique: true, regex: opts.pattern.source }, opts);
  },

  /** Links to other documents; never required (drafts may be incomplete), never write-validated. */
  relation<const K extends 'manyToMany' | 'manyToOne' | 'oneToOne', R extends z.ZodType = typeof Ref>(
    target: string,
    kind: K,
    ref?: R,
  ): Field<K extends 'manyToMany' ? z.ZodOptional<z.ZodArray<R>> : z.ZodOptional<z.ZodNullable<R>>> {
    const r = (ref ?? Ref) as R;
    const zod = kind === 'manyToMany' ? z.array(r).optional() : r.nullable().optional();
    return {
      zod: zod as never,
      strapi: { type: 'relation', relation: kind, target: `api::${target}.${target}` },
      localized: false,
      validateOnWrite: false,
    };
  },

  component<const Rep extends boolean, C extends ComponentDef>(
    def: C,
    opts: Common & { repeatable: Rep; max?: number },
  ): Field<Rep extends true ? z.ZodOptional<z.ZodNullable<z.ZodArray<C['zod']>>> : z.ZodOptional<z.ZodNullable<C['zod']>>> {
    let list = z.array(def.zod);
    if (opts.max) list = list.max(opts.max);
    const zod = opts.repeatable ? list.nullable().optional() : def.zod.nullable().optional();
    return {
      zod: zod as never,
      strapi: { type: 'component', repeatable: opts.repeatable, component: def.uid, ...(opts.max ? { max: opts.max } : {}) },
      localized: opts.localized ?? false,
      validateOnWrite: true,
      component: def,
    };
  },

  /** Rich text as Strapi "blocks": structured JSON, so no HTML reaches the page unsanitised. */
  blocks<Z extends z.ZodType>(schema: Z, opts: Common = {}) {
    return field(schema, { type: 'blocks' }, opts);
  },
};

/** A Strapi component (a group of fields reused inside documents). */
export function defineComponent<const F extends Record<string, Field>>(def: {
  category: string;
  name: string;
  displayName: string;
  fields: F;
}): ComponentDef & { zod: z.ZodObject<{ [K in keyof F]: F[K]['zod'] }> } {
  const shape = Object.fromEntries(Object.entries(def.fields).map(([k, v]) => [k, v.zod])) as { [K in keyof F]: F[K]['zod'] };
  // Strapi adds an id to each component entry it returns.
  const zod = z.object({ id: z.number().int().optional(), ...shape }) as unknown as z.ZodObject<{ [K in keyof F]: F[K]['zod'] }>;
  return {
    uid: `${def.category}.${def.name}`,
    category: def.category,
    name: def.name,
    displayName: def.displayName,
    fields: def.fields,
    zod,
    strapiSchema() {
      return {
        collectionName: `components_${def.category}_${def.name.replace(/-/g, '_')}s`,
        info: { displayName: def.displayName },
        options: {},
        attributes: Object.fromEntries(Object.entries(def.fields).map(([k, v]) => [k, v.strapi])),
      };
    },
  };
}
