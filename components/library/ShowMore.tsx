import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';

/** Rows shown before "Show more": long enough to browse, short enough to render at once. */
export const PAGE_SIZE = 100;

/** How many rows of a list to show; back to one page whenever the list itself changes (a new filter). */
export function usePage<T>(rows: readonly T[]): [T[], number, () => void] {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [rows]);
  return [rows.slice(0, limit), limit, () => setLimit((n) => n + PAGE_SIZE)];
}

export function ShowMore({
  shown,
  total,
  i18n,
  onMore,
}: {
  shown: number;
  total: number;
  i18n: I18n;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  return (
    <button type="button" class="dl-show-more" onClick={onMore}>
      {i18n.t('libShowMore', { shown: i18n.number(shown), total: i18n.number(total) })}
    </button>
  );
}
