// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamLibraryForm } from '@/components/options/TeamLibraryForm';
import type { TeamSettingsAccess } from '@/lib/options/team-settings-access';
import { type SyncStatus, SyncStatusSchema } from '@/lib/schema/sync';

afterEach(cleanup);

const NOW = Date.UTC(2026, 0, 1, 12);

function fakeAccess(saved: { url: string; database: string; username: string } | null, status: SyncStatus) {
  let listener: ((status: SyncStatus, configured: boolean) => void) | null = null;
  const access: TeamSettingsAccess = {
    load: vi.fn(async () => (saved ? { ...saved, hasPassword: true } : null)),
    watch: (callback) => {
      listener = callback;
      callback(status, saved !== null);
      return () => {
        listener = null;
      };
    },
    requestOrigin: vi.fn(async () => true),
    save: vi.fn(async (input) => (input.url.startsWith('http') ? null : { url: 'must be a web address' })),
    forget: vi.fn(async () => undefined),
    syncNow: vi.fn(async () => {
      const next = SyncStatusSchema.parse({ state: 'error', error: 'wrong-password' });
      listener?.(next, true);
      return next;
    }),
  };
  return access;
}

describe('TeamLibraryForm (options page)', () => {
  it('has the contract labels, the button and a status line naming the state', async () => {
    render(<TeamLibraryForm access={fakeAccess(null, SyncStatusSchema.parse({ state: 'off' }))} now={() => NOW} />);
    for (const label of ['Team server URL', 'Database', 'User name', 'Password']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Not set up: nothing leaves this browser');
  });

  it('shows the saved settings but never the saved password', async () => {
    const access = fakeAccess(
      { url: 'https://couch.example', database: 'team', username: 'alice' },
      SyncStatusSchema.parse({ state: 'synced', lastSyncedAt: NOW - 120_000, waiting: 3 }),
    );
    render(<TeamLibraryForm access={access} now={() => NOW} />);
    expect(await screen.findByDisplayValue('https://couch.example')).toBeTruthy();
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.value).toBe('');
    expect(password.type).toBe('password');
    expect(screen.getByRole('status').textContent).toBe('Synced 2 minutes ago · 3 changes waiting');
  });

  it('"Sync now" asks for the origin first, saves, syncs, and the status names the error', async () => {
    const access = fakeAccess(null, SyncStatusSchema.parse({ state: 'off' }));
    render(<TeamLibraryForm access={access} now={() => NOW} />);
    fireEvent.input(screen.getByLabelText('Team server URL'), { target: { value: 'https://couch.example' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(access.requestOrigin).toHaveBeenCalledWith('https://couch.example');
    expect(await screen.findByText(/^Wrong user name or password/)).toBeTruthy();
    expect(access.save).toHaveBeenCalled();
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  it('a field the schema refuses is named, and nothing is synced', async () => {
    const access = fakeAccess(null, SyncStatusSchema.parse({ state: 'off' }));
    render(<TeamLibraryForm access={access} now={() => NOW} />);
    fireEvent.input(screen.getByLabelText('Team server URL'), { target: { value: 'couch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Team server URL: must be a web address')).toBeTruthy();
    expect(access.syncNow).not.toHaveBeenCalled();
  });
});
