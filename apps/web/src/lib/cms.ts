import { z } from 'zod';
import { env } from '@/env';

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
  fields?: string[];
  sort?: string[];
  page?: number;
  pageSize?: number;
}

function toSearchParams(q: CmsQuery): URLSearchParams {
  const p = new URLSearchParams({ locale: q.locale });
  for (const [key, value] of Object.entries(q.filters ?? {})) p.set(`filters${key}`, value);
  q.fields?.forEach((f, i) => p.set(`fields[${i}]`, f));
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
  let res: Response;
  try {
    res = await fetch(url, {
      cache: 'force-cache',
      next: { tags, revalidate: CMS_CACHE_SECONDS },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new CmsError(`CMS not reachable for ${collection}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new CmsError(`CMS answered ${res.status} for ${collection}`, res.status);
  const parsed = listOf(entry).safeParse(await res.json());
  if (!parsed.success) {
    throw new CmsError(`CMS answer for ${collection} does not match the content model: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
