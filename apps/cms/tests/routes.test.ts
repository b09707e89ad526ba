import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialect, startCms, workflowTokens, type TestCms } from './strapi';

/**
 * Every route the CMS serves, admin and content API, with its verdict in
 * `route-inventory.json`: who may use it and which gate its writes pass. A route that a Strapi
 * upgrade or a new plugin adds has no verdict and fails this test until someone decides.
 *
 * Verdicts:
 * - `public-static`: the admin panel's files, uploaded files, the health checks.
 * - `public-read`: the content API's reads of public types (published versions only).
 * - `public-token`: open to the network, but the handler accepts only a secret or a signed token
 *   (health, draft preview, form and search-statistics intake, admin login and password reset).
 * - `admin-read`: behind the admin login, reads only; Strapi's RBAC decides what is shown.
 * - `admin-self`: the logged-in user's own profile, password, preferences.
 * - `gated-documents`: writes content; every one passes the document-service rules (the
 *   approval, validation, idea-phase campaigns) whatever the route.
 * - `gated-media`: writes the media library; passes the media gate (files shown by live or
 *   reviewed content are fixed for Redaktion).
 * - `workflow`: the review routes (`/dsh-review`) and the search analytics (`/dsh-search`, ITD11
 *   only), which check the role themselves.
 * - `super-admin`: settings, users, roles, tokens, webhooks, i18n, content types: RBAC
 *   permissions Redaktion and ITD11 do not hold.
 * - `off`: refused for everyone (content-API accounts, upload from URL, AI metadata, remote
 *   transfer).
 */
const VERDICTS = ['public-static', 'public-read', 'public-token', 'admin-read', 'admin-self', 'gated-documents', 'gated-media', 'workflow', 'super-admin', 'off'] as const;
const Inventory = z.record(z.string(), z.enum(VERDICTS));
const file = path.join(__dirname, 'route-inventory.json');

let cms: TestCms;
let editor = '';
beforeAll(async () => {
  cms = await startCms();
  editor = (await workflowTokens(cms)).editor;
});
afterAll(async () => {
  await cms?.stop();
});

/** "METHOD /path" for every route layer the server's router holds (HEAD is GET's twin). */
function routes(): string[] {
  const layers = z.array(z.looseObject({ methods: z.array(z.string()), path: z.string() })).parse(cms.strapi.server.listRoutes());
  return [...new Set(layers.flatMap((l) => l.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${l.path}`)))].sort();
}

describe(`route inventory (${dialect})`, () => {
  it('has a verdict for every route the CMS serves, and none for a route that is gone', () => {
    const served = routes();
    if (process.env.UPDATE_ROUTE_INVENTORY) fs.writeFileSync(`${file}.new`, JSON.stringify(served, null, 1));
    const inventory = Inventory.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const missing = served.filter((r) => !(r in inventory));
    const gone = Object.keys(inventory).filter((r) => !served.includes(r));
    expect(missing, `routes without a verdict (add them to ${path.basename(file)} with one of: ${VERDICTS.join(', ')})`).toEqual([]);
    expect(gone, 'verdicts for routes the CMS no longer serves').toEqual([]);
    expect(served.length).toBeGreaterThan(100);
  });

  it('gives Redaktion nothing on a super-admin or switched-off route', async () => {
    const inventory = Inventory.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const refused: string[] = [];
    const allowed: string[] = [];
    for (const [route, verdict] of Object.entries(inventory)) {
      if (verdict !== 'super-admin' && verdict !== 'off') continue;
      const [method, template] = route.split(' ') as [string, string];
      // Path parameters filled with something that exists nowhere: a refusal must come from
      // the rights, and an allowed route answers 2xx or 404 for it.
      const url = template.replace(/:([A-Za-z]+)(\([^)]*\))?/g, (_, name: string) => (name === 'uid' || name === 'model' ? 'api::article.article' : '1')).replace(/\(\.\*\)/g, 'x');
      const res = await fetch(`${cms.url}${url}`, {
        method,
        headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
        body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
        redirect: 'manual',
      });
      await res.arrayBuffer();
      (res.status >= 200 && res.status < 300 ? allowed : refused).push(`${route} → ${res.status}`);
    }
    expect(allowed, 'super-admin or switched-off routes that answered Redaktion with 2xx').toEqual([]);
    expect(refused.length).toBeGreaterThan(20);
  });
});
