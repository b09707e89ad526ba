import dns from 'node:dns';
import http from 'node:http';
import { expect, type Browser, type Page } from '@playwright/test';
import { z } from 'zod';
import { e2e } from './env';

/**
 * The CMS as the admin panel drives it: the content-manager API and the ITD11 review routes,
 * logged in as one of the workflow accounts. Every answer is parsed with zod.
 */
export interface Admin {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** Like `call`, but a status other than `expect` fails with the CMS's own message. */
  must<T extends z.ZodType>(method: string, path: string, body: unknown, schema: T, expect?: number): Promise<z.infer<T>>;
}

const Login = z.object({ data: z.object({ token: z.string().min(1) }) });
const ErrorBody = z.object({ error: z.object({ message: z.string() }) }).partial();

/*
 * The CMS allows 5 logins per account and 5 minutes: the journeys of one worker share theirs.
 */
const sessions = new Map<string, Promise<Admin>>();
export function login(who: { email: string; password: string }): Promise<Admin> {
  let session = sessions.get(who.email);
  if (!session) {
    session = signIn(who);
    sessions.set(who.email, session);
    session.catch(() => sessions.delete(who.email));
  }
  return session;
}

async function signIn(who: { email: string; password: string }): Promise<Admin> {
  const res = await fetch(`${e2e.cms}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  if (!res.ok) throw new Error(`login ${who.email}: ${res.status} ${await res.text()}`);
  const { token } = Login.parse(await res.json()).data;
  const call: Admin['call'] = async (method, path, body) => {
    const r = await fetch(`${e2e.cms}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    call,
    async must(method, path, body, schema, expect = 200) {
      const r = await call(method, path, body);
      if (r.status !== expect) throw new Error(`${method} ${path}: ${r.status} (wanted ${expect}): ${ErrorBody.safeParse(r.body).data?.error?.message ?? JSON.stringify(r.body)}`);
      return schema.parse(r.body);
    },
  };
}

export const Created = z.object({ data: z.object({ documentId: z.string().min(1) }) });
export const Anything = z.unknown();
/** The review's answer to a submit or a decision: the version it is about. */
export const Submitted = z.object({ data: z.object({ versionHash: z.string() }) });

export const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
export const single = (uid: string) => `/content-manager/single-types/${uid}`;

/** Editor submits, ITD11 approves and publishes: the only way anything goes live. */
export async function approveAndPublish(editor: Admin, approver: Admin, target: { uid: string; documentId: string; locale: string }) {
  // ITD11's decisions name the version that was submitted.
  // (Approving a campaign in the idea phase approves its budget too: a version of its own.)
  const { versionHash } = (await editor.must('POST', '/dsh-review/submit', target, Submitted)).data;
  const approved = await approver.must('POST', '/dsh-review/approve', { ...target, versionHash, comment: 'Freigegeben (Testlauf).' }, Submitted);
  await approver.must('POST', '/dsh-review/publish', { ...target, versionHash: approved.data.versionHash }, Anything);
}

/**
 * GET over node:http. `*.localhost` is loopback by definition (RFC 6761) and Chromium resolves
 * it so, but Node's resolver asks the system, which does not know service.localhost.
 */
export function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  const lookup: typeof dns.lookup = ((host: string, options: dns.LookupOptions, cb: never) =>
    dns.lookup(host.endsWith('.localhost') ? 'localhost' : host, options, cb)) as typeof dns.lookup;
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, lookup, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer within 30 s`)));
    req.on('error', reject);
  });
}

/** A German-speaking editor or ITD11 member signed in to the Strapi admin in Chromium. */
export async function adminInBrowser(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${e2e.cms}/admin/auth/login`);
  await page.getByLabel(/E-?mail/i).fill(who.email);
  await page.getByLabel(/^Passwor[dt]/i).fill(who.password);
  await page.getByRole('button', { name: /^(Login|Anmelden)$/i }).click();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  return page;
}
