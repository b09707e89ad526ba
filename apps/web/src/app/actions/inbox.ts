'use server';

import { inboxSubmission, isLocale } from '@dsh/content-model';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { env } from '@/env';
import { checkFormToken, formToken } from '@/lib/form-token';
import { clientKey, rateLimiter } from '@/lib/rate-limit';

export type InboxState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'invalid'; errors: Record<string, string>; values: Record<string, string> }
  | { status: 'refused'; message: string; values: Record<string, string> };

// Five messages per client in ten minutes: plenty for a person, useless for a flood.
const limiter = rateLimiter({ limit: 5, windowMs: 10 * 60_000 });
const FIELDS = ['subject', 'message', 'name', 'email', 'project', 'pageUrl'] as const;

/**
 * The dialogue and accessibility feedback forms post here (with or without JavaScript). The
 * message is checked (zod, a honeypot field, a signed fill-in time, a rate limit per client)
 * and forwarded to the CMS, where it waits for ITD11; it is never published. A refused or
 * invalid message comes back with everything the person typed.
 */
export async function sendInbox(_prev: InboxState, form: FormData): Promise<InboxState> {
  // An action is a public endpoint: a hand-made request can pass anything as its arguments.
  if (!(form instanceof FormData)) {
    const t = await getTranslations({ locale: 'de', namespace: 'forms' });
    return { status: 'invalid', errors: { message: t('errors.general') }, values: {} };
  }
  const raw = Object.fromEntries(FIELDS.map((k) => [k, typeof form.get(k) === 'string' ? String(form.get(k)) : '']));
  const language = String(form.get('language') ?? 'de');
  const locale = isLocale(language) ? language : 'de';
  const t = await getTranslations({ locale, namespace: 'forms' });
  // The form's original token goes back with a refused or invalid message: fixing a typo must
  // not restart the fill-in clock (without JavaScript the page is rendered anew).
  const values = { ...raw, token: String(form.get('token') ?? '') };
  // A field people never see: whatever fills it is a bot. It gets the same answer as a person.
  if (String(form.get('website') ?? '') !== '') return { status: 'sent' };
  const token = checkFormToken(form.get('token'));
  if (token === 'too-fast' || token === 'invalid') return { status: 'refused', message: t('refused.spam'), values };
  if (token === 'expired') return { status: 'refused', message: t('refused.expired'), values: { ...values, token: formToken() } };
  const parsed = inboxSubmission.safeParse({ ...raw, kind: String(form.get('kind') ?? ''), language: locale });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'message');
      errors[field] ??= (FIELDS as readonly string[]).includes(field) ? t(`errors.${field}`) : t('errors.general');
    }
    return { status: 'invalid', errors, values };
  }
  // Only messages that would be delivered count: correcting a typo never locks anyone out.
  if (!limiter.take(clientKey(await headers())).ok) return { status: 'refused', message: t('refused.rateLimited'), values };
  try {
    const res = await fetch(new URL('/api/inbox-messages/intake', env().CMS_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env().FORM_SECRET}` },
      body: JSON.stringify(parsed.data),
      signal: AbortSignal.timeout(10_000),
      cache: 'no-store',
    });
    if (res.status === 400) return { status: 'invalid', errors: { message: t('errors.general') }, values };
    if (!res.ok) throw new Error(`CMS answered ${res.status}`);
  } catch (err) {
    console.error(`inbox message not delivered: ${(err as Error).message}`);
    return { status: 'refused', message: t('refused.unavailable'), values };
  }
  return { status: 'sent' };
}
