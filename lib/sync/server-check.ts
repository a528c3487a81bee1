import { z } from 'zod';
import type { SyncStatus, TeamServer } from '@/lib/schema/sync';

/** Why a server cannot be used, in the words the status line names (see status-text.ts). */
export type ServerProblem = NonNullable<SyncStatus['error']>;

/** `updateSeq`: the database's update sequence as the server reported it (opaque; compared as JSON). */
export type ServerCheck = { ok: true; updateSeq?: string } | { ok: false; error: ServerProblem; detail?: string };

// `GET /`: CouchDB says {"couchdb":"Welcome","version":"3.3.3"}; pouchdb-server {"express-pouchdb":"Welcome!"}.
const WelcomeSchema = z.union([
  z.object({ couchdb: z.string(), version: z.string() }),
  z.object({ 'express-pouchdb': z.string(), version: z.string().optional() }),
]);
const SessionSchema = z.object({ ok: z.literal(true), userCtx: z.object({ name: z.string().nullable() }) });
const DatabaseInfoSchema = z.object({ db_name: z.string(), update_seq: z.unknown() });

/** Basic credentials for one request; the header never leaves this module and the replica's fetch. */
export function basicAuthorization(server: Pick<TeamServer, 'username' | 'password'>): string {
  const bytes = new TextEncoder().encode(`${server.username}:${server.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * Asks the server (three requests sent together, read in this order) what a reader needs to hear when sync
 * cannot run:
 * 1. `GET /`: no answer → unreachable; not a CouchDB welcome → not a CouchDB; CouchDB 1.x → too old;
 * 2. `GET /_session` with the credentials: 401 → wrong user name or password (CouchDB and pouchdb-server both);
 * 3. `GET /<database>`: 401 or 403 → not a member (CouchDB answers 403 to a logged-in non-member,
 *    pouchdb-server 4.2 answers 401, and step 2 already proved the password right); 404 → no such database.
 * Every reply is validated: a server that lies (HTML, junk JSON, a session for someone else) is not trusted.
 */
export async function checkServer(
  server: TeamServer,
  fetchFn: typeof fetch = fetch,
  timeoutMs = 15_000,
): Promise<ServerCheck> {
  const base = server.url.replace(/\/+$/, '');
  const ask = async (path: string, auth: boolean) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (auth) headers.Authorization = basicAuthorization(server);
    const response = await fetchFn(`${base}${path}`, {
      headers,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { status: response.status, body };
  };
  // The three questions go out together (one round trip for a no-op cycle), and are read in order.
  const [welcome, session, database] = await Promise.allSettled([
    ask('/', false),
    ask('/_session', true),
    ask(`/${encodeURIComponent(server.database)}`, true),
  ]);
  if (welcome.status === 'rejected') return { ok: false, error: 'unreachable', detail: describeError(welcome.reason) };
  const parsed = WelcomeSchema.safeParse(welcome.value.body);
  if (welcome.value.status !== 200 || !parsed.success) return { ok: false, error: 'not-couchdb' };
  if ('couchdb' in parsed.data && Number.parseInt(parsed.data.version, 10) < 2) {
    return { ok: false, error: 'too-old', detail: `CouchDB ${parsed.data.version.slice(0, 20)}` };
  }
  if (session.status === 'rejected') return { ok: false, error: 'unreachable', detail: describeError(session.reason) };
  if (session.value.status === 401) return { ok: false, error: 'wrong-password' };
  const who = SessionSchema.safeParse(session.value.body);
  if (session.value.status !== 200 || !who.success) return { ok: false, error: 'not-couchdb' };
  if (who.data.userCtx.name !== server.username) return { ok: false, error: 'wrong-password' };
  if (database.status === 'rejected')
    return { ok: false, error: 'unreachable', detail: describeError(database.reason) };
  const { status } = database.value;
  if (status === 401 || status === 403) return { ok: false, error: 'not-member' };
  if (status === 404) return { ok: false, error: 'no-database' };
  const info = DatabaseInfoSchema.safeParse(database.value.body);
  if (status !== 200 || !info.success) return { ok: false, error: 'not-couchdb' };
  return { ok: true, updateSeq: JSON.stringify(info.data.update_seq ?? null).slice(0, 500) };
}

/** A short, credential-free description of an error for the status line. */
export function describeError(error: unknown): string {
  const text =
    error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : '';
  // URLs may carry credentials in some servers' error messages; never show one.
  return text.replace(/https?:\/\/\S+/g, '(server)').slice(0, 200);
}
