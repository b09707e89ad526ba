import { z } from 'zod';
import { env } from '@/env';
import { cmsUnavailable, lastGoodCmsAnswers, staleKey } from './cms-stale';

/** A Strapi REST list answer, its entries parsed with the content-model schema. */
const listOf = <T extends z.ZodType>(entry: T) =>
  z.object({
    data: z.array(entry),
    meta: z.object({
      pagination: z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() }).optional(),
    }),
  });

export class CmsError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export interface CmsQuery {
  locale: string;
  filters?: Record<string, string>;
  /**
   * Filters on the current time (`[end][$gte]`: now, rounded). They are sent like `filters`,
   * but the last good answer is kept without their value: with the CMS down after the clock
   * passed a rounding boundary, the page still gets the answer it had a moment ago.
   */
  timeFilters?: Record<string, string>;
  fields?: readonly string[];
  /**
   * Relations and components to include, each bounded: a relation names the fields it needs,
   * a component comes whole (`true`). Never `populate=*`.
   */
  populate?: Record<string, readonly string[] | true>;
  /** Nested populate in Strapi's bracket form, e.g. `[services][populate][onlineService]`. */
  rawPopulate?: Record<string, string>;
  sort?: string[];
  page?: number;
  pageSize?: number;
}

function toSearchParams(q: CmsQuery): URLSearchParams {
  const p = new URLSearchParams({ locale: q.locale });
  for (const [key, value] of Object.entries({ ...q.filters, ...q.timeFilters })) p.set(`filters${key}`, value);
  q.fields?.forEach((f, i) => p.set(`fields[${i}]`, f));
  for (const [key, spec] of Object.entries(q.populate ?? {})) {
    if (spec === true) p.set(`populate[${key}]`, 'true');
    else spec.forEach((f, i) => p.set(`populate[${key}][fields][${i}]`, f));
  }
  for (const [key, value] of Object.entries(q.rawPopulate ?? {})) p.set(`populate${key}`, value);
  q.sort?.forEach((s, i) => p.set(`sort[${i}]`, s));
  if (q.page) p.set('pagination[page]', String(q.page));
  if (q.pageSize) p.set('pagination[pageSize]', String(q.pageSize));
  return p;
}

/**
 * The one fetcher for the CMS. Every answer is parsed with the content-model schema, so a
 * change in Strapi surfaces here as a clear error and never as `undefined` on a page. Answers
 * are cached with tags; a publish revalidates exactly those tags.
 */
export async function cmsList<T extends z.ZodType>(
  collection: string,
  entry: T,
  query: CmsQuery,
  tags: string[],
): Promise<z.infer<ReturnType<typeof listOf<T>>>> {
  const { CMS_URL, CMS_CACHE_SECONDS } = env();
  const url = `${CMS_URL}/api/${collection}?${toSearchParams(query)}`;
  return cmsGet({ url, staleKey: staleKey(url, Object.keys(query.timeFilters ?? {})) }, collection, listOf(entry), tags, CMS_CACHE_SECONDS);
}

/** A single type (navigation, press contact): null when it has no published version. */
export async function cmsSingle<T extends z.ZodType>(name: string, entry: T, query: Omit<CmsQuery, 'page' | 'pageSize' | 'sort' | 'filters'>, tags: string[]): Promise<z.infer<T> | null> {
  const { CMS_URL, CMS_CACHE_SECONDS } = env();
  const url = `${CMS_URL}/api/${name}?${toSearchParams(query)}`;
  const res = await cmsGet({ url, staleKey: url }, name, z.object({ data: z.unknown() }), tags, CMS_CACHE_SECONDS, true);
  if (!res) return null;
  const parsed = entry.safeParse(res.data);
  if (!parsed.success) throw new CmsError(`CMS answer for ${name} does not match the content model: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

interface Target {
  url: string;
  staleKey: string;
}

async function cmsGet<S extends z.ZodType>(target: Target, collection: string, schema: S, tags: string[], revalidate: number, missingIsNull: true): Promise<z.infer<S> | null>;
async function cmsGet<S extends z.ZodType>(target: Target, collection: string, schema: S, tags: string[], revalidate: number): Promise<z.infer<S>>;
async function cmsGet<S extends z.ZodType>({ url, staleKey }: Target, collection: string, schema: S, tags: string[], revalidate: number, missingIsNull = false): Promise<z.infer<S> | null> {
  // With the CMS down, readers get the page as it was rather than an error (see cms-stale.ts).
  const stale = (reason: string, status?: number): z.infer<S> => {
    const kept = cmsUnavailable(status) ? lastGoodCmsAnswers.recall(staleKey) : undefined;
    if (!kept) throw new CmsError(reason, status);
    console.warn(`${reason}; serving the last good answer`);
    return schema.parse(kept.value);
  };
  let res: Response;
  try {
    res = await fetch(url, {
      cache: 'force-cache',
      next: { tags, revalidate },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    return stale(`CMS not reachable for ${collection}: ${(err as Error).message}`);
  }
  if (missingIsNull && res.status === 404) return null;
  if (!res.ok) return stale(`CMS answered ${res.status} for ${collection}`, res.status);
  const json: unknown = await res.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CmsError(`CMS answer for ${collection} does not match the content model: ${z.prettifyError(parsed.error)}`);
  }
  lastGoodCmsAnswers.remember(staleKey, json);
  return parsed.data;
}
