import type { I18n } from '@/lib/i18n';

interface Props {
  counts: Record<string, number>;
  names: Record<string, { name: string; kind: string }>;
  i18n: I18n;
}

/** The entities found on the page, most mentioned first. */
export function EntityCounts({ counts, names, i18n }: Props) {
  const rows = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return (
    <ul class="dl-entity-counts">
      {rows.map(([id, count]) => (
        <li key={id} data-entity={id}>
          <span class="dl-entity-name">{names[id]?.name ?? id}</span>
          <span class="dl-count" aria-hidden="true">
            {count}
          </span>
          <span class="dl-visually-hidden">{count === 1 ? i18n.t('oneMention') : i18n.t('mentions', { count })}</span>
        </li>
      ))}
    </ul>
  );
}
