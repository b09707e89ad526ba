// Writes Strapi's schema files for every content type and component from
// @dsh/content-model (the one definition), plus the standard controller, router and service
// of a new type. `--check` fails instead of writing when a schema differs: the drift test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes, internalContentTypes } from '@dsh/content-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let drift = 0;

function write(file, text) {
  const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (have === text) return;
  if (check) {
    console.error(`drift: ${path.relative(root, file)} differs from @dsh/content-model`);
    drift++;
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(root, file)}`);
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';
const components = new Map();

for (const ct of [...Object.values(contentTypes), ...Object.values(internalContentTypes)]) {
  const name = ct.singularName;
  const dir = path.join(root, 'src/api', name);
  write(path.join(dir, 'content-types', name, 'schema.json'), json(ct.strapiSchema()));
  for (const c of ct.components) components.set(c.uid, c);
  if (check) continue;
  const uid = `api::${name}.${name}`;
  const scaffold = {
    controllers: `import { factories } from '@strapi/strapi';\nexport default factories.createCoreController('${uid}');\n`,
    routes: `import { factories } from '@strapi/strapi';\nexport default factories.createCoreRouter('${uid}');\n`,
    services: `import { factories } from '@strapi/strapi';\nexport default factories.createCoreService('${uid}');\n`,
  };
  for (const [kind, text] of Object.entries(scaffold)) {
    const file = path.join(dir, kind, `${name}.ts`);
    if (!fs.existsSync(file)) write(file, text);
  }
}

for (const c of components.values()) {
  write(path.join(root, 'src/components', c.category, `${c.name}.json`), json(c.strapiSchema()));
}

process.exit(drift ? 1 : 0);
