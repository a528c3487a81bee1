// @vitest-environment happy-dom
// Issue 21, part 5: the deal form speaks the reader's words, its party picker is a searchable combobox that can
// create an entity inline, and the headline amount can be set and cleared.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { createI18n } from '@/lib/i18n';
import { createLibraryStore } from '@/lib/library/library-store';
import type { SettingsAccess } from '@/lib/library/settings-access';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { seededDatabase } from './library-fixtures';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '';
});

const settings: SettingsAccess = {
  read: async () => DEFAULT_SETTINGS,
  write: async (next) => next,
  watch: () => () => {},
};

async function openDealForm(hash = '#deals?new', lang: 'en' | 'fr' = 'en') {
  const { db } = await seededDatabase();
  window.location.hash = hash;
  render(<LibraryApp i18n={createI18n(lang)} store={createLibraryStore(db)} settings={settings} download={() => {}} />);
  await screen.findByRole('heading', { level: 2 });
  return { db };
}

const party = (n: number) => screen.getByRole('combobox', { name: `Party ${n}` }) as HTMLInputElement;
const key = (el: Element, k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(el, { key: k, ...init });

/** Zod's own words, which the reader must never see. */
const ZOD_WORDS = /Too small|Too big|Invalid input|Invalid string|expected (?:string|array|number)|received|>=/;

describe('the deal form’s messages', () => {
  it('names every invalid field in the reader’s words, never in Zod’s', async () => {
    await openDealForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).not.toMatch(ZOD_WORDS);
    expect(within(summary).getByText('Title', { exact: false }).parentElement?.textContent).toContain(
      'Fill in this field.',
    );
    expect(summary.textContent).toContain('Parties: Choose at least 2.');
    expect(summary.textContent).toContain('Summary (English): Fill in this field.');
    expect(summary.textContent).toContain('Source articles: Fill in this field.');
    // Each field says it too, wired to its control.
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Fill in this field.',
    );
  });

  it.each([
    ['Announced', 'last spring', 'Write a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2025-03-14.'],
    ['Duration', '0', 'Write a number above zero.'],
    ['Duration', '-2', 'Write a number above zero.'],
    ['Amount', 'a lot', 'Write a number, such as 1.2 or 350.'],
    ['Amount', '0', 'Write a number above zero.'],
  ])('%s “%s”: %s', async (label, value, message) => {
    await openDealForm();
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(message);
    expect(summary.textContent).not.toMatch(ZOD_WORDS);
  });

  it('speaks French under a French browser', async () => {
    await openDealForm('#deals?new', 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Remplissez ce champ.');
    expect(summary.textContent).toContain('Choisissez-en au moins 2.');
    expect(summary.textContent).not.toMatch(ZOD_WORDS);
  });
});

describe('the party picker', () => {
  it('is an ARIA combobox: typing filters, arrows move, Enter chooses, Escape closes', async () => {
    await openDealForm();
    const box = party(1);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    fireEvent.input(box, { target: { value: 'pérou' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = document.getElementById(box.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(listbox.getAttribute('role')).toBe('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options[0]?.textContent).toContain('Peru (Country)');
    // The first match is active; Down moves on, Up comes back.
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    key(box, 'ArrowUp');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    key(box, 'Enter');
    expect(box.value).toBe('Peru (Country)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    // Escape closes an open list and keeps the choice.
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    key(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('Peru (Country)');
  });

  it('finds an entity by one of its aliases, and says how it matched', async () => {
    await openDealForm();
    fireEvent.input(party(2), { target: { value: 'gobierno del peru' } });
    const option = screen.getByRole('option', { name: /Government of Peru/ });
    expect(option.textContent).toContain('also written Gobierno del Perú');
  });

  it('creates an entity inline, then chooses it', async () => {
    const { db } = await openDealForm();
    const box = party(1);
    fireEvent.input(box, { target: { value: 'Nexdecode' } });
    const create = screen.getByRole('option', { name: 'Create “Nexdecode”…' });
    // Down to the last option, then Enter.
    while (box.getAttribute('aria-activedescendant') !== create.id) key(box, 'ArrowDown');
    key(box, 'Enter');
    const group = await screen.findByRole('group', { name: 'New entity for party 1' });
    const name = within(group).getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Nexdecode');
    fireEvent.change(within(group).getByLabelText('Kind'), { target: { value: 'company' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Create the entity' }));
    await waitFor(() => expect(party(1).value).toBe('Nexdecode (Company)'));
    expect(screen.queryByRole('group', { name: 'New entity for party 1' })).toBeNull();
    expect(await db.entities.get('nexdecode')).toMatchObject({ name: 'Nexdecode', kind: 'company', origin: 'user' });
    expect(screen.getByText('Created “Nexdecode”.')).toBeTruthy();
    // Still on the deal's form.
    expect(window.location.hash).toBe('#deals?new');
  });

  it('a refused new entity says why, in the form', async () => {
    await openDealForm();
    fireEvent.input(party(1), { target: { value: 'Nexdecode' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Create “Nexdecode”…' }));
    const group = await screen.findByRole('group', { name: 'New entity for party 1' });
    fireEvent.input(within(group).getByLabelText('Name'), { target: { value: '   ' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Create the entity' }));
    await waitFor(() => expect(group.textContent).toContain('Fill in this field.'));
    expect(group.textContent).not.toMatch(ZOD_WORDS);
  });
});

describe('the headline amount', () => {
  async function fillDeal() {
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Nexdecode × Peru' } });
    fireEvent.input(screen.getByLabelText('Summary (English)'), { target: { value: 'Chips for Peru.' } });
    for (const [n, query] of [
      [1, 'huawei'],
      [2, 'gouvernement péruvien'],
    ] as const) {
      fireEvent.input(party(n), { target: { value: query } });
      key(party(n), 'Enter');
    }
    fireEvent.change(screen.getByLabelText('Source 1'), { target: { value: 'seed-huawei-peru' } });
  }

  it('is saved with its currency, and can be cleared', async () => {
    const { db } = await openDealForm();
    await fillDeal();
    fireEvent.input(screen.getByLabelText('Amount'), { target: { value: '1,2e9' } });
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#deals/nexdecode-peru'));
    expect((await db.deals.get('nexdecode-peru'))?.headline).toEqual({ value: 1.2e9, unit: 'EUR' });
    expect((await db.deals.get('nexdecode-peru'))?.parties).toEqual(['huawei', 'government-of-peru']);

    await screen.findByRole('heading', { name: 'Edit “Nexdecode × Peru”' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear the amount' }));
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.deals.get('nexdecode-peru'))?.headline).toBeUndefined());
  });
});
