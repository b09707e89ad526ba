import { NextResponse, type NextRequest } from 'next/server';
import { markedToHtml, SearchQuery, searchParamsToObject } from '@dsh/search';
import { env } from '@/env';
import { badRequest, jsonError } from '@/lib/http';
import { runSearch, SearchUnavailableError } from '@/lib/search';
import { siteForHost } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = SearchQuery.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const site = siteForHost(request.headers.get('host'), env().SERVICE_HOSTS);
  try {
    const r = await runSearch(parsed.data, site);
    return NextResponse.json(
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
  } catch (err) {
    if (err instanceof SearchUnavailableError) {
      return jsonError(503, 'search_unavailable', 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.');
    }
    throw err;
  }
}
