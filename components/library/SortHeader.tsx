import type { I18n } from '@/lib/i18n';
import type { SortDirection } from '@/lib/library/deal-rows';

interface Props {
  label: string;
  /** The direction the list is sorted by this column, or undefined when it is sorted by another. */
  sorted?: SortDirection;
  /** Sorts by this column: the other direction when already sorted by it, its own direction otherwise. */
  onSort: () => void;
  numeric?: boolean;
  i18n: I18n;
}

/**
 * A column header that sorts its table: a button (keyboard and screen reader reach it like any), with the table's
 * state on the header as `aria-sort` — on the sorted column only, as the ARIA table pattern asks.
 */
export function SortHeader({ label, sorted, onSort, numeric, i18n }: Props) {
  const arrow = sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕';
  return (
    <th
      scope="col"
      class={numeric ? 'dl-num' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button
        type="button"
        class="dl-sort"
        data-sorted={sorted ?? 'none'}
        title={i18n.t('libSortBy_column', { column: label })}
        onClick={onSort}
      >
        {label}
        <span class="dl-sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
