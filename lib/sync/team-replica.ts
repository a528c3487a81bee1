import HttpAdapter from 'pouchdb-adapter-http';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import PouchDB from 'pouchdb-core';
import Replication from 'pouchdb-replication';
import type { TeamServer } from '@/lib/schema/sync';
import { basicAuthorization } from './server-check';

// PouchDB 9, assembled from the parts the team library needs (issue 24): the IndexedDB adapter for the local
// replica (`indexeddb`, the newer of PouchDB's two, 1.5 kB gzip smaller than `idb`), the HTTP adapter for the CouchDB server, replication. Replicas are opened only once a server is set
// (see lib/background/team-sync.ts).
PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

export type Replica = PouchDB.Database<Record<string, unknown>>;

/** The local replica of one server's database; a different server or database gets a replica of its own. */
export function replicaName(server: Pick<TeamServer, 'url' | 'database'>): string {
  let hash = 2166136261;
  for (const char of `${server.url}\n${server.database}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  }
  return `deal-lens-team-${hash.toString(36)}`;
}

/** Opens the local replica (IndexedDB) and the server's database (HTTP) for one cycle. */
export function openReplicas(server: TeamServer): { local: Replica; remote: Replica; name: string } {
  const name = replicaName(server);
  const local = new PouchDB<Record<string, unknown>>(name, { adapter: 'indexeddb', auto_compaction: true });
  const authorization = basicAuthorization(server);
  const address = `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.database)}`;
  const remote = new PouchDB<Record<string, unknown>>(address, {
    adapter: 'http',
    // Never PUT the database: creating one is the server admin's job, and a member may not.
    skip_setup: true,
    // The password goes in a header, never in the URL (which would show up in errors and logs).
    fetch: (url: string | Request, options?: RequestInit) => {
      const headers = new Headers(options?.headers);
      headers.set('Authorization', authorization);
      return fetch(url, { ...options, headers, credentials: 'omit' });
    },
  });
  return { local, remote, name };
}
