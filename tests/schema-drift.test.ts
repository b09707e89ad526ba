import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('content model and Strapi schema files', () => {
  it('have not drifted apart (regenerate with `pnpm --filter cms gen:schemas`)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-schemas.mjs', '--check'], { cwd: path.resolve('apps/cms'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
