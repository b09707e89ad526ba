import { z } from 'zod';

/**
 * A field is defined once and yields both its zod validator (for the web app's fetcher and
 * the CMS's write validation) and its Strapi attribute (written into Strapi's schema.json by
 * `pnpm --filter cms gen:schemas`). A drift test regenerates and compares.
 */
export interface Field<Z extends z.ZodType = z.ZodType> {
  zod: Z;
  strapi: Record<string, unknown>;
  localized: boolean;
}

interface Common {
  required?: boolean;
  /** Translated per locale; false means one value shared by de and en. */
  localized?: boolean;
}

function field<Z extends z.ZodType>(
  zod: Z,
  strapi: Record<string, unknown>,
  opts: Common,
): Field<Z> {
  return { zod, strapi: { ...strapi, ...(opts.required ? { required: true } : {}) }, localized: opts.localized ?? false };
}

type Maybe<Z extends z.ZodType, R extends boolean | undefined> = R extends true ? Z : z.ZodOptional<z.ZodNullable<Z>>;

function maybe<Z extends z.ZodType, R extends boolean | undefined>(zod: Z, required: R): Maybe<Z, R> {
  // Strapi answers `null` for an empty field and leaves out fields that were not selected.
  return (required ? zod : zod.nullable().optional()) as unknown as Maybe<Z, R>;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const f = {
  string<R extends boolean | undefined = undefined>(opts: Common & { required?: R; max?: number; min?: number; pattern?: RegExp } = {}) {
    let s = z.string().trim();
    if (opts.required) s = s.min(opts.min ?? 1, 'darf nicht leer sein');
    if (opts.max) s = s.max(opts.max, `höchstens ${opts.max} Zeichen`);
    if (opts.pattern) s = s.regex(opts.pattern, 'hat nicht das erwartete Format');
    return field(maybe(s, opts.required), {
      type: 'string',
      ...(opts.max ? { maxLength: opts.max } : {}),
      ...(opts.pattern ? { regex: opts.pattern.source } : {}),
    }, opts);
  },

  text<R extends boolean | undefined = undefined>(opts: Common & { required?: R; max?: number } = {}) {
    let s = z.string();
    if (opts.required) s = s.min(1, 'darf nicht leer sein');
    if (opts.max) s = s.max(opts.max, `höchstens ${opts.max} Zeichen`);
    return field(maybe(s, opts.required), { type: 'text', ...(opts.max ? { maxLength: opts.max } : {}) }, opts);
  },

  /** URL-safe identifier, unique per locale. */
  slug(opts: { target: string; localized?: boolean }) {
    const s = z.string().regex(SLUG_PATTERN, 'nur Kleinbuchstaben, Ziffern und Bindestriche').max(120);
    return field(s, { type: 'uid', targetField: opts.target, required: true }, { localized: opts.localized ?? true, required: true });
  },

  enumeration<const V extends readonly [string, ...string[]], R extends boolean | undefined = undefined>(
    values: V,
    opts: Common & { required?: R; default?: V[number] } = {},
  ) {
    return field(maybe(z.enum(values), opts.required), {
      type: 'enumeration',
      enum: [...values],
      ...(opts.default ? { default: opts.default } : {}),
    }, opts);
  },

  date<R extends boolean | undefined = undefined>(opts: Common & { required?: R } = {}) {
    return field(maybe(z.iso.date(), opts.required), { type: 'date' }, opts);
  },

  datetime<R extends boolean | undefined = undefined>(opts: Common & { required?: R } = {}) {
    return field(maybe(z.iso.datetime({ offset: true }), opts.required), { type: 'datetime' }, opts);
  },

  boolean(opts: Common & { default?: boolean } = {}) {
    return field(z.boolean().nullable().optional(), { type: 'boolean', ...(opts.default !== undefined ? { default: opts.default } : {}) }, opts);
  },

  integer<R extends boolean | undefined = undefined>(opts: Common & { required?: R; min?: number; max?: number } = {}) {
    let s = z.number().int();
    if (opts.min !== undefined) s = s.min(opts.min);
    if (opts.max !== undefined) s = s.max(opts.max);
    return field(maybe(s, opts.required), {
      type: 'integer',
      ...(opts.min !== undefined ? { min: opts.min } : {}),
      ...(opts.max !== undefined ? { max: opts.max } : {}),
    }, opts);
  },

  /** Rich text as Strapi "blocks": structured JSON, so no HTML reaches the page unsanitised. */
  blocks<Z extends z.ZodType, R extends boolean | undefined = undefined>(schema: Z, opts: Common & { required?: R } = {}) {
    return field(maybe(schema, opts.required), { type: 'blocks' }, opts);
  },
};
