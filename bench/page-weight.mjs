#!/usr/bin/env node
// First-load JavaScript of the portal's pages, against an empty page of the same build. Counted:
// the <script src> files a page's HTML loads plus its inline scripts (JSON-LD is data and does
// not count), each gzipped as a server would send it.
//
// Baseline: the empty page of this build as the server sends it, the site's 404 page (header,
// search box, footer; no content), whose only script is the portal's enhancement of the header
// search. Printed beside it: Next's own not-found page with the client runtime it would ship
// (framework, router, React), which server.mjs leaves out (server/client-runtime.mjs).
// Goal: a service page at most 1.15 times the empty page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { report } from './lib/report.mjs';
import { get, seededPortal } from './lib/seeded-stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portal = await seededPortal();
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const sources = (html) => [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]))];
const inline = (html) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter(([, attrs, body]) => !/\bsrc=/i.test(attrs) && !/application\/ld\+json/i.test(attrs) && body.trim()).map((m) => m[2]);
const files = new Map();
async function weigh(html, origin) {
  let size = 0;
  for (const src of sources(html)) {
    if (!files.has(src)) files.set(src, gz(Buffer.from(await (await get(new URL(src, origin).toString())).arrayBuffer())));
    size += files.get(src);
  }
  for (const body of inline(html)) size += gz(body);
  return size;
}

try {
  const stock = fs.readFileSync(path.join(root, 'apps/web/.next/server/app/_not-found.html'), 'utf8');
  const asNext = await weigh(stock, portal.digital);
  const html = async (url) => (await get(url)).text();
  const emptyPage = await (await get(`${portal.service}/kein-inhalt-${Date.now()}`, { accept: (status) => status === 404 })).text();
  const empty = await weigh(emptyPage, portal.digital);
  if (empty === 0) throw new Error('the empty page carries no script at all: no ratio can be taken against it');
  const az = `${portal.service}/services?letter=P`;
  const first = (await html(az)).match(/href="(\/services\/[a-z0-9-]+)"/)?.[1];
  if (!first) throw new Error('no service link on the A to Z page');
  const pages = [
    ['service page', `${portal.service}${first}`],
    ['service directory start page', `${portal.service}/`],
    ['A to Z page', az],
    ['Digitale Stadt home page', `${portal.digital}/`],
  ];
  const rows = [
    { metric: 'Next\'s not-found page with its client runtime, gzip', value: asNext / 1024, unit: 'KiB' },
    { metric: 'empty page (the site\'s 404) as served (baseline), gzip', value: empty / 1024, unit: 'KiB' },
  ];
  for (const [name, url] of pages) {
    const w = await weigh(await html(url), portal.digital);
    rows.push({ metric: `${name} first-load JS, gzip`, value: w / 1024, unit: 'KiB', ratio: w / empty, goal: name === 'service page' ? '≤ 1.15× baseline' : undefined });
  }
  report('page-weight', rows);
} finally {
  await portal.stop();
}
