import { liveQuery } from 'dexie';
import { browser } from '#imports';
import { request } from '@/lib/messages/client';
import { parseServerUrl, type SyncStatus, type TeamServer, TeamServerSchema } from '@/lib/schema/sync';
import { getDatabase } from '@/lib/store/db';
import { readSyncStatus, readTeamServer, writeTeamServer } from '@/lib/store/team-sync-store';

/** The settings as the form shows them: everything but the password, which is never put back into a field. */
export interface TeamSettingsView {
  url: string;
  database: string;
  username: string;
  hasPassword: boolean;
}

/** What the options page may do with the team library; a fake stands in for it in component tests. */
export interface TeamSettingsAccess {
  load(): Promise<TeamSettingsView | null>;
  /** Calls back with the status and whether a server is set, now and on every change; returns the way to stop. */
  watch(callback: (status: SyncStatus, configured: boolean) => void): () => void;
  /**
   * Asks the browser for the server's origin. Call it first thing in the click handler, before any `await`:
   * Firefox grants a permission prompt only within the reader's gesture.
   */
  requestOrigin(url: string): Promise<boolean>;
  /** Validates and saves; an empty password keeps the saved one. Returns the field errors, or null when saved. */
  save(input: Omit<TeamServer, 'password'> & { password: string }): Promise<Record<string, string> | null>;
  forget(): Promise<void>;
  syncNow(): Promise<SyncStatus>;
}

/** The real access: the store's own database (an extension page may open it) and the background's sync. */
export function createTeamSettingsAccess(): TeamSettingsAccess {
  const db = getDatabase();
  return {
    async load() {
      const server = await readTeamServer(db);
      return server
        ? { url: server.url, database: server.database, username: server.username, hasPassword: true }
        : null;
    },
    watch(callback) {
      const subscription = liveQuery(async () => ({
        status: await readSyncStatus(db),
        configured: (await readTeamServer(db)) !== null,
      })).subscribe({ next: ({ status, configured }) => callback(status, configured) });
      return () => subscription.unsubscribe();
    },
    async requestOrigin(url) {
      const base = parseServerUrl(url);
      if (!base) return false;
      try {
        return await browser.permissions.request({ origins: [`${new URL(base).origin}/*`] });
      } catch {
        return false;
      }
    },
    async save(input) {
      const saved = await readTeamServer(db);
      const password = input.password === '' && saved ? saved.password : input.password;
      const parsed = TeamServerSchema.safeParse({ ...input, password });
      if (!parsed.success) {
        return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      }
      await writeTeamServer(db, { ...parsed.data, url: parseServerUrl(parsed.data.url) ?? parsed.data.url });
      return null;
    },
    async forget() {
      await writeTeamServer(db, null);
      await request('syncNow', {});
    },
    syncNow: () => request('syncNow', {}),
  };
}
