import { NextResponse } from 'next/server';
import { z } from 'zod';

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
