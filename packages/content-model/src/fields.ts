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
}

interface Common {
  /** Translated per locale; false means one value shared by de and en. */
  localized?: boolean;
}

function field<Z extends z.ZodType>(zod: Z, strapi: Record<string, unknown>, opts: Common): Field<Z> {
  return { zod, strapi: { ...strapi, required: true }, localized: opts.localized ?? false };
}

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

  /** Rich text as Strapi "blocks": structured JSON, so no HTML reaches the page unsanitised. */
  blocks<Z extends z.ZodType>(schema: Z, opts: Common = {}) {
    return field(schema, { type: 'blocks' }, opts);
  },
};
