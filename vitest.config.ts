import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'apps/cms/src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.mjs', 'apps/web/server/**/*.test.mjs'],
          exclude: ['**/node_modules/**', 'tests/e2e/**', 'tests/scale/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/cms/tests/**/*.test.ts'],
          // One real Strapi per file, booted in-process: files run one after another.
          pool: 'forks',
          fileParallelism: false,
          globalSetup: ['apps/cms/tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Whole stacks as separate processes (two web replicas, Redis, PostgreSQL): one at a time.
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
