import type { SyncStatus } from '@/lib/schema/sync';

const PROBLEMS: Record<NonNullable<SyncStatus['error']>, string> = {
  unreachable: 'Server unreachable: check the address and your connection; changes are kept and sent when it is back',
  'wrong-password': 'Wrong user name or password: the server refused the login',
  'not-member': 'Not a member of this database: ask the server admin to add your user name to its members',
  'no-database': 'No database of that name on this server: ask the server admin to create it',
  'not-couchdb': 'This address does not answer as a CouchDB server',
  'too-old': 'Server too old: the team library needs CouchDB 2.0 or later',
  'no-permission': 'The browser did not allow Deal Lens to reach this server: save the settings again to allow it',
  'invalid-reply': 'The server sent a reply Deal Lens could not read',
  failed: 'Sync failed',
};

/** "2 minutes ago", "just now": the time since the last sync, in the reader's words. */
export function timeAgo(then: number, now: number, locale = 'en'): string {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The status line: the state or the error's cause, then what waits ("Synced 2 minutes ago · 3 changes
 * waiting"). `configured` false: nothing is set up and nothing leaves the browser.
 */
export function syncStatusText(status: SyncStatus, configured: boolean, now: number): string {
  if (!configured) return 'Not set up: nothing leaves this browser';
  const parts: string[] = [];
  if (status.state === 'syncing') parts.push('Syncing…');
  else if (status.state === 'error') {
    const cause = PROBLEMS[status.error ?? 'failed'];
    parts.push(status.error === 'failed' && status.detail ? `${cause}: ${status.detail}` : cause);
  } else if (status.state === 'synced' && status.lastSyncedAt !== undefined) {
    parts.push(`Synced ${timeAgo(status.lastSyncedAt, now)}`);
  } else parts.push('Not synced yet');
  if (status.waiting > 0) parts.push(`${plural(status.waiting, 'change', 'changes')} waiting`);
  if (status.conflicts > 0) parts.push(`${plural(status.conflicts, 'record', 'records')} edited in two places`);
  if (status.quarantined > 0) {
    parts.push(`${plural(status.quarantined, 'document', 'documents')} from the server set aside (invalid)`);
  }
  return parts.join(' · ');
}
