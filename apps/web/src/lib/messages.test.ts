import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every literal message key the app asks for exists in both languages: a page that shows
// "digital.home.title" instead of its heading is a bug no type checks. Keys are looked up as
// written and, for translators bound to a namespace, under each top-level namespace.
const root = path.resolve(__dirname, '..');
const messages = (lang: string): unknown => JSON.parse(fs.readFileSync(path.resolve(root, `../messages/${lang}.json`), 'utf8'));
const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined), tree);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const used = new Map<string, string>();
for (const file of sourceFiles(root)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\bt(?:\.raw|\.rich)?\(\s*'([A-Za-z][\w.-]*)'/g)) used.set(m[1]!, path.relative(root, file));
}

describe('message keys', () => {
  it('finds the keys the app uses', () => {
    expect(used.size).toBeGreaterThan(50);
  });
  for (const lang of ['de', 'en']) {
    it(`every key used in the code exists in ${lang}.json`, () => {
      const tree = messages(lang);
      const namespaces = Object.keys(tree as Record<string, unknown>);
      const missing = [...used].filter(([key]) => lookup(tree, key) === undefined && !namespaces.some((ns) => lookup(tree, `${ns}.${key}`) !== undefined)).map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });
  }
});
