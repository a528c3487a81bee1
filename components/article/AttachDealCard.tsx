import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { DealProposal, DealProposalChoice } from '@/lib/schema';

interface Props {
  proposal: DealProposal;
  match: NonNullable<DealProposal['match']>;
  articleId: string;
  i18n: I18n;
  onSubmit: (choice: DealProposalChoice) => void;
  /** Shown when the reader may create a new deal from this card instead (the proposal is sure). */
  onCreateInstead?: () => void;
}

/** The doubts about a match, in words: "it speaks of a new or second deal; its dates are far apart". */
export function doubtText(i18n: I18n, doubts: readonly string[]): string {
  return doubts
    .map((d) => i18n.t(`doubt_${d.replaceAll('-', '_')}` as MessageKey))
    .join(i18n.lang === 'fr' ? ' ; ' : '; ');
}

/**
 * The store's deal the article reports (issue 20): one click adds the article to its sources and files the
 * figures about the deal — a figure the deal already has gains the article as a source instead of a second
 * copy. The element carries `data-candidate-deal` with the deal's id; its first button files it.
 */
export function AttachDealCard({ proposal, match, articleId, i18n, onSubmit, onCreateInstead }: Props) {
  const figures = proposal.factIds.length;
  const attach = () =>
    onSubmit({
      mode: 'attach',
      articleId,
      dealId: match.id,
      factIds: proposal.factIds,
      ...(proposal.headline ? { headline: proposal.headline } : {}),
    });
  return (
    <div class="dl-candidate dl-candidate-deal" data-candidate-deal={match.id}>
      <div class="dl-candidate-actions">
        <button type="button" class="dl-button" onClick={attach}>
          {figures > 0
            ? i18n.t('attachFigures', { count: figures, title: match.title })
            : i18n.t('attachSource', { title: match.title })}
        </button>
        {onCreateInstead && (
          <button type="button" class="dl-secondary" onClick={onCreateInstead}>
            {i18n.t('createInstead')}
          </button>
        )}
      </div>
      <p>{i18n.t('dealProposalExisting', { title: match.title })}</p>
      {figures > 0 && <p class="dl-note">{i18n.t('attachConfirms')}</p>}
    </div>
  );
}
