// Every unit test gets a fresh, in-memory IndexedDB (the store) and a reset fake browser API.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Component tests wait for states (`findBy…`, `waitFor`), never for a time. Testing Library gives up after 1 s,
// which a library save over a seeded store (write, reload, re-render) exceeds while two busy cores also run
// browsers; 10 s only delays the report of a test that fails anyway.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
