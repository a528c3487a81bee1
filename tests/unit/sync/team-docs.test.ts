import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '@/lib/schema';
import { parseServerUrl, parseSyncDocId, TeamServerSchema } from '@/lib/schema/sync';
import { docToRecord, readDoc, recordToDocBody, sameShared } from '@/lib/sync/team-docs';

const entity: Entity = {
  id: 'acme',
  name: 'Acme',
  kind: 'company',
  description: '',
  aliases: [
    { text: 'Acme', lang: 'en', case: 'insensitive', weak: false, cuesBefore: [], vetoBefore: [], vetoAfter: [] },
  ],
  excludes: [],
  relations: [],
  origin: 'user',
};
const fact: Fact = {
  id: 'acme-budget',
  subject: { type: 'entity', id: 'acme' },
  label: 'Budget',
  value: 3,
  unit: 'USD',
  quote: 'three dollars',
  articleId: 'story',
  note: 'my private doubt',
  origin: 'user',
};

describe('recordToDocBody: what the team gets', () => {
  it('a user record goes with its author; the private flag and local stamps never do', () => {
    const body = recordToDocBody('entity', { ...entity, changedBy: 'bob', changedAt: 5 }, 'alice', 9);
    expect(body).toMatchObject({ kind: 'entity', author: 'alice', changedAt: 9, record: { id: 'acme' } });
    expect(body?.record).not.toHaveProperty('changedBy');
    expect(body?.record).not.toHaveProperty('private');
  });

  it.each([
    ['a private record', { ...entity, private: true }],
    ['an unedited seed record', { ...entity, origin: 'seed' as const }],
  ])('%s stays here', (_name, record) => {
    expect(recordToDocBody('entity', record, 'alice', 1)).toBeNull();
  });

  it('an edited seed record is shared', () => {
    expect(recordToDocBody('entity', { ...entity, origin: 'seed', editedAt: 3 }, 'alice', 3)).not.toBeNull();
  });

  it('a note is private by default, shared only when the reader says so', () => {
    expect(recordToDocBody('fact', fact, 'alice', 1)?.record).not.toHaveProperty('note');
    expect(recordToDocBody('fact', { ...fact, noteShared: true }, 'alice', 1)?.record).toMatchObject({
      note: 'my private doubt',
    });
  });

  it('two bodies of the same record compare equal whatever the author, time or key order', () => {
    const a = recordToDocBody('entity', entity, 'alice', 1);
    const b = recordToDocBody('entity', { ...entity, description: '' }, 'bob', 2);
    expect(a && b && sameShared(a, b)).toBe(true);
  });
});

describe('readDoc: documents from the server are untrusted', () => {
  const good = { _id: 'entity:acme', _rev: '1-a', kind: 'entity', author: 'bob', changedAt: 1, record: entity };

  it('accepts a valid document', () => {
    expect(readDoc(good)).toMatchObject({ status: 'ok', doc: { record: { id: 'acme' } } });
  });

  it.each([
    ['a design document', { _id: '_design/x', views: {} }, 'foreign'],
    ['a document with no id', { hello: 1 }, 'foreign'],
    ['an unknown id', { _id: 'junk', hello: 1 }, 'invalid'],
    ['a record that does not fit its schema', { ...good, record: { ...entity, kind: 'spaceship' } }, 'invalid'],
    ['a record whose id is not the document id', { ...good, _id: 'entity:other' }, 'invalid'],
    ['a kind that is not the id kind', { ...good, _id: 'deal:acme' }, 'invalid'],
    [
      'a javascript: URL in an article',
      {
        _id: 'article:a',
        kind: 'article',
        author: 'm',
        changedAt: 1,
        record: {
          id: 'a',
          url: 'javascript:alert(1)',
          title: 't',
          language: 'en',
          text: 'x',
          contentHash: '0'.repeat(64),
          savedAt: 1,
          origin: 'user',
        },
      },
      'invalid',
    ],
    ['no author', { ...good, author: '' }, 'invalid'],
  ])('%s is %s', (_name, raw, status) => {
    expect(readDoc(raw).status).toBe(status);
  });

  it('names the fields at fault', () => {
    const read = readDoc({ ...good, record: { ...entity, name: '' } });
    expect(read.status === 'invalid' && read.reason).toMatch(/record\.name/);
  });
});

describe('docToRecord: what the store keeps of a team document', () => {
  const doc = (record: Entity | Fact, kind: 'entity' | 'fact') =>
    ({ _id: `${kind}:${record.id}`, kind, author: 'bob', changedAt: 7, record }) as never;

  it('carries who changed it last and when', () => {
    expect(docToRecord(doc(entity, 'entity'), undefined)).toMatchObject({ changedBy: 'bob', changedAt: 7 });
  });

  it('leaves a private local record alone', () => {
    expect(docToRecord(doc(entity, 'entity'), { ...entity, private: true })).toBeNull();
  });

  it('keeps the local private note over the team version', () => {
    const incoming = { ...fact, note: undefined, label: 'Budget 2025' };
    expect(docToRecord(doc(incoming, 'fact'), fact)).toMatchObject({ label: 'Budget 2025', note: 'my private doubt' });
  });

  it('a shared note arrives shared', () => {
    expect(docToRecord(doc({ ...fact, note: 'team note' }, 'fact'), undefined)).toMatchObject({ noteShared: true });
  });

  it('an edited seed record keeps an edit time, so seeding leaves it alone', () => {
    expect(docToRecord(doc({ ...entity, origin: 'seed' }, 'entity'), undefined)).toMatchObject({ editedAt: 7 });
  });
});

describe('server settings', () => {
  it.each([
    ['https://couch.example.org/', 'https://couch.example.org'],
    ['http://127.0.0.1:5984/couch', 'http://127.0.0.1:5984/couch'],
    ['https://user:pw@couch.example.org', null],
    ['ftp://couch.example.org', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(parseServerUrl(input)).toBe(expected);
  });

  it('refuses a database name CouchDB would refuse', () => {
    const base = { url: 'https://c.example', username: 'a', password: 'p' };
    expect(TeamServerSchema.safeParse({ ...base, database: 'Team' }).success).toBe(false);
    expect(TeamServerSchema.safeParse({ ...base, database: 'team-1' }).success).toBe(true);
  });

  it('document ids name a kind and a slug', () => {
    expect(parseSyncDocId('fact:a-b')).toEqual({ kind: 'fact', id: 'a-b' });
    expect(parseSyncDocId('fact:A B')).toBeNull();
    expect(parseSyncDocId('user:x')).toBeNull();
  });
});
