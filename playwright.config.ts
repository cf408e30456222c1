import { defineConfig, devices } from '@playwright/test';

// Browser tests run the BUILT app (dist/, made by `vite build`) in Debian's Chromium.
// Never `npx playwright install`: there is no network for browser downloads.
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The CI script reads the JSON report to print its "N passed, N failed" line.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: origin,
    locale: 'nl-NL',
    // Installing the service worker caches the whole build in every test, which only slows the
    // others down; tests/e2e/offline.spec.ts allows it and tests what it does.
    serviceWorkers: 'block',
    trace: 'off',
    // A step that waits longer than this fails by name (locator, navigation) instead of the whole
    // test running out of time with no word on where it stood.
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `node_modules/.bin/vite preview --configLoader runner --host 127.0.0.1 --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
