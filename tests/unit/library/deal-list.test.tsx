// @vitest-environment happy-dom
// Issue 21, part 5: the deal list shows each deal's amount, date (the day its first source was saved when it has
// no announcement date, marked so) and sources, and every column header sorts it, with `aria-sort`.
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

async function openDeals(lang: 'en' | 'fr' = 'en') {
  const { db } = await seededDatabase();
  // Amounts on two of the three seed deals: the third has none.
  await db.deals.update('aws-mexico', { headline: { value: 5e9, unit: 'USD' } });
  await db.deals.update('huawei-peru', { headline: { value: 1.25e6, unit: 'PEN' } });
  window.location.hash = '#deals';
  render(<LibraryApp i18n={createI18n(lang)} store={createLibraryStore(db)} settings={settings} download={() => {}} />);
  const table = await screen.findByRole('table', { name: lang === 'en' ? 'Deals' : 'Accords' });
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(4));
  return table;
}

const order = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-deal'));
const header = (table: HTMLElement, name: string) =>
  within(table).getByRole('button', { name }).closest('th') as HTMLElement;
const cell = (table: HTMLElement, deal: string, name: string) =>
  table.querySelector(`tr[data-deal="${deal}"] [data-cell="${name}"]`)?.textContent;

describe('the deal list', () => {
  it('shows the amount in compact currency, the date (saved, marked so) and the number of sources', async () => {
    const table = await openDeals();
    expect(cell(table, 'aws-mexico', 'amount')).toBe('US$5bn');
    expect(cell(table, 'huawei-peru', 'amount')).toMatch(/^PEN\s1\.3m$/u);
    expect(cell(table, 'google-cloud-el-salvador', 'amount')).toBe('—');
    expect(cell(table, 'google-cloud-el-salvador', 'date')).toBe('29 August 2023');
    // No announcement date: the day the first source was saved (the seeds: 14 November 2023).
    expect(cell(table, 'aws-mexico', 'date')).toBe('saved 14 November 2023');
    expect(cell(table, 'aws-mexico', 'sources')).toBe('1');
  });

  it('opens newest first, undated deals by their saved date rather than last', async () => {
    const table = await openDeals();
    expect(header(table, 'Date').getAttribute('aria-sort')).toBe('descending');
    expect(order(table)).toEqual(['aws-mexico', 'huawei-peru', 'google-cloud-el-salvador']);
  });

  it('sorts by any column from its header, and again the other way; aria-sort follows', async () => {
    const table = await openDeals();
    fireEvent.click(within(table).getByRole('button', { name: 'Amount' }));
    expect(header(table, 'Amount').getAttribute('aria-sort')).toBe('descending');
    expect(header(table, 'Date').hasAttribute('aria-sort')).toBe(false);
    // Largest first; a deal without an amount last, whichever the direction.
    expect(order(table)).toEqual(['aws-mexico', 'huawei-peru', 'google-cloud-el-salvador']);
    fireEvent.click(within(table).getByRole('button', { name: 'Amount' }));
    expect(header(table, 'Amount').getAttribute('aria-sort')).toBe('ascending');
    expect(order(table)).toEqual(['huawei-peru', 'aws-mexico', 'google-cloud-el-salvador']);

    fireEvent.click(within(table).getByRole('button', { name: 'Title' }));
    expect(header(table, 'Title').getAttribute('aria-sort')).toBe('ascending');
    expect(order(table)).toEqual(['aws-mexico', 'google-cloud-el-salvador', 'huawei-peru']);
    // The sort menu of the filters says the same.
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('title');
  });

  it('every header is a button, so the keyboard reaches and sorts it', async () => {
    const table = await openDeals();
    const buttons = within(table.querySelector('thead') as HTMLElement).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/[▲▼↕]/gu, ''))).toEqual([
      'Title',
      'Kind',
      'Parties',
      'Amount',
      'Date',
      'Sources',
      'Facts',
    ]);
    for (const button of buttons) expect(button.tagName).toBe('BUTTON');
  });

  it('speaks French under a French browser, amounts included', async () => {
    const table = await openDeals('fr');
    expect(within(table).getByRole('button', { name: 'Montant' })).toBeTruthy();
    expect(cell(table, 'aws-mexico', 'amount')).toMatch(/^5\sMd\s\$US$/u);
    expect(cell(table, 'aws-mexico', 'date')).toBe('enregistré le 14 novembre 2023');
  });
});
