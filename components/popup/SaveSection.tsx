import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { SaveOutcome } from '@/lib/schema';

export interface SaveState {
  /** The stored copy of this page, if it is saved. */
  saved: { articleId: string; title: string } | null;
  /** What the last save did, once one ran from this popup. */
  outcome: SaveOutcome | null;
  busy: boolean;
}

interface Props {
  state: SaveState;
  i18n: I18n;
  onSave: () => void;
  onOpenArticle: (articleId: string) => void;
}

/** "Save this article", whether the page is already saved, and what a save did (or why it did nothing). */
export function SaveSection({ state, i18n, onSave, onOpenArticle }: Props) {
  const { saved, outcome, busy } = state;
  const savedId = outcome?.ok ? outcome.articleId : saved?.articleId;
  return (
    <section class="dl-save" aria-live="polite">
      {saved && !outcome && <p class="dl-saved-badge">✓ {i18n.t('alreadySaved')}</p>}
      <button type="button" class="dl-button" onClick={onSave} disabled={busy}>
        {busy ? i18n.t('saving') : saved || outcome?.ok ? i18n.t('saveAgain') : i18n.t('saveArticle')}
      </button>
      {outcome && (
        <p class={outcome.ok ? 'dl-save-result' : 'dl-save-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok
            ? i18n.t(outcome.updated ? 'saveUpdated' : 'saveDone', {
                title: outcome.title,
                mentions: outcome.mentionedEntities,
                facts: outcome.candidateFacts,
                entities: outcome.candidateEntities,
              })
            : i18n.t(`saveFailed_${outcome.reason.replaceAll('-', '_')}` as MessageKey)}
        </p>
      )}
      {savedId && (
        <button type="button" class="dl-link-button" onClick={() => onOpenArticle(savedId)}>
          {i18n.t('reviewArticle')}
        </button>
      )}
    </section>
  );
}
