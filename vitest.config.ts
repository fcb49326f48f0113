import { defineConfig } from 'vitest/config';

// Tests are split by environment (as in preact-iso): pure domain code runs in Node, storage in
// Node with fake-indexeddb, components in jsdom. Browser flows live in tests/e2e (Playwright).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    globals: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        // The fuzz tests run 10,000 cases each: on a busy 2-core CI machine that takes seconds.
        test: {
          name: 'domain',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'storage', environment: 'node', include: ['tests/storage/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'tooling', environment: 'node', include: ['tests/tooling/**/*.test.ts'] },
      },
    ],
  },
});
