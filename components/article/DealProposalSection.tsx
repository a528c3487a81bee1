import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { CandidateFact, DealProposal, DealProposalChoice } from '@/lib/schema';
import { AttachDealCard, doubtText } from './AttachDealCard';
import { CreateDealForm } from './CreateDealForm';

interface Props {
  proposal: DealProposal;
  articleId: string;
  facts: readonly CandidateFact[];
  i18n: I18n;
  onSubmit: (choice: DealProposalChoice) => void;
}

/**
 * The deal a saved article reports (issue 20). When deal capture is sure, one proposal: create the deal, or
 * attach the article to the store's deal of the same investor and host (with a way to switch). When it is not
 * sure — the store has a deal of the same parties, but the article may report another one — it says why and
 * offers both, the likelier first. Each proposal is a `data-candidate-deal` element whose first button files it.
 */
export function DealProposalSection({ proposal, articleId, facts, i18n, onSubmit }: Props) {
  const { match } = proposal;
  const [switched, setSwitched] = useState(false);
  const create = (extra: Partial<Parameters<typeof CreateDealForm>[0]> = {}) => (
    <CreateDealForm
      key="create"
      proposal={proposal}
      articleId={articleId}
      facts={facts}
      i18n={i18n}
      onSubmit={onSubmit}
      {...extra}
    />
  );
  if (!match) return create();
  const attach = (extra: Partial<Parameters<typeof AttachDealCard>[0]> = {}) => (
    <AttachDealCard
      key="attach"
      proposal={proposal}
      match={match}
      articleId={articleId}
      i18n={i18n}
      onSubmit={onSubmit}
      {...extra}
    />
  );
  if (match.doubts.length > 0) {
    const note = i18n.t('dealProposalUnsure', { title: match.title, reasons: doubtText(i18n, match.doubts) });
    return (
      <>
        <p class="dl-note" role="note">
          {note}
        </p>
        {proposal.recommended === 'attach' ? [attach(), create({ note: i18n.t('orCreate') })] : [create(), attach()]}
      </>
    );
  }
  if (switched) return create({ onAttachInstead: () => setSwitched(false) });
  return attach({ onCreateInstead: () => setSwitched(true) });
}
