import { useEffect, useState } from 'preact/hooks';
import type { TeamSettingsAccess } from '@/lib/options/team-settings-access';
import type { SyncStatus } from '@/lib/schema/sync';
import { syncStatusText } from '@/lib/sync/status-text';

interface Props {
  access: TeamSettingsAccess;
  /** The clock, for "Synced 2 minutes ago" (tests hand in their own). */
  now?: () => number;
}

const FIELDS = [
  { name: 'url', label: 'Team server URL', type: 'url', autocomplete: 'url', hint: 'https://couch.example.org' },
  { name: 'database', label: 'Database', type: 'text', autocomplete: 'off', hint: 'deal-lens-team' },
  { name: 'username', label: 'User name', type: 'text', autocomplete: 'username', hint: '' },
  { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', hint: '' },
] as const;

type FieldName = (typeof FIELDS)[number]['name'];
type Draft = Record<FieldName, string>;

/**
 * The team library's settings (issue 24): the server, the database, the reader's login, "Sync now" and one status
 * line that names the state or the error. "Sync now" saves what changed first (asking the browser for that
 * server's origin within the click), then runs a cycle. The saved password is never put back into the field.
 */
export function TeamLibraryForm({ access, now = Date.now }: Props) {
  const [draft, setDraft] = useState<Draft>({ url: '', database: '', username: '', password: '' });
  const [hasPassword, setHasPassword] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<{ status: SyncStatus; configured: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);

  useEffect(() => {
    void access.load().then((view) => {
      if (!view) return;
      setDraft({ url: view.url, database: view.database, username: view.username, password: '' });
      setHasPassword(view.hasPassword);
    });
    const stop = access.watch((next, configured) => setStatus({ status: next, configured }));
    // "Synced 2 minutes ago" moves on while the page stays open.
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [access]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // First, before any await: the browser grants a permission prompt only within the reader's click.
    const allowed = draft.url.trim() ? access.requestOrigin(draft.url) : Promise.resolve(true);
    setBusy(true);
    try {
      const fieldErrors = await access.save(draft);
      setErrors(fieldErrors ?? {});
      if (fieldErrors) return;
      await allowed;
      setDraft((d) => ({ ...d, password: '' }));
      setHasPassword(true);
      await access.syncNow();
    } finally {
      setBusy(false);
    }
  };

  const onForget = async () => {
    setBusy(true);
    try {
      await access.forget();
      setDraft({ url: '', database: '', username: '', password: '' });
      setHasPassword(false);
    } finally {
      setBusy(false);
    }
  };

  const line = status
    ? syncStatusText(
        busy && status.status.state !== 'error' ? { ...status.status, state: 'syncing' } : status.status,
        status.configured,
        now(),
      )
    : 'Loading…';
  const isError = status?.status.state === 'error';

  return (
    <main class="dl-options">
      <h1>Deal Lens settings</h1>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">Team library</h2>
        <p class="dl-options-intro">
          Share your library with your team through a CouchDB server you run. Records you create or edit are shared;
          notes and anything you mark private stay in this browser. With no server set, nothing leaves this browser.
        </p>
        <form onSubmit={onSubmit} noValidate>
          {FIELDS.map((field) => {
            const id = `team-${field.name}`;
            const error = errors[field.name];
            return (
              <div class="dl-options-field" key={field.name}>
                <label for={id}>{field.label}</label>
                <input
                  id={id}
                  name={field.name}
                  type={field.type}
                  autocomplete={field.autocomplete}
                  spellcheck={false}
                  placeholder={field.name === 'password' && hasPassword ? 'Saved (leave empty to keep)' : field.hint}
                  value={draft[field.name]}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) => {
                    const value = (event.currentTarget as HTMLInputElement).value;
                    setDraft((d) => ({ ...d, [field.name]: value }));
                  }}
                />
                {error && (
                  <p id={`${id}-error`} class="dl-options-error">
                    {field.label}: {error}
                  </p>
                )}
              </div>
            );
          })}
          <div class="dl-options-actions">
            <button type="submit" disabled={busy}>
              Sync now
            </button>
            {status?.configured && (
              <button type="button" class="dl-options-secondary" disabled={busy} onClick={onForget}>
                Stop sharing
              </button>
            )}
          </div>
        </form>
        <p
          role="status"
          aria-live="polite"
          class={isError ? 'dl-options-status is-error' : 'dl-options-status'}
          data-sync-state={status?.status.state ?? 'loading'}
          data-sync-error={status?.status.error}
        >
          {line}
        </p>
        <p class="dl-options-help">
          How to run a team server, and what it sees: see <code>docs/team-library.md</code> in Deal Lens's sources.
        </p>
      </section>
    </main>
  );
}
