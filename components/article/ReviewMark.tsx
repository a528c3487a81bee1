import type { I18n } from '@/lib/i18n';

/** Where a proposal stands against the store (issue 21): said in words, never by colour alone. */
export type ReviewMarkStatus = 'new' | 'in-store' | 'confirms' | 'differs';

interface Props {
  status: ReviewMarkStatus;
  i18n: I18n;
  /** What the store holds, for `confirms` and `differs` ("US$850M"). */
  stored?: string;
}

const TITLE = {
  new: 'markNewTitle',
  'in-store': 'markInStoreTitle',
  confirms: 'markConfirmsTitle',
  differs: 'markDiffersTitle',
} as const;

/** The mark on every item of the review page: new, in store, confirms a stored figure, differs from one. */
export function ReviewMark({ status, i18n, stored }: Props) {
  const title = i18n.t(TITLE[status], { value: stored ?? '' });
  return (
    <span class={`dl-mark dl-mark-${status}`} data-mark={status} title={title}>
      {i18n.t(status === 'in-store' ? 'mark_in_store' : `mark_${status}`)}
      <span class="dl-visually-hidden">: {title}</span>
    </span>
  );
}
