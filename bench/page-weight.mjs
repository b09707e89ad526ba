#!/usr/bin/env node
// First-load JavaScript of the service directory's pages, against an empty page of the same
// build (Next's own not-found page: framework, router and runtime, no app code). The sum of
// the <script src> files each page's HTML loads, gzipped as a server would send them.
// Goal: a service page at most 1.15 times the empty page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { report } from './lib/report.mjs';
import { get, seededPortal } from './lib/seeded-stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portal = await seededPortal();
const scripts = (html) => [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
const sizes = new Map();
async function weigh(html, origin) {
  let raw = 0;
  let gz = 0;
  for (const src of scripts(html)) {
    if (!sizes.has(src)) {
      const body = Buffer.from(await (await get(new URL(src, origin).toString())).arrayBuffer());
      sizes.set(src, { raw: body.length, gz: gzipSync(body, { level: 9 }).length });
    }
    raw += sizes.get(src).raw;
    gz += sizes.get(src).gz;
  }
  return { raw, gz, files: scripts(html).length };
}

try {
  const empty = await weigh(fs.readFileSync(path.join(root, 'apps/web/.next/server/app/_not-found.html'), 'utf8'), portal.digital);
  const html = async (url) => (await get(url)).text();
  const az = `${portal.service}/services?letter=P`;
  const first = (await html(az)).match(/href="(\/services\/[a-z0-9-]+)"/)?.[1];
  if (!first) throw new Error('no service link on the A to Z page');
  const pages = [
    ['service page', `${portal.service}${first}`],
    ['service directory start page', `${portal.service}/`],
    ['A to Z page', az],
    ['Digitale Stadt home page', `${portal.digital}/`],
  ];
  const rows = [{ metric: 'empty page (baseline) first-load JS, gzip', value: empty.gz / 1024, unit: 'KiB' }];
  for (const [name, url] of pages) {
    const w = await weigh(await html(url), portal.digital);
    rows.push({ metric: `${name} first-load JS, gzip`, value: w.gz / 1024, unit: 'KiB', ratio: w.gz / empty.gz, goal: name === 'service page' ? '≤ 1.15× baseline' : undefined });
  }
  report('page-weight', rows);
} finally {
  await portal.stop();
}
