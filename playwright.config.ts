// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, against pages from a local
// server the fixtures start themselves (tests/e2e/fixtures.ts), so there is no `webServer` here.
import os from 'node:os';
import { defineConfig } from '@playwright/test';

/**
 * One Chromium per core, at most four: every test launches its own browser, whose renderer, GPU and extension
 * processes keep a core busy while it runs. On the 2-core CI machine that is 2 (measured: 1 worker takes about
 * twice as long and no test is steadier for it, since every wait is for a state, not a time). PW_WORKERS overrides.
 */
const workers = Number(process.env.PW_WORKERS) || Math.max(1, Math.min(4, os.availableParallelism()));

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  // Large corpus captures (1–2 MB) plus a scan, read twice (with and without Deal Lens), take up to ~15 s alone;
  // four times that leaves room for two busy cores. No test waits for a time: only for states.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests of one file spread over the workers too (the 44 corpus pages would otherwise run in one).
  fullyParallel: true,
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
