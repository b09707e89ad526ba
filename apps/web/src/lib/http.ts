import { NextResponse } from 'next/server';
import { z } from 'zod';
import type { RateVerdict } from './rate-limit';

/** 400 with a message a person can act on: which parameter, what is wrong. */
export function badRequest(error: z.ZodError): NextResponse {
  return NextResponse.json(
    { error: 'invalid_request', message: z.prettifyError(error), issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    { status: 400 },
  );
}

export function jsonError(status: number, error: string, message: string): NextResponse {
  return NextResponse.json({ error, message }, { status });
}

/**
 * 429 for a client over its budget: when to come back (Retry-After) and a message in both
 * languages, since an API caller's language is not known.
 */
export function tooManyRequests(v: RateVerdict): NextResponse {
  const s = v.retryAfterSeconds;
  const res = jsonError(
    429,
    'rate_limited',
    `Zu viele Anfragen: bitte in ${s} Sekunden erneut versuchen. Too many requests: please try again in ${s} seconds.`,
  );
  res.headers.set('retry-after', String(s));
  res.headers.set('cache-control', 'no-store');
  return withRateLimitHeaders(res, v);
}

/** The client's budget on every answer, so a well-behaved client can slow down before a 429. */
export function withRateLimitHeaders(res: NextResponse, v: RateVerdict): NextResponse {
  res.headers.set('ratelimit-limit', String(v.limit));
  res.headers.set('ratelimit-remaining', String(v.remaining));
  return res;
}
