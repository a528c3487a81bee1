// The part of PouchDB 9 the team library uses (lib/sync). The DefinitelyTyped packages are left out on purpose:
// @types/pouchdb-core declares a global `Buffer` interface that breaks Node's own types in the tests.
declare namespace PouchDB {
  interface ChangesResult {
    results: { id: string; seq: number | string; deleted?: boolean; doc?: Record<string, unknown> }[];
    last_seq: number | string;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    errors?: unknown[];
  }
  interface Database<_Content = Record<string, unknown>> {
    allDocs(options: { keys?: string[]; include_docs?: boolean }): Promise<{
      rows: {
        id: string;
        error?: string;
        value?: { rev: string; deleted?: boolean };
        doc?: Record<string, unknown> | null;
      }[];
    }>;
    bulkDocs(docs: Record<string, unknown>[]): Promise<unknown[]>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Record<string, unknown>>;
    changes(options: {
      since: number | string;
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
    }): Promise<ChangesResult>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      to(target: Database, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
      from(source: Database, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
    };
  }
  interface Static {
    new <Content = Record<string, unknown>>(name: string, options?: Record<string, unknown>): Database<Content>;
    plugin(plugin: unknown): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
