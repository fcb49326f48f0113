import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/browser.mjs';

// CI=true and CI=1 mean the same, as in scripts/test.mjs.
const ci = process.env.CI === 'true' || process.env.CI === '1';
// Another port lets a second checkout run its browser tests beside this one.
const port = Number(process.env.E2E_PORT ?? 4173);

// The browser tests run against the production build, served by `vite preview` with the strict
// CSP header, in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  // Each test does one thing in a few seconds; a hang fails in 30 s, not a minute.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: ci,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run build && npm run preview -- --port ${port} --strictPort`,
    url: `http://localhost:${port}/index.html`,
    reuseExistingServer: !ci,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
