// Every unit test gets a fresh, in-memory IndexedDB (the store) and a reset fake browser API.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
