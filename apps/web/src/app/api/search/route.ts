import { NextResponse, type NextRequest } from 'next/server';
import { markedToHtml, SearchQuery, searchParamsToObject } from '@dsh/search';
import { env } from '@/env';
import { badRequest, jsonError, tooManyRequests, withRateLimitHeaders } from '@/lib/http';
import { clientKey } from '@/lib/rate-limit';
import { runSearch, SearchUnavailableError } from '@/lib/search';
import { searchLimiter } from '@/lib/search-limits';
import { siteForHost } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  // Counted before anything else: a flood of malformed queries is a flood too.
  const budget = searchLimiter().take(clientKey(request.headers));
  if (!budget.ok) return tooManyRequests(budget);
  const parsed = SearchQuery.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!parsed.success) return withRateLimitHeaders(badRequest(parsed.error), budget);
  const site = siteForHost(request.headers.get('host'), env().SERVICE_HOSTS);
  try {
    const r = await runSearch(parsed.data, site);
    const res = NextResponse.json(
      {
        query: r.query,
        total: r.total,
        page: r.page,
        pageCount: r.pageCount,
        hits: r.hits.map((h) => ({ ...h, highlight: markedToHtml(h.highlight) })),
        facets: r.facets,
      },
      { headers: { 'cache-control': 'public, max-age=30' } },
    );
    return withRateLimitHeaders(res, budget);
  } catch (err) {
    if (err instanceof SearchUnavailableError) {
      return jsonError(503, 'search_unavailable', 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.');
    }
    throw err;
  }
}
