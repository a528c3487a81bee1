import { describe, expect, it } from 'vitest';
import { BundleError } from '@/lib/library/bundle-error';
import { BUNDLE_VERSION, MAX_BUNDLE_BYTES } from '@/lib/library/bundle-schema';
import { saveRecord } from '@/lib/library/edit-records';
import { bundleToJson, exportBundle } from '@/lib/library/export-bundle';
import { importBundle, mergeDecision, reportTotals } from '@/lib/library/import-bundle';
import { createLibraryStore } from '@/lib/library/library-store';
import { parseBundleText, readBundleFile } from '@/lib/library/parse-bundle';
import { wipeStore } from '@/lib/library/wipe-store';
import { freshDatabase, snapshot } from '../store/helpers';
import { alias, conflictingFact, secondAwsArticle, seededDatabase, userAws, userDeal } from './library-fixtures';

// biome-ignore lint/suspicious/noExplicitAny: the tests corrupt a bundle in every way a file can be wrong.
type Corruptible = any;

/** A seeded store with the reader's own records and edits on top. */
async function workedStore() {
  const { db } = await seededDatabase();
  await saveRecord(db, 'entities', userAws(), { isNew: true });
  await saveRecord(db, 'articles', secondAwsArticle(), { isNew: true });
  await saveRecord(db, 'facts', conflictingFact(), { isNew: true });
  await saveRecord(db, 'deals', userDeal(), { isNew: true });
  const huawei = (await db.entities.get('huawei'))!;
  await saveRecord(
    db,
    'entities',
    { ...huawei, aliases: [...huawei.aliases, alias('Pengyou Tech')] },
    { isNew: false },
  );
  return db;
}

const records = async (db: Awaited<ReturnType<typeof workedStore>>) => {
  const { meta: _meta, ...tables } = await snapshot(db);
  return tables;
};

async function refusal(text: string): Promise<BundleError> {
  const error = await Promise.resolve()
    .then(() => parseBundleText(text))
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

describe('export and import', () => {
  it('round trip: export → wipe → import gives the same store, record for record', async () => {
    const db = await workedStore();
    const before = await records(db);
    const text = bundleToJson(await exportBundle(db));
    await wipeStore(db);
    expect((await records(db)).entities).toEqual([]);
    const report = await importBundle(db, parseBundleText(text));
    const sortAll = (tables: Awaited<ReturnType<typeof records>>) =>
      Object.fromEntries(
        Object.entries(tables).map(([k, rows]) => [
          k,
          [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        ]),
      );
    expect(sortAll(await records(db))).toEqual(sortAll(before));
    expect(reportTotals(report)).toEqual({
      added:
        before.entities.length +
        before.deals.length +
        before.facts.length +
        before.articles.length +
        before.mentions.length,
      updated: 0,
      skipped: 0,
    });
  });

  it('importing the same bundle twice adds nothing the second time', async () => {
    const db = await workedStore();
    const bundle = await exportBundle(db);
    const report = await importBundle(db, bundle);
    expect(reportTotals(report).added + reportTotals(report).updated).toBe(0);
  });

  it("merges a colleague's bundle into another store: new records added, newer edits updated, the rest skipped", async () => {
    const theirs = await workedStore();
    const bundle = await exportBundle(theirs);
    const { db: mine } = await seededDatabase();
    const report = await importBundle(mine, bundle);
    expect(report.entities).toMatchObject({ added: 1, updated: 1 }); // the new AWS, the edited Huawei
    expect(report.deals.added).toBe(1);
    expect(report.articles.added).toBe(1);
    expect(report.entities.skipped).toBeGreaterThan(100); // seed records both stores already have
    expect((await mine.entities.get('huawei'))?.aliases.map((a) => a.text)).toContain('Pengyou Tech');
  });

  it.each([
    ['new record', { origin: 'user' }, undefined, 'add'],
    ['same record', { origin: 'user', a: 1 }, { origin: 'user', a: 1 }, 'skip'],
    ['untouched seed record', { origin: 'seed', a: 2 }, { origin: 'seed', a: 1 }, 'skip'],
    ['older edit than the store', { origin: 'seed', a: 2, editedAt: 1 }, { origin: 'seed', a: 1, editedAt: 5 }, 'skip'],
    [
      'newer edit than the store',
      { origin: 'seed', a: 2, editedAt: 9 },
      { origin: 'seed', a: 1, editedAt: 5 },
      'update',
    ],
    ['edit over an untouched record', { origin: 'seed', a: 2, editedAt: 1 }, { origin: 'seed', a: 1 }, 'update'],
  ])('merge rule: %s → %s', (_name, incoming, stored, decision) => {
    expect(mergeDecision(incoming, stored)).toBe(decision);
  });
});

describe('refusing a bad bundle', () => {
  const validText = async () => bundleToJson(await exportBundle(await workedStore()));
  const edit = (text: string, change: (bundle: Corruptible) => void) => {
    const json = JSON.parse(text);
    change(json);
    return JSON.stringify(json);
  };

  it.each([
    ['wrong version', (b: Corruptible) => (b.version = 'one'), 'bad-version', /^version$/],
    [
      'a bundle from a newer version',
      (b: Corruptible) => (b.version = BUNDLE_VERSION + 1),
      'newer-version',
      /^version$/,
    ],
    ['another JSON file', (b: Corruptible) => (b.format = 'something-else'), 'not-a-bundle', /^format$/],
    ['a missing field', (b: Corruptible) => delete b.entities[3].name, 'invalid', /^entities\[3\]\.name \(id "/],
    ['wrong types', (b: Corruptible) => (b.facts[0].value = 'ten'), 'invalid', /^facts\[0\]\.value \(id "/],
    ['a missing table', (b: Corruptible) => delete b.mentions, 'invalid', /^mentions$/],
    ['a duplicated id', (b: Corruptible) => b.deals.push(b.deals[0]), 'duplicate-id', /^deals\[\d+\]$/],
  ])('%s is refused, naming what and where', async (_name, change, code, where) => {
    const error = await refusal(edit(await validText(), change));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.where).toMatch(where);
  });

  it('a broken reference is refused by the import, and the store is exactly as before', async () => {
    const text = edit(await validText(), (b: Corruptible) => {
      b.deals[0].parties[1] = 'atlantis';
      b.entities.push({ ...b.entities[0], id: 'brand-new', origin: 'user' });
    });
    const { db } = await seededDatabase();
    const before = await snapshot(db);
    const error = await importBundle(db, parseBundleText(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).code).toBe('broken-reference');
    expect((error as BundleError).issues[0]).toEqual({
      where: 'deals[0].parties.1',
      message: 'no entity with id "atlantis"',
      code: 'missing-entities',
      params: { id: 'atlantis' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['url', 'javascript:alert(document.cookie)'],
    ['url', 'data:text/html,<script>alert(1)</script>'],
    ['canonicalUrl', 'javascript:alert(1)'],
  ])('an article whose %s is %j is refused, naming the field, and nothing is imported', async (field, value) => {
    let index = -1;
    const text = edit(await validText(), (b: Corruptible) => {
      index = b.articles.findIndex((a: { id: string }) => a.id === secondAwsArticle().id);
      b.articles[index][field] = value;
      b.entities.push({ ...b.entities[0], id: 'brand-new', origin: 'user' });
    });
    const { db } = await seededDatabase();
    const before = await snapshot(db);
    const error = await createLibraryStore(db)
      .importFile(new Blob([text]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).code).toBe('invalid');
    expect((error as BundleError).issues).toEqual([
      { where: `articles[${index}].${field} (id "el-economista-aws")`, message: expect.stringMatching(/http/) },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('text that is not JSON is refused with the parser position', async () => {
    const error = await refusal('{"format": "deal-lens-bundle", ');
    expect(error.code).toBe('not-json');
    expect(error.issues[0]?.where).toBe('file');
  });

  it('50 MB of garbage is refused by its size before it is read, and the store is unchanged', async () => {
    const db = freshDatabase();
    const before = await snapshot(db);
    const garbage = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x7b)]);
    let read = false;
    const spy = Object.assign(garbage, {
      text: () => {
        read = true;
        return Blob.prototype.text.call(garbage);
      },
    });
    const error = await readBundleFile(spy).catch((e: unknown) => e);
    expect((error as BundleError).code).toBe('too-large');
    expect((error as BundleError).params).toMatchObject({ size: 50, max: MAX_BUNDLE_BYTES / 1024 / 1024 });
    expect(read).toBe(false);
    await expect(createLibraryStore(db).importFile(garbage)).rejects.toThrow(/too-large/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists at most a dozen issues of a bundle full of errors, with the total', async () => {
    const text = edit(await validText(), (b: Corruptible) => {
      for (const entity of b.entities) entity.kind = 'spaceship';
    });
    const error = await refusal(text);
    expect(error.issues).toHaveLength(12);
    expect(error.total).toBeGreaterThan(100);
  });
});
