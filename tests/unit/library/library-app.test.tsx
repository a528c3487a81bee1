// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { createI18n } from '@/lib/i18n';
import { createLibraryStore } from '@/lib/library/library-store';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';
import { seededDatabase } from './library-fixtures';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '';
});

function memorySettings(initial: Settings = DEFAULT_SETTINGS) {
  let value = initial;
  const writes: Settings[] = [];
  const access: SettingsAccess = {
    read: async () => value,
    write: async (next) => {
      value = next;
      writes.push(next);
      return next;
    },
    watch: () => () => {},
  };
  return { access, writes };
}

async function renderLibrary(
  hash = '#entities',
  lang: 'en' | 'fr' = 'en',
  prepare?: (store: ReturnType<typeof createLibraryStore>) => Promise<unknown>,
) {
  const { db } = await seededDatabase();
  await prepare?.(createLibraryStore(db));
  window.location.hash = hash;
  const settings = memorySettings();
  const download = vi.fn();
  const store = createLibraryStore(db);
  render(<LibraryApp i18n={createI18n(lang)} store={store} settings={settings.access} download={download} />);
  return { db, settings, download, store };
}

describe('the library lists', () => {
  it('lists the entities, searches them by alias and filters them by kind', async () => {
    await renderLibrary();
    const table = await screen.findByRole('table', { name: 'Entities' });
    // It opens on the 39 curated entities (a header row + 39): the platform's 245 other countries wait behind a
    // filter, which the note's button applies; then the list shows a page of them at a time.
    expect(within(table).getAllByRole('row').length).toBe(40);
    expect(within(table).queryByRole('link', { name: 'Afghanistan' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show every country' }));
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Afghanistan' })).toBeTruthy());
    expect(screen.getByRole('button', { name: /^Show more \(100 of \d+ shown\)$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'Gobierno del Perú' } });
    await screen.findByText('1 result');
    expect(within(table).getByRole('link', { name: 'Government of Peru' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'person' } });
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Peru' })).toBeNull());
    expect(within(table).getByRole('link', { name: 'Nayib Bukele' })).toBeTruthy();
  });

  it('opens a list already searched from a link such as #deals?q=huawei', async () => {
    await renderLibrary('#deals?q=huawei');
    const table = await screen.findByRole('table', { name: 'Deals' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('link', { name: 'Huawei × Peru' })).toBeTruthy();
  });

  it('speaks French under a French browser', async () => {
    await renderLibrary('#entities', 'fr');
    expect(await screen.findByRole('heading', { name: 'Bibliothèque Deal Lens' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Entités' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nouvelle entité' })).toBeTruthy();
    expect(screen.getAllByText('Entreprise').length).toBeGreaterThan(0);
  });
});

describe('the record forms', () => {
  it('adds an alias to a seed entity and saves it as an edit', async () => {
    const { db } = await renderLibrary('#entities/huawei');
    await screen.findByRole('heading', { name: 'Edit “Huawei”' });
    fireEvent.click(screen.getByRole('button', { name: 'Add an alias' }));
    const aliases = screen.getAllByLabelText('Text');
    fireEvent.input(aliases[aliases.length - 1]!, { target: { value: 'Pengyou Tech' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await screen.findByText('Saved “Huawei”.');
    const stored = await db.entities.get('huawei');
    expect(stored?.aliases.map((a) => a.text)).toContain('Pengyou Tech');
    expect(stored?.editedAt).toBeDefined();
  });

  it('refuses an empty name, naming the field, and leaves the store alone', async () => {
    const { db } = await renderLibrary('#entities/huawei');
    const name = (await screen.findByLabelText('Name')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: '   ' } });
    fireEvent.submit(name.closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Name:/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect((await db.entities.get('huawei'))?.name).toBe('Huawei');
  });

  it('creates an entity whose name becomes its first alias, then opens it', async () => {
    const { db } = await renderLibrary('#entities?new');
    const name = await screen.findByLabelText('Name');
    fireEvent.input(name, { target: { value: 'Acme Robotics' } });
    fireEvent.submit(name.closest('form')!);
    await screen.findByRole('heading', { name: 'Edit “Acme Robotics”' });
    expect(window.location.hash).toBe('#entities/acme-robotics');
    expect(await db.entities.get('acme-robotics')).toMatchObject({
      origin: 'user',
      aliases: [{ text: 'Acme Robotics' }],
    });
  });

  it('asks before deleting an entity, saying what depends on it', async () => {
    const { db } = await renderLibrary('#entities/huawei');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Huawei”?' });
    expect(dialog.textContent).toContain('deletes the deal “Huawei × Peru”');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.entities.get('huawei')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted “Huawei”.');
    expect(await db.entities.get('huawei')).toBeUndefined();
    expect(await db.deals.get('huawei-peru')).toBeUndefined();
  });

  it('merges a reader-added entity into the seed one', async () => {
    const added = { id: 'aws-cloud', name: 'AWS Cloud', kind: 'company', aliases: [{ text: 'AWS Cloud', lang: 'en' }] };
    const { db } = await renderLibrary('#entities/aws-cloud', 'en', (store) => store.save('entities', added, true));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('The other entity'), { target: { value: 'aws' } });
    expect(within(dialog).getByText(/move to “Amazon Web Services”/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await screen.findByText('Merged “AWS Cloud” into “Amazon Web Services”.');
    expect(await db.entities.get('aws-cloud')).toBeUndefined();
    expect((await db.entities.get('aws'))?.aliases.map((a) => a.text)).toContain('AWS Cloud');
  });
});

describe('export, import and settings', () => {
  it('exports JSON and CSV, and refuses a malformed bundle with the store unchanged', async () => {
    const { download, db } = await renderLibrary('#transfer');
    fireEvent.click(await screen.findByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, json] = download.mock.calls[0]!;
    expect(name).toMatch(/^deal-lens-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json)).toMatchObject({ format: 'deal-lens-bundle', version: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Export deals and facts (CSV)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect(download.mock.calls[1]?.[0]).toMatch(/\.csv$/);

    const before = await db.entities.count();
    const bad = JSON.parse(json);
    bad.version = 99;
    const input = screen.getByLabelText('Bundle to import (JSON)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(bad)], 'b.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('newer Deal Lens (bundle version 99');
    expect(alert.textContent).toContain('your store is unchanged');
    expect(await db.entities.count()).toBe(before);

    Object.defineProperty(input, 'files', { value: [new File([json], 'good.json')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByText(/^Imported:/)).textContent).toMatch(/0 added, 0 updated, \d+ skipped/);
  });

  it('words a refused bundle in French under a French browser, naming where', async () => {
    const { db } = await renderLibrary('#transfer', 'fr');
    const bundle = await createLibraryStore(db).exportBundle();
    bundle.deals[0]!.parties[1] = 'atlantis';
    const input = (await screen.findByLabelText('Lot à importer (JSON)')) as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(bundle)], 'b.json')],
      configurable: true,
    });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Certaines fiches renvoient à des fiches absentes');
    expect(alert.textContent).toContain(
      'deals[0].parties.1\u00a0: aucune entité n’a l’identifiant «\u00a0atlantis\u00a0»',
    );
    expect(alert.textContent).toContain('Rien n’a été importé\u202f; votre base est inchangée.');
  });

  it('saves each setting as it changes', async () => {
    const { settings } = await renderLibrary('#settings');
    fireEvent.click(await screen.findByRole('switch', { name: 'Highlight on every site' }));
    await waitFor(() => expect(settings.writes.at(-1)?.enabled).toBe(false));
    fireEvent.click(screen.getByLabelText('Tinted background'));
    await waitFor(() => expect(settings.writes.at(-1)?.highlightStyle).toBe('background'));
    fireEvent.click(screen.getByLabelText('Person'));
    await waitFor(() => expect(settings.writes.at(-1)?.kinds).not.toContain('person'));
    fireEvent.click(screen.getByLabelText('Highlight only the first mention of each entity'));
    await waitFor(() => expect(settings.writes.at(-1)?.firstMentionOnly).toBe(true));
    fireEvent.input(screen.getByLabelText('Turn off on a site'), { target: { value: 'https://www.lemonde.fr/x' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Turn off' }).closest('form')!);
    await waitFor(() => expect(settings.writes.at(-1)?.disabledSites).toEqual(['www.lemonde.fr']));
    expect(await screen.findByRole('button', { name: 'Turn back on for www.lemonde.fr' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Delay before a card opens (milliseconds)'), { target: { value: '5000' } });
    fireEvent.change(screen.getByLabelText('Delay before a card opens (milliseconds)'));
    expect(await screen.findByText('A whole number from 0 to 3000.')).toBeTruthy();
  });
});
