import { NextResponse } from 'next/server';
import { z } from 'zod';
import type { RateVerdict } from './rate-limit';

/**
 * A JSON answer as plain data: what a route returns through Next (toResponse) and what the
 * server's fast path for search (server.mjs) writes itself.
 */
export interface JsonAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function toResponse(a: JsonAnswer): NextResponse {
  return NextResponse.json(a.body, { status: a.status, headers: a.headers });
}

/** 400 with a message a person can act on: which parameter, what is wrong. */
export function badRequestAnswer(error: z.ZodError, headers: Record<string, string> = {}): JsonAnswer {
  return {
    status: 400,
    headers,
    body: { error: 'invalid_request', message: z.prettifyError(error), issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
  };
}

export function errorAnswer(status: number, error: string, message: string, headers: Record<string, string> = {}): JsonAnswer {
  return { status, headers, body: { error, message } };
}

/** The client's budget on every answer, so a well-behaved client can slow down before a 429. */
export function rateLimitHeaders(v: RateVerdict): Record<string, string> {
  return { 'ratelimit-limit': String(v.limit), 'ratelimit-remaining': String(v.remaining) };
}

/**
 * 429 for a client over its budget: when to come back (Retry-After) and a message in both
 * languages, since an API caller's language is not known.
 */
export function tooManyRequestsAnswer(v: RateVerdict): JsonAnswer {
  const s = v.retryAfterSeconds;
  return errorAnswer(429, 'rate_limited', `Zu viele Anfragen: bitte in ${s} Sekunden erneut versuchen. Too many requests: please try again in ${s} seconds.`, {
    'retry-after': String(s),
    'cache-control': 'no-store',
    ...rateLimitHeaders(v),
  });
}

export const badRequest = (error: z.ZodError): NextResponse => toResponse(badRequestAnswer(error));
export const jsonError = (status: number, error: string, message: string): NextResponse => toResponse(errorAnswer(status, error, message));
export const tooManyRequests = (v: RateVerdict): NextResponse => toResponse(tooManyRequestsAnswer(v));

export function withRateLimitHeaders(res: NextResponse, v: RateVerdict): NextResponse {
  for (const [k, val] of Object.entries(rateLimitHeaders(v))) res.headers.set(k, val);
  return res;
}
