// The team library in real Firefox (issue 24): the options page sets up a pouchdb-server, a record written here
// reaches the server (a private note does not), a teammate's record comes back into the store, and a wrong
// password is named. One Firefox, one profile, the server in memory on a free loopback port.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type BlockedRequest, startNetworkSink } from '../support/extension-browser.mjs';
import { startTeamServer, type TeamServer } from '../support/team-server.mjs';
import { EXTENSION_DIR, FirefoxSession, firefoxMissing, geckoId, newExtensionUuid, packXpi } from './firefox-browser';

const DB = 'newsroom';
const missing = firefoxMissing();

describe.skipIf(missing !== null)('team library in Firefox @team', () => {
  const uuid = newExtensionUuid();
  const blocked: BlockedRequest[] = [];
  let firefox: FirefoxSession;
  let couch: TeamServer;
  let profileDir = '';
  let sink: Awaited<ReturnType<typeof startNetworkSink>>;
  let options: Page;

  /** Fills the options page by its labels and presses "Sync now"; returns the status once the cycle ended. */
  const syncWith = async (fields: Record<string, string>) => {
    for (const [label, value] of Object.entries(fields)) {
      const id = await options.evaluate(
        (text) => [...document.querySelectorAll('label')].find((l) => l.textContent === text)?.htmlFor ?? '',
        label,
      );
      await options.$eval(`#${id}`, (input) => {
        (input as HTMLInputElement).value = '';
      });
      await options.type(`#${id}`, value);
    }
    await options.click('button[type="submit"]');
    await vi.waitFor(
      async () => {
        const state = await options.$eval('[role="status"]', (s) => s.getAttribute('data-sync-state'));
        const busy = await options.$eval('button[type="submit"]', (b) => (b as HTMLButtonElement).disabled);
        expect(busy).toBe(false);
        expect(['synced', 'error']).toContain(state);
      },
      { timeout: 30_000, interval: 100 },
    );
    return options.$eval('[role="status"]', (s) => s.textContent ?? '');
  };

  const inStore = (table: string, id: string) =>
    options.evaluate(
      async (table, id) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const request = indexedDB.open('deal-lens');
          request.onsuccess = () => resolve(request.result);
        });
        const record = await new Promise<unknown>((resolve) => {
          const request = db.transaction(table).objectStore(table).get(id);
          request.onsuccess = () => resolve(request.result ?? null);
        });
        db.close();
        return record as Record<string, unknown> | null;
      },
      table,
      id,
    );

  beforeAll(async () => {
    couch = await startTeamServer();
    await couch.createUser('alice', 'alice-pass');
    await couch.createDatabase(DB, ['alice']);
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-firefox-team-'));
    sink = await startNetworkSink((request) => blocked.push(request));
    const xpi = await packXpi(EXTENSION_DIR, path.join(os.tmpdir(), `deal-lens-team-${uuid}.xpi`));
    firefox = await FirefoxSession.launch({ profileDir, extensionId: geckoId(), uuid, proxy: sink.server });
    expect(await firefox.installPermanently(xpi)).toBe(geckoId());
    await rm(xpi, { force: true });
    options = await firefox.openExtensionPage('options.html');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== 'Loading…');
  }, 120_000);

  afterAll(async () => {
    await firefox?.close().catch(() => {});
    await sink?.close();
    await couch?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  test('with no server set the status says so, and the server hears nothing', async () => {
    expect(await options.$eval('[role="status"]', (s) => s.textContent)).toBe(
      'Not set up: nothing leaves this browser',
    );
    expect(couch.received).toEqual([]);
  });

  test('a wrong password is named', async () => {
    const status = await syncWith({
      'Team server URL': couch.url,
      Database: DB,
      'User name': 'alice',
      Password: 'not-her-password',
    });
    expect(status).toContain('Wrong user name or password');
  });

  test('a record written here reaches the server without its private note; a teammate’s comes back', async () => {
    // Written as the store's write road does: the record and its outbox entry in one transaction.
    await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('deal-lens');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['facts', 'outbox'], 'readwrite');
        tx.objectStore('facts').put({
          id: 'firefox-fact',
          subject: { type: 'entity', id: 'huawei' },
          label: 'Firefox budget',
          value: 12,
          unit: 'USD',
          quote: 'Huawei',
          articleId: 'seed-huawei-peru',
          note: 'FIREFOX-PRIVATE-NOTE',
          origin: 'user',
          editedAt: Date.now(),
        });
        tx.objectStore('outbox').add({ docId: 'fact:firefox-fact' });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await couch.putDoc(DB, {
      _id: 'entity:teammate-co',
      kind: 'entity',
      author: 'bob',
      changedAt: 1,
      record: {
        id: 'teammate-co',
        name: 'Teammate Co',
        kind: 'company',
        description: '',
        aliases: [
          {
            text: 'Teammate Co',
            lang: 'en',
            case: 'insensitive',
            weak: false,
            cuesBefore: [],
            vetoBefore: [],
            vetoAfter: [],
          },
        ],
        excludes: [],
        relations: [],
        origin: 'user',
      },
    });
    const status = await syncWith({ Password: 'alice-pass' });
    expect(status).toContain('Synced');
    const docs = await couch.allDocs(DB);
    expect(docs.find((d) => d._id === 'fact:firefox-fact')).toMatchObject({ author: 'alice' });
    expect(couch.received.map((r) => r.body).join('\n')).not.toContain('FIREFOX-PRIVATE-NOTE');
    expect(await inStore('entities', 'teammate-co')).toMatchObject({ name: 'Teammate Co', changedBy: 'bob' });
    expect(await inStore('facts', 'firefox-fact')).toMatchObject({ note: 'FIREFOX-PRIVATE-NOTE' });
  });

  test('no error from the extension, and no request off the machine from it', () => {
    expect(firefox.extensionErrors()).toEqual([]);
    expect(blocked.filter((r) => !/mozilla|firefox|mozaws/.test(r.url))).toEqual([]);
  });
});
