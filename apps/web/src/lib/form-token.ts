import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/env';

/**
 * A signed timestamp rendered into each form. A person needs a few seconds to write a
 * message; a bot that posts at once, or replays an old form for hours, is turned away.
 */
const MIN_MS = 3_000;
const MAX_MS = 6 * 3600_000;

const sign = (ts: string) => createHmac('sha256', env().FORM_SECRET).update(`form:${ts}`).digest('base64url');

export function formToken(now = Date.now()): string {
  const ts = String(now);
  return `${ts}.${sign(ts)}`;
}

export function checkFormToken(token: unknown, now = Date.now()): 'ok' | 'too-fast' | 'expired' | 'invalid' {
  if (typeof token !== 'string' || !/^\d{13}\.[A-Za-z0-9_-]{43}$/.test(token)) return 'invalid';
  const [ts, mac] = token.split('.') as [string, string];
  const want = Buffer.from(sign(ts));
  const given = Buffer.from(mac);
  if (want.length !== given.length || !timingSafeEqual(want, given)) return 'invalid';
  const age = now - Number(ts);
  if (age < MIN_MS) return 'too-fast';
  if (age > MAX_MS) return 'expired';
  return 'ok';
}
