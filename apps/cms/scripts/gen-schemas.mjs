// Writes Strapi's schema.json for every content type from @dsh/content-model (the one
// definition). `--check` fails instead of writing when a file differs: the drift test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes } from '@dsh/content-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let drift = 0;
for (const ct of Object.values(contentTypes)) {
  const file = path.join(root, 'src/api', ct.singularName, 'content-types', ct.singularName, 'schema.json');
  const want = JSON.stringify(ct.strapiSchema(), null, 2) + '\n';
  const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (want === have) continue;
  if (check) {
    console.error(`drift: ${path.relative(root, file)} differs from @dsh/content-model`);
    drift++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, want);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exit(drift ? 1 : 0);
