import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    restoreMocks: true,
    // Tests that seed a whole store in fake IndexedDB, or render the library over it, take 1–2 s alone and up to
    // ten times that while two busy cores also run browsers. No test measures time; this only keeps a slow
    // machine from failing a correct test. A test that hangs still fails.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
