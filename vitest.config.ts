import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/browser.mjs';

// Tests are split by environment (as in preact-iso): pure domain code runs in Node, storage in
// Node with fake-indexeddb, parsers that read `location` in jsdom, and components and hooks in
// Debian's Chromium through vitest's browser mode. Whole user flows live in tests/e2e (Playwright).

// The fuzz tests run 10,000 cases each: on a busy 2-core CI machine that takes seconds.
const FUZZ_TIMEOUT = 60_000;

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    globals: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts'],
          testTimeout: FUZZ_TIMEOUT,
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
          testTimeout: FUZZ_TIMEOUT,
        },
      },
      {
        extends: true,
        test: { name: 'tooling', environment: 'node', include: ['tests/tooling/**/*.test.ts'] },
      },
      {
        extends: true,
        // Pre-bundled up front: a dependency found mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: [
            'preact',
            'preact/hooks',
            'preact/jsx-runtime',
            '@testing-library/preact',
            'idb',
            'zod/mini',
          ],
        },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
