import { useEffect, useRef } from 'preact/hooks';
import type { CardState } from '@/lib/card/card-port';
import type { I18n } from '@/lib/i18n';
import { EntityCard } from './EntityCard';

interface Props {
  state: CardState;
  i18n: I18n;
  dark: boolean;
  /** Move keyboard focus into the card (it was opened from the keyboard); changes with every card shown. */
  focusKey: number | undefined;
  onClose: () => void;
}

/** The card as a non-modal dialog: a labelled region keyboard users can enter, read, and leave with Escape. */
export function CardPopover({ state, i18n, dark, focusKey, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const name = state.status === 'ready' ? state.card.entity.name : '';

  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);

  return (
    <div
      ref={ref}
      class="dl-card"
      role="dialog"
      aria-modal="false"
      aria-label={i18n.t('cardLabel', { name })}
      data-scheme={dark ? 'dark' : 'light'}
      data-status={state.status}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <button type="button" class="dl-close" aria-label={i18n.t('closeCard')} onClick={onClose}>
        ×
      </button>
      {state.status === 'ready' && <EntityCard card={state.card} i18n={i18n} newOnPage={state.newOnPage} />}
      {state.status === 'missing' && (
        <p class="dl-card-status" role="status">
          {i18n.t('cardMissing')}
        </p>
      )}
      {state.status === 'error' && (
        <p class="dl-card-status" role="alert">
          {i18n.t('cardError', { error: state.message })}
        </p>
      )}
    </div>
  );
}
