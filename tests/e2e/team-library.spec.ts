// The team library end to end (issue 24): two Deal Lens profiles share a store through a real pouchdb-server.
// Run alone with `npx playwright test --grep @team`.
import type { BlockedRequest } from '../support/extension-browser.mjs';
import { startTeamServer, type TeamServer } from '../support/team-server.mjs';
import { expect, test, waitForScan } from './fixtures';
import { highlightTexts } from './page-layer';
import { alias } from './store-writes';
import { launchProfile, readRecord, setUpTeam, syncNow, type TeamProfile, writeShared } from './team-profile';

const DB = 'newsroom';
const ALICE = { username: 'alice', password: 'alice-pass' };
const BOB = { username: 'bob', password: 'bob-pass' };

const entity = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  kind: 'company',
  description: 'Made in a team test',
  aliases: [alias(name)],
  excludes: [],
  relations: [],
  origin: 'user',
  editedAt: Date.now(),
  ...extra,
});

const fact = (id: string, note: string, extra: Record<string, unknown> = {}) => ({
  id,
  subject: { type: 'entity', id: 'huawei' },
  label: 'Cloud budget',
  value: 7,
  unit: 'USD',
  quote: 'Huawei',
  note,
  articleId: 'seed-huawei-peru',
  origin: 'user',
  editedAt: Date.now(),
  ...extra,
});

/** Requests the extension itself sent (Chromium's own calls to its update and account hosts aside). */
const fromExtension = (request: BlockedRequest) =>
  request.initiator === 'service-worker' || request.initiator === 'extension-page';

let couch: TeamServer;
const profiles: TeamProfile[] = [];

test.beforeEach(async () => {
  couch = await startTeamServer();
  await couch.createUser(ALICE.username, ALICE.password);
  await couch.createUser(BOB.username, BOB.password);
  await couch.createUser('carol', 'carol-pass');
  await couch.createDatabase(DB, [ALICE.username, BOB.username]);
});

test.afterEach(async () => {
  await Promise.all(profiles.splice(0).map((profile) => profile.close()));
  await couch.stop();
});

async function profile(): Promise<TeamProfile> {
  const launched = await launchProfile();
  profiles.push(launched);
  return launched;
}

test('@team an edit in one profile reaches the other and is highlighted there; private notes and records never reach the server', async ({
  server,
}) => {
  const [a, b] = await Promise.all([profile(), profile()]);
  await setUpTeam(a, { url: couch.url, database: DB, ...ALICE });
  await expect(a.options.getByRole('status')).toContainText('Synced');
  await setUpTeam(b, { url: couch.url, database: DB, ...BOB });
  await expect(b.options.getByRole('status')).toContainText('Synced');

  await writeShared(a, {
    entities: [entity('zorblax-cloud', 'Zorblax Cloud'), entity('hidden-co', 'Hidden Co', { private: true })],
    facts: [
      fact('private-note-fact', 'SECRET-NOTE-4711'),
      fact('shared-note-fact', 'SHARED-NOTE-0815', { noteShared: true }),
    ],
  });
  expect(await syncNow(a)).toContain('Synced');
  expect(await syncNow(b)).toContain('Synced');

  const received = await readRecord(b, 'entities', 'zorblax-cloud');
  expect(received).toMatchObject({ name: 'Zorblax Cloud', changedBy: 'alice' });
  expect(await readRecord(b, 'entities', 'hidden-co')).toBeNull();
  const privateNote = await readRecord(b, 'facts', 'private-note-fact');
  expect(privateNote).toMatchObject({ label: 'Cloud budget' });
  expect(privateNote?.note).toBeUndefined();
  expect(await readRecord(b, 'facts', 'shared-note-fact')).toMatchObject({ note: 'SHARED-NOTE-0815' });
  // A's own store keeps its private note.
  expect(await readRecord(a, 'facts', 'private-note-fact')).toMatchObject({ note: 'SECRET-NOTE-4711' });

  // Every byte the server received, and what it stores.
  const bytes = couch.received.map((r) => `${r.path}\n${r.body}`).join('\n');
  expect(bytes).toContain('Zorblax Cloud');
  expect(bytes).not.toContain('SECRET-NOTE-4711');
  expect(bytes).not.toContain('hidden-co');
  expect(bytes).not.toContain(ALICE.password);
  const docs = await couch.allDocs(DB);
  expect(docs.map((d) => d._id)).toContain('entity:zorblax-cloud');
  expect(docs.find((d) => d._id === 'entity:zorblax-cloud')).toMatchObject({ author: 'alice', kind: 'entity' });
  expect([a, b].flatMap((p) => p.blocked).filter(fromExtension)).toEqual([]);

  // The name Alice added is highlighted in Bob's browser.
  server.setPage(
    '/team/story.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><article><h1>Cloud news</h1><p>Zorblax Cloud opens a region in Lima, its chief said on Monday, as rivals look on.</p></article></body></html>',
  );
  const story = await b.context.newPage();
  await story.goto(server.urlFor('/team/story.html'));
  await waitForScan(story);
  await expect.poll(() => highlightTexts(story)).toContain('Zorblax Cloud');
});

test('@team wrong password and a non-member are named, and nothing stored is lost', async () => {
  const a = await profile();
  await setUpTeam(a, { url: couch.url, database: DB, username: 'alice', password: 'not-her-password' });
  await expect(a.options.getByRole('status')).toContainText('Wrong user name or password');
  await setUpTeam(a, { url: couch.url, database: DB, username: 'carol', password: 'carol-pass' });
  await expect(a.options.getByRole('status')).toContainText('Not a member of this database');
  await setUpTeam(a, { url: couch.url, database: 'no-such-db', ...ALICE });
  await expect(a.options.getByRole('status')).toContainText('No database of that name');
  // The password typed is not in the page once saved.
  await expect(a.options.getByLabel('Password')).toHaveValue('');
  expect(await readRecord(a, 'entities', 'huawei')).toMatchObject({ name: expect.any(String) });
});

test('@team server down then back: changes wait, then go', async () => {
  const [a, b] = await Promise.all([profile(), profile()]);
  await setUpTeam(a, { url: couch.url, database: DB, ...ALICE });
  await setUpTeam(b, { url: couch.url, database: DB, ...BOB });
  await couch.down();
  await writeShared(a, { entities: [entity('offline-robotics', 'Offline Robotics')] });
  const down = await syncNow(a);
  expect(down).toContain('Server unreachable');
  expect(down).toContain('1 change waiting');
  expect(await readRecord(a, 'entities', 'offline-robotics')).toMatchObject({ name: 'Offline Robotics' });
  await couch.up();
  const back = await syncNow(a);
  expect(back).toContain('Synced');
  expect(back).not.toContain('waiting');
  await syncNow(b);
  expect(await readRecord(b, 'entities', 'offline-robotics')).toMatchObject({ name: 'Offline Robotics' });
});

test('@team with no server set, nothing is sent anywhere', async () => {
  const a = await profile();
  await expect(a.options.getByRole('status')).toHaveText('Not set up: nothing leaves this browser');
  await a.options.getByRole('button', { name: 'Sync now' }).click();
  await expect(a.options.getByText('Team server URL: must be a web address')).toBeVisible();
  await writeShared(a, { entities: [entity('quiet-co', 'Quiet Co')] });
  await a.options.reload();
  await expect(a.options.getByRole('status')).toHaveText('Not set up: nothing leaves this browser');
  expect(couch.received).toEqual([]);
  expect(a.blocked.filter(fromExtension)).toEqual([]);
});

test('@team a malformed document from the server is set aside and named; the store keeps its records', async () => {
  const a = await profile();
  await setUpTeam(a, { url: couch.url, database: DB, ...ALICE });
  const before = await readRecord(a, 'entities', 'huawei');
  await couch.putDoc(DB, {
    _id: 'entity:huawei',
    kind: 'entity',
    author: 'mallory',
    changedAt: 1,
    record: { id: 'huawei', name: '' },
  });
  await couch.putDoc(DB, { _id: 'junk', hello: 'world' });
  const status = await syncNow(a);
  // Both the invalid record and the document that is not Deal Lens's are set aside and counted.
  expect(status).toContain('2 documents from the server set aside');
  expect(await readRecord(a, 'entities', 'huawei')).toEqual(before);
});

test('@team offline edits on both sides: "Edited in two places" shows both, the reader picks per field, nothing is lost', async () => {
  const [a, b] = await Promise.all([profile(), profile()]);
  await setUpTeam(a, { url: couch.url, database: DB, ...ALICE });
  await setUpTeam(b, { url: couch.url, database: DB, ...BOB });
  await writeShared(a, { entities: [entity('twin-co', 'Twin Co')] });
  expect(await syncNow(a)).toContain('Synced');
  await syncNow(b);
  const base = await readRecord(b, 'entities', 'twin-co');
  expect(base).toMatchObject({ name: 'Twin Co' });

  // Both edit the same record while the server is away.
  await couch.down();
  await writeShared(a, { entities: [{ ...base, description: 'Edited by Alice', countryCode: 'PE' }] });
  await writeShared(b, { entities: [{ ...base, description: 'Edited by Bob', changedBy: undefined }] });
  expect(await syncNow(a)).toContain('1 change waiting');
  expect(await syncNow(b)).toContain('1 change waiting');
  await couch.up();
  await syncNow(a);
  await syncNow(b);
  const statusA = await syncNow(a);
  expect(statusA).toContain('1 record edited in two places');

  // The library shows both versions, field by field, with who changed each.
  const library = await a.context.newPage();
  await library.goto(`chrome-extension://${a.extensionId}/library.html`);
  const panel = library.getByRole('region', { name: 'Edited in two places' });
  await expect(panel).toBeVisible();
  const description = panel.locator('[data-conflict-field="description"]');
  await expect(description.getByText('Edited by Alice')).toBeVisible();
  await expect(description.getByText('Edited by Bob')).toBeVisible();
  await expect(description.getByText(/alice,/)).toBeVisible();
  await expect(description.getByText(/bob,/)).toBeVisible();
  // Keep Bob's description and Alice's country.
  await description.getByLabel(/Edited by Bob/).check();
  await panel.locator('[data-conflict-field="countryCode"]').getByLabel(/PE/).check();
  await panel.getByRole('button', { name: 'Keep the chosen fields' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Kept your choice' })).toBeVisible();
  await expect(panel).toBeHidden();
  expect(await readRecord(a, 'entities', 'twin-co')).toMatchObject({
    description: 'Edited by Bob',
    countryCode: 'PE',
  });

  // The choice reaches the server and the other profile; the conflict is gone everywhere.
  expect(await syncNow(a)).not.toContain('two places');
  const statusB = await syncNow(b);
  expect(statusB).not.toContain('two places');
  expect(await readRecord(b, 'entities', 'twin-co')).toMatchObject({ description: 'Edited by Bob', countryCode: 'PE' });
  const doc = (await couch.allDocs(DB)).find((d) => d._id === 'entity:twin-co');
  expect(doc?._conflicts ?? []).toEqual([]);
});

test('@team a deletion travels as a tombstone: gone on the other profile, deleted on the server', async () => {
  const [a, b] = await Promise.all([profile(), profile()]);
  await setUpTeam(a, { url: couch.url, database: DB, ...ALICE });
  await setUpTeam(b, { url: couch.url, database: DB, ...BOB });
  await writeShared(a, { entities: [entity('short-lived-co', 'Short Lived Co')] });
  await syncNow(a);
  await syncNow(b);
  expect(await readRecord(b, 'entities', 'short-lived-co')).toMatchObject({ name: 'Short Lived Co' });
  // Deleted on B the way the store's road does it: the record goes, its document id is queued.
  await b.options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entities', 'outbox'], 'readwrite');
      tx.objectStore('entities').delete('short-lived-co');
      tx.objectStore('outbox').add({ docId: 'entity:short-lived-co' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  expect(await syncNow(b)).toContain('Synced');
  expect(await syncNow(a)).toContain('Synced');
  expect(await readRecord(a, 'entities', 'short-lived-co')).toBeNull();
  expect((await couch.allDocs(DB)).map((d) => d._id)).not.toContain('entity:short-lived-co');
});
