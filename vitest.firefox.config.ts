// The end-to-end suite in Firefox (tests/firefox/): `npm run test:firefox`. Vitest rather than a plain Node
// script: the tests are TypeScript, typechecked with the rest; the JSON report is the one .ci/run already totals
// for the unit tests; and describe.skipIf gives the clear skip when Firefox is absent. Node environment: the
// tests drive a browser, they do not run in one.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The shared test support (the deal corpus) imports the project's schemas by the `@/` path WXT gives the app.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // Builds .output/firefox-mv3 when it is missing or stale (only when Firefox is there to run it).
    globalSetup: ['tests/firefox/global-setup.ts'],
    // One Firefox at a time: each takes a core while it starts, and the machines have two.
    fileParallelism: false,
    maxWorkers: 1,
    // Puppeteer evaluates its helper script in a frame on its own, without awaiting it; when the card's frame goes
    // away (Escape closes the card) while that is in flight, the rejection reaches no test. Only that one is
    // dropped: a test that awaits a call on a missing frame still fails on it.
    onUnhandledError: (error) =>
      !(error.name === 'ProtocolError' && /script\.callFunction\): no such frame/.test(error.message ?? '')),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
