import { z } from 'zod';

function need(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the journeys through Playwright's global setup`);
  return v;
}

export const e2e = {
  digital: need('E2E_DIGITAL'),
  service: need('E2E_SERVICE'),
  cms: need('E2E_CMS'),
  admin: { email: need('E2E_ADMIN_EMAIL'), password: need('E2E_ADMIN_PASSWORD') },
  editor: { email: need('E2E_EDITOR_EMAIL'), password: need('E2E_EDITOR_PASSWORD') },
  approver: { email: need('E2E_APPROVER_EMAIL'), password: need('E2E_APPROVER_PASSWORD') },
};

/** Log in to the Strapi admin API as the super admin; returns a bearer token. */
export async function adminToken(): Promise<string> {
  const res = await fetch(`${e2e.cms}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(e2e.admin),
  });
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`);
  return z.object({ data: z.object({ token: z.string() }) }).parse(await res.json()).data.token;
}
