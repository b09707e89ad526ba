import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { env } from '@/env';
import { badRequest, jsonError } from '@/lib/http';
import { forgetSearches } from '@/lib/search';

const Body = z.object({
  tags: z.array(z.string().max(200).regex(/^[a-z][a-z-]*(:[A-Za-z0-9_-]+)?$/, 'tag: type or type:documentId')).min(1).max(500),
});

function authorised(request: NextRequest): boolean {
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '');
  const want = Buffer.from(env().REVALIDATE_SECRET);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** Called by the CMS after a publish: the named tags are fresh on the next request. */
export async function POST(request: NextRequest) {
  if (!authorised(request)) return jsonError(401, 'unauthorised', 'Bearer token missing or wrong');
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return jsonError(400, 'invalid_request', 'body must be JSON: {"tags": ["article"]}');
  }
  const parsed = Body.safeParse(json);
  if (!parsed.success) return badRequest(parsed.error);
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  forgetSearches();
  return NextResponse.json({ revalidated: parsed.data.tags });
}
