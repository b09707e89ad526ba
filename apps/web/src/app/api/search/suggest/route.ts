import type { NextRequest } from 'next/server';
import { toResponse } from '@/lib/http';
import { suggestAnswer } from '@/lib/search-api';

export const dynamic = 'force-dynamic';

// Like /api/search: server.mjs answers it with the same function; this route serves the rest.
export async function GET(request: NextRequest) {
  return toResponse(await suggestAnswer(request.nextUrl.searchParams, request.headers));
}
