import type { Deal } from '@/lib/schema';
import type { LibraryIndex } from './library-index';

/** A deal's date as the list shows it: announced, else the day its first source was saved (marked so). */
export interface DealDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** The date is the day the first source was saved: the deal has no announcement date. */
  saved: boolean;
}

/** The date a deal is listed and sorted by (issue 21): an undated deal is not sorted last, but by its source. */
export function dealDate(index: Pick<LibraryIndex, 'articles'>, deal: Deal): DealDate {
  if (deal.announcedDate) return { date: deal.announcedDate, saved: false };
  const first = deal.sourceArticles[0] ? index.articles.get(deal.sourceArticles[0]) : undefined;
  if (!first) return { saved: false };
  return { date: new Date(first.savedAt).toISOString().slice(0, 10), saved: true };
}

/** The columns a deal list sorts by, and the way each sorts first (newest, largest, A to Z). */
export const DEAL_COLUMNS = {
  date: 'desc',
  title: 'asc',
  kind: 'asc',
  parties: 'asc',
  amount: 'desc',
  sources: 'desc',
  facts: 'desc',
} as const;
export type DealColumn = keyof typeof DEAL_COLUMNS;
export type SortDirection = 'asc' | 'desc';

export const isDealColumn = (key: string): key is DealColumn => key in DEAL_COLUMNS;

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

/** Compares two deals on a column, ascending. Amounts compare by value: currencies are not converted. */
function compareOn(index: LibraryIndex, column: DealColumn): (a: Deal, b: Deal) => number {
  const partyNames = (d: Deal) => d.parties.map((p) => index.entities.get(p)?.name ?? p).join(' ');
  switch (column) {
    case 'title':
      return (a, b) => byText(a.title, b.title);
    case 'kind':
      return (a, b) => byText(a.kind, b.kind);
    case 'parties':
      return (a, b) => byText(partyNames(a), partyNames(b));
    case 'amount':
      return (a, b) => (a.headline?.value ?? 0) - (b.headline?.value ?? 0);
    case 'date':
      return (a, b) => (dealDate(index, a).date ?? '').localeCompare(dealDate(index, b).date ?? '');
    case 'sources':
      return (a, b) => a.sourceArticles.length - b.sourceArticles.length;
    case 'facts':
      return (a, b) => (index.dealFactCount.get(a.id) ?? 0) - (index.dealFactCount.get(b.id) ?? 0);
  }
}

/** Whether a deal has what the column sorts on (an amount, a date); those that do not go last. */
function hasValue(index: LibraryIndex, column: DealColumn, deal: Deal): boolean {
  if (column === 'amount') return deal.headline !== undefined;
  if (column === 'date') return dealDate(index, deal).date !== undefined;
  return true;
}

/**
 * Sorts deals by a column and direction (the column's own when none), ties by title. A deal without the value
 * sorted on (no amount, no date at all) goes last whichever the direction.
 */
export function sortDeals(index: LibraryIndex, rows: Deal[], column: DealColumn, direction?: SortDirection): Deal[] {
  const dir = direction ?? DEAL_COLUMNS[column];
  const compare = compareOn(index, column);
  const sign = dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const [ha, hb] = [hasValue(index, column, a), hasValue(index, column, b)];
    if (ha !== hb) return ha ? -1 : 1;
    return sign * compare(a, b) || byText(a.title, b.title);
  });
}
