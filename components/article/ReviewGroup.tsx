import type { ComponentChildren } from 'preact';
import type { I18n } from '@/lib/i18n';

interface Props {
  id: string;
  title: string;
  /** How many items wait for a decision (the heading says it). */
  count: number;
  i18n: I18n;
  onAcceptAll?: () => void;
  onDiscardAll?: () => void;
  /** Why "accept all" cannot act yet, or what it leaves (shown under the heading). */
  note?: string;
  children: ComponentChildren;
}

/**
 * One group of the review page (deal, figures, names): a landmark region named by its heading, with "accept
 * all" and "discard all" for what it holds. The buttons say which group they act on to screen readers.
 */
export function ReviewGroup({ id, title, count, i18n, onAcceptAll, onDiscardAll, note, children }: Props) {
  return (
    <section class="dl-group" aria-labelledby={id}>
      <div class="dl-group-head">
        <h2 id={id}>
          {title} {count > 0 && <span class="dl-count">{i18n.t('reviewCount', { count })}</span>}
        </h2>
        {count > 0 && (onAcceptAll || onDiscardAll) && (
          <div class="dl-group-actions">
            {onAcceptAll && (
              <button type="button" class="dl-button" onClick={onAcceptAll}>
                {i18n.t('acceptAll')}
                <span class="dl-visually-hidden"> ({title})</span>
              </button>
            )}
            {onDiscardAll && (
              <button type="button" class="dl-secondary" onClick={onDiscardAll}>
                {i18n.t('discardAll')}
                <span class="dl-visually-hidden"> ({title})</span>
              </button>
            )}
          </div>
        )}
      </div>
      {note && <p class="dl-note dl-group-note">{note}</p>}
      {children}
    </section>
  );
}
