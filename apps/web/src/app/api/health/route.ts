import { NextResponse } from 'next/server';
import { env } from '@/env';

export const dynamic = 'force-dynamic';

async function reachable(url: string, headers: Record<string, string> = {}): Promise<boolean> {
  try {
    const res = await fetch(url, { headers, cache: 'no-store', signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Liveness and dependencies. The app serves cached pages without the CMS and without search,
 * so it answers 200 while degraded and names what is down; only its own failure is a 503.
 */
export async function GET() {
  const e = env();
  const [cms, search] = await Promise.all([reachable(`${e.CMS_URL}/_health`), reachable(`${e.MEILI_URL}/health`)]);
  return NextResponse.json({ status: cms && search ? 'ok' : 'degraded', cms, search }, { headers: { 'cache-control': 'no-store' } });
}
