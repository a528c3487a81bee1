import type { I18n } from '@/lib/i18n';

interface Props {
  counts: Record<string, number>;
  names: Record<string, { name: string; kind: string }>;
  i18n: I18n;
  /** When given, each entity is a button that shows its first mention on the page, with its card open. */
  onReveal?: (entityId: string) => void;
}

/** The entities found on the page, most mentioned first. */
export function EntityCounts({ counts, names, i18n, onReveal }: Props) {
  const rows = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return (
    <ul class="dl-entity-counts">
      {rows.map(([id, count]) => {
        const name = names[id]?.name ?? id;
        const content = (
          <>
            <span class="dl-entity-name">{name}</span>
            <span class="dl-count" aria-hidden="true">
              {count}
            </span>
            <span class="dl-visually-hidden">{count === 1 ? i18n.t('oneMention') : i18n.t('mentions', { count })}</span>
          </>
        );
        return (
          <li key={id} data-entity={id}>
            {onReveal ? (
              <button
                type="button"
                class="dl-entity-chip"
                title={i18n.t('showOnPage', { name })}
                onClick={() => onReveal(id)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
