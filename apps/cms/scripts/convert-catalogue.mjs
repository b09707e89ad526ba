// Converts the public OZG/LeiKa catalogue (../shared/data/ozg-leika/ozg_leika_flat.tsv) into
// the project's own seed file: facts only (keys, names, OZG taxonomy, legal basis), no prose.
// Re-run when the catalogue is updated: node apps/cms/scripts/convert-catalogue.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? path.resolve(here, '../../../../shared/data/ozg-leika/ozg_leika_flat.tsv');
const target = path.resolve(here, '../seed/ozg-leika-services.tsv');
const keep = ['leika_key', 'leika_name', 'leika_typ', 'ozg_id', 'ozg_leistung', 'lebenslage', 'themenfeld', 'legal_basis'];

const lines = fs.readFileSync(source, 'utf8').replace(/\r\n/g, '\n').split('\n').filter(Boolean);
const header = lines[0].split('\t');
const idx = keep.map((k) => header.indexOf(k));
if (idx.some((i) => i < 0)) throw new Error(`${source}: expected columns ${keep.join(', ')}`);
const out = [keep.join('\t'), ...lines.slice(1).map((l) => {
  const cells = l.split('\t');
  return idx.map((i) => (cells[i] ?? '').replace(/\s+/g, ' ').trim()).join('\t');
})];
fs.writeFileSync(target, out.join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), target)}: ${out.length - 1} rows`);
