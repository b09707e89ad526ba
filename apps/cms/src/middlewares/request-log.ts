import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import pino from 'pino';
import { z } from 'zod';
import { env } from '../env';

/**
 * A request id from outside is kept only if it is a plain token: it is written into every log
 * line, so it must not be able to forge lines or carry a payload. The web app sends its own id
 * when it calls the CMS, so one id follows a page view through both apps' logs.
 */
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const requestIds = new AsyncLocalStorage<string>();

/** The id of the request being handled, for Strapi's own log lines (config/logger.ts). */
export const currentRequestId = (): string | undefined => requestIds.getStore();

/** pino has no `http` level; Strapi's request lines were `http`, which sits just below `info`. */
const pinoLevel = { error: 'error', warn: 'warn', info: 'info', http: 'info', verbose: 'debug', debug: 'debug', silly: 'trace' } as const;

/**
 * One JSON line per request. Written to process.stdout (not pino's own fd writer) so the lines
 * stay in order with Strapi's, which winston also writes there.
 */
export const requestLog = pino(
  { level: pinoLevel[env().STRAPI_LOG_LEVEL], base: { service: 'cms' }, timestamp: pino.stdTimeFunctions.isoTime },
  process.stdout,
);

/**
 * Query parameters can carry credentials (the preview link's token, a password-reset code):
 * their values never reach the log. The names stay, so a line still shows what was asked.
 */
const SECRET_PARAM = /secret|token|password|code|key|signature|jwt|session|auth/i;

export function loggableQuery(querystring: string): string | undefined {
  if (!querystring) return undefined;
  // Decoded (`filters[slug][$eq]=…`, as people read it); the JSON line escapes what needs it.
  return [...new URLSearchParams(querystring)].map(([name, value]) => `${name}=${SECRET_PARAM.test(name) ? '[redacted]' : value}`).join('&');
}

interface Ctx {
  method: string;
  path: string;
  querystring: string;
  status: number;
  state: Record<string, unknown>;
  get: (name: string) => string;
  set: (name: string, value: string) => void;
}

/** Replaces `strapi::logger`: first in the chain, so it sees the status the error handler chose. */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  const given = RequestId.safeParse(ctx.get('x-request-id'));
  const requestId = given.success ? given.data : crypto.randomUUID();
  ctx.state.requestId = requestId;
  ctx.set('x-request-id', requestId);
  const started = process.hrtime.bigint();
  let thrown: unknown;
  try {
    await requestIds.run(requestId, next);
  } catch (err) {
    thrown = err;
    throw err;
  } finally {
    // An error that got past strapi::errors becomes a 500 (or its own status) in Koa.
    const status = thrown === undefined ? ctx.status : z.object({ status: z.number().int() }).safeParse(thrown).data?.status ?? 500;
    const line = {
      requestId,
      method: ctx.method,
      path: ctx.path,
      query: loggableQuery(ctx.querystring),
      status,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    };
    if (status >= 500) requestLog.error(line, 'request');
    else requestLog.info(line, 'request');
  }
};
