import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/env';
import { badRequest, jsonError, tooManyRequests } from '@/lib/http';
import { clientKey } from '@/lib/rate-limit';
import { ClickQuery, clickTarget, countClick } from '@/lib/search-analytics';
import { suggestLimiter } from '@/lib/search-limits';
import { siteForHost } from '@/lib/site';

export const dynamic = 'force-dynamic';

/**
 * GET /api/search/click?q=…&locale=…&pos=3&to=/services/x: a result link of the search page.
 * Counts which position was opened for the query (search analytics), then sends the visitor
 * on with 303. A plain link, so it works without JavaScript; only the two sites' own addresses
 * are followed.
 */
export async function GET(request: NextRequest) {
  // The suggestion budget: a click is one per search at most, typed clicks are not a flood.
  const budget = suggestLimiter().take(clientKey(request.headers));
  if (!budget.ok) return tooManyRequests(budget);
  const parsed = ClickQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const target = clickTarget(parsed.data.to);
  if (!target) return jsonError(400, 'invalid_target', 'to: nur Adressen dieser Websites');
  countClick(siteForHost(request.headers.get('host'), env().SERVICE_HOSTS), parsed.data.locale, parsed.data.q, parsed.data.pos);
  // Relative targets stay relative: the visitor's own host, whatever the proxy in front calls it.
  return new NextResponse(null, {
    status: 303,
    headers: { location: target, 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' },
  });
}
