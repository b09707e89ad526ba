import type { NextRequest } from 'next/server';
import { toResponse } from '@/lib/http';
import { searchAnswer } from '@/lib/search-api';

export const dynamic = 'force-dynamic';

// server.mjs answers this endpoint itself in production (the same searchAnswer); this route
// serves `next dev` and any request that reaches Next first.
export async function GET(request: NextRequest) {
  return toResponse(await searchAnswer(request.nextUrl.searchParams, request.headers));
}
