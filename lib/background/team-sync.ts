import { browser } from '#imports';
import { type SyncStatus, SyncStatusSchema } from '@/lib/schema/sync';
import { onQueuedForTeam } from '@/lib/store/catalog-write';
import type { DealLensDatabase } from '@/lib/store/db';
import { readSyncStatus, readTeamServer, writeSyncStatus } from '@/lib/store/team-sync-store';
import { describeError } from '@/lib/sync/server-check';
import type { CycleReplicas } from '@/lib/sync/sync-cycle';

const ALARM = 'deal-lens-team-sync';
/** A write is followed by a cycle this soon, so that a burst of writes (an import, a save) goes out as one. */
const AFTER_WRITE_MS = 1_500;

/** The background's side of the team library: short cycles after a write, every minute, at start-up, on demand. */
export interface TeamSync {
  /** Runs a cycle now (or joins the one running, then runs another) and returns the status it ended with. */
  syncNow(): Promise<SyncStatus>;
  /** A cycle soon: after a write from an extension page. */
  syncSoon(): void;
}

/**
 * Wires the team library into the background (issue 24). With no server set nothing is scheduled, no replica is
 * opened, and no request leaves the browser. Cycles never overlap: one asked for while another runs starts
 * after it, so a change made meanwhile is not left for the next minute.
 */
export function startTeamSync(db: DealLensDatabase): TeamSync {
  let running: Promise<SyncStatus> | null = null;
  let queued: Promise<SyncStatus> | null = null;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let open: { key: string; replicas: CycleReplicas } | null = null;

  const cycle = async (): Promise<SyncStatus> => {
    const server = await readTeamServer(db);
    if (!server) {
      if (open) await Promise.allSettled([open.replicas.local.close(), open.replicas.remote.close()]);
      open = null;
      await browser.alarms.clear(ALARM);
      const off = SyncStatusSchema.parse({ state: 'off' });
      await writeSyncStatus(db, off);
      return off;
    }
    if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: 1 });
    const previous = await readSyncStatus(db);
    await writeSyncStatus(db, { ...previous, state: 'syncing', error: undefined, detail: undefined });
    let status: SyncStatus;
    try {
      const origin = `${new URL(server.url).origin}/*`;
      if (!(await browser.permissions.contains({ origins: [origin] }))) {
        status = { ...previous, state: 'error', error: 'no-permission' };
      } else {
        // Asked for here, not at start-up: a reader without a server never opens a replica. (The service worker
        // is one file, so the bundler inlines these modules; what runs at start-up is only their definitions.)
        const [{ openReplicas }, { runSyncCycle }] = await Promise.all([
          import('@/lib/sync/team-replica'),
          import('@/lib/sync/sync-cycle'),
        ]);
        // The replicas stay open between cycles (opening IndexedDB each minute is work for nothing), and are
        // replaced when the server, database or login changes.
        const key = JSON.stringify(server);
        if (open?.key !== key) {
          const stale = open;
          open = { key, replicas: openReplicas(server) };
          if (stale) await Promise.allSettled([stale.replicas.local.close(), stale.replicas.remote.close()]);
        }
        status = await runSyncCycle(db, server, open.replicas);
      }
    } catch (error) {
      status = { ...previous, state: 'error', error: 'failed', detail: describeError(error) };
    }
    await writeSyncStatus(db, status);
    return status;
  };

  const syncNow = (): Promise<SyncStatus> => {
    if (!running) {
      running = cycle().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running.then(
      () => {
        queued = null;
        return syncNow();
      },
      () => {
        queued = null;
        return syncNow();
      },
    );
    return queued;
  };

  const syncSoon = () => {
    clearTimeout(soon);
    soon = setTimeout(() => {
      void syncNow().catch((error: unknown) => console.error('Deal Lens: team sync failed', error));
    }, AFTER_WRITE_MS);
  };

  onQueuedForTeam(syncSoon);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) syncSoon();
  });
  browser.runtime.onStartup.addListener(() => {
    void readTeamServer(db).then((server) => server && syncSoon());
  });
  return { syncNow, syncSoon };
}
