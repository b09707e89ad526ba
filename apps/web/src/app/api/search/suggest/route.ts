import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { env } from '@/env';
import { badRequest, jsonError, tooManyRequests, withRateLimitHeaders } from '@/lib/http';
import { clientKey } from '@/lib/rate-limit';
import { runSearch, SearchUnavailableError } from '@/lib/search';
import { suggestLimiter } from '@/lib/search-limits';
import { siteForHost } from '@/lib/site';

export const dynamic = 'force-dynamic';

const SuggestQuery = z.object({
  q: z.string().trim().min(1, 'q: mindestens 1 Zeichen').max(200, 'q: höchstens 200 Zeichen'),
  locale: z.enum(['de', 'en']).default('de'),
});

/** Autocomplete for the header search: a few titles with their links. */
export async function GET(request: NextRequest) {
  const budget = suggestLimiter().take(clientKey(request.headers));
  if (!budget.ok) return tooManyRequests(budget);
  const p = request.nextUrl.searchParams;
  const parsed = SuggestQuery.safeParse({ q: p.get('q') ?? '', locale: p.get('locale') ?? undefined });
  if (!parsed.success) return withRateLimitHeaders(badRequest(parsed.error), budget);
  const site = siteForHost(request.headers.get('host'), env().SERVICE_HOSTS);
  try {
    const r = await runSearch({ q: parsed.data.q, locale: parsed.data.locale, type: [], audience: [], topic: [], lebenslage: [], online: false, page: 1, limit: 6 }, site);
    return withRateLimitHeaders(
      NextResponse.json(
        { query: r.query, suggestions: r.hits.map((h) => ({ type: h.type, title: h.title, url: h.url })) },
        { headers: { 'cache-control': 'public, max-age=60' } },
      ),
      budget,
    );
  } catch (err) {
    if (err instanceof SearchUnavailableError) return jsonError(503, 'search_unavailable', 'Die Suche ist gerade nicht erreichbar.');
    throw err;
  }
}
