// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, against pages from a local
// server the fixtures start themselves (tests/e2e/fixtures.ts), so there is no `webServer` here.
import os from 'node:os';
import { defineConfig } from '@playwright/test';

/** Two Chromiums at once is what a 2-core CI machine takes without tests timing out; override with PW_WORKERS. */
const workers = Number(process.env.PW_WORKERS) || Math.max(1, Math.min(2, os.availableParallelism()));

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  // Large corpus captures (1–2 MB) plus a scan can take a while on a loaded 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // `list` for people; the JSON file is what .ci/run reads to total passed and failed tests.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE || 'playwright-report/results.json' }],
  ],
  use: {
    // Only the `headless` option reaches our own context fixture; `--headed` works when a display is present.
    headless: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
