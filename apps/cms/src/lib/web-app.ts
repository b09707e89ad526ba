import { timingSafeEqual } from 'node:crypto';
import { env } from '../env';

/**
 * The web app's deliveries (form messages, search statistics) carry FORM_SECRET as a bearer
 * token; compared in constant time.
 */
export function fromWebApp(authorization: string | undefined): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '');
  const want = Buffer.from(env().FORM_SECRET);
  return given.length === want.length && timingSafeEqual(given, want);
}
