import { describe, expect, it } from 'vitest';
import { checkServer } from '@/lib/sync/server-check';

const server = { url: 'http://couch.test', database: 'team', username: 'alice', password: 'pw' };
type Reply = { status: number; body: unknown } | 'refused';

/** A fake server: one reply per path, authenticated paths answering by the Authorization header. */
function fakeFetch(replies: Record<string, Reply | ((auth: string | null) => Reply)>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const entry = replies[path];
    const auth = new Headers(init?.headers).get('Authorization');
    const reply = typeof entry === 'function' ? entry(auth) : (entry ?? { status: 404, body: { error: 'not_found' } });
    if (reply === 'refused') throw new TypeError('Failed to fetch');
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status });
  }) as typeof fetch;
}

const couch = { status: 200, body: { couchdb: 'Welcome', version: '3.3.3' } };
const session = { status: 200, body: { ok: true, userCtx: { name: 'alice', roles: [] } } };
const dbInfo = { status: 200, body: { db_name: 'team', update_seq: '1-x' } };

describe('checkServer names the cause', () => {
  it.each([
    ['a working server and member', { '/': couch, '/_session': session, '/team': dbInfo }, null],
    [
      'pouchdb-server',
      {
        '/': { status: 200, body: { 'express-pouchdb': 'Welcome!', version: '4.2.0' } },
        '/_session': session,
        '/team': dbInfo,
      },
      null,
    ],
    ['nothing listening', { '/': 'refused' }, 'unreachable'],
    ['an HTML page', { '/': { status: 200, body: '<html>hello</html>' } }, 'not-couchdb'],
    ['a JSON API that is not CouchDB', { '/': { status: 200, body: { hello: 'world' } } }, 'not-couchdb'],
    ['CouchDB 1.6', { '/': { status: 200, body: { couchdb: 'Welcome', version: '1.6.1' } } }, 'too-old'],
    ['a bad login', { '/': couch, '/_session': { status: 401, body: { error: 'unauthorized' } } }, 'wrong-password'],
    [
      'a session for someone else (a lying server)',
      { '/': couch, '/_session': { status: 200, body: { ok: true, userCtx: { name: null } } } },
      'wrong-password',
    ],
    [
      'a logged-in non-member on CouchDB',
      { '/': couch, '/_session': session, '/team': { status: 403, body: {} } },
      'not-member',
    ],
    [
      'a logged-in non-member on pouchdb-server 4.2',
      { '/': couch, '/_session': session, '/team': { status: 401, body: {} } },
      'not-member',
    ],
    ['no such database', { '/': couch, '/_session': session, '/team': { status: 404, body: {} } }, 'no-database'],
    [
      'a database reply that is junk',
      { '/': couch, '/_session': session, '/team': { status: 200, body: [] } },
      'not-couchdb',
    ],
  ])('%s', async (_name, replies, expected) => {
    const result = await checkServer(server, fakeFetch(replies as never));
    expect(result.ok ? null : result.error).toBe(expected);
  });

  it('sends the credentials only as a header, never in the URL', async () => {
    const urls: string[] = [];
    const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return fakeFetch({ '/': couch, '/_session': session, '/team': dbInfo })(input, init);
    }) as typeof fetch;
    await checkServer(server, fetchFn);
    expect(urls.join(' ')).not.toContain('pw');
  });
});
