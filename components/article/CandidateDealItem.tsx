import { useState } from 'preact/hooks';
import { dealKindLabel, entityKindLabel, formatFactValue } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import {
  type DealKind,
  DealKindSchema,
  type DealProposal,
  type DealProposalChoice,
  PartialDateSchema,
} from '@/lib/schema';

interface Props {
  proposal: DealProposal;
  articleId: string;
  i18n: I18n;
  /** Sends the reader's choice; resolves once the store has it. */
  onSubmit: (choice: DealProposalChoice) => void;
}

/**
 * The deal a saved article reports (issue 15): one click creates it — or, when the store already has it,
 * files the article's figures under it. Before that the reader may retitle it, change its kind, date and status,
 * and leave parties out. The element carries `data-candidate-deal`, and its first button is the one that
 * creates (or attaches): end-to-end tests and keyboard users rely on that order.
 */
export function CandidateDealItem({ proposal, articleId, i18n, onSubmit }: Props) {
  const { existing } = proposal;
  const [mode, setMode] = useState<'create' | 'attach'>(existing ? 'attach' : 'create');
  const [title, setTitle] = useState(proposal.title);
  const [kind, setKind] = useState<DealKind>(proposal.kind);
  const [date, setDate] = useState(proposal.announcedDate ?? '');
  // The status is edited in the reader's language; the other language's wording is dropped once it is edited.
  const french = i18n.lang === 'fr';
  const shownStatus = (french ? proposal.statusFr : proposal.status) ?? '';
  const [status, setStatus] = useState(shownStatus);
  const [included, setIncluded] = useState(() => proposal.parties.map(() => true));
  const id = (field: string) => `dl-deal-${field}`;

  const parties = proposal.parties.filter((_, i) => included[i]);
  const dateOk = date === '' || PartialDateSchema.safeParse(date).success;
  const canCreate = title.trim().length > 0 && parties.length >= 2 && dateOk;
  const figures = proposal.factIds.length;
  const headline = proposal.headline;
  const headlineText =
    headline &&
    formatFactValue(i18n, {
      id: headline.factId,
      subject: { type: 'deal', id: 'x' },
      label: 'x',
      value: headline.value,
      unit: headline.unit,
      quote: 'x',
      articleId,
      origin: 'user',
    });

  const create = () => {
    const edited = status.trim() !== shownStatus;
    const text = status.trim() || undefined;
    onSubmit({
      mode: 'create',
      articleId,
      title: title.trim(),
      kind,
      parties,
      announcedDate: date || undefined,
      status: french ? (edited ? undefined : proposal.status) : text,
      statusFr: french ? text : edited ? undefined : proposal.statusFr,
      summary: proposal.summary,
      factIds: proposal.factIds,
    });
  };

  if (existing && mode === 'attach') {
    return (
      <div class="dl-candidate dl-candidate-deal" data-candidate-deal={existing.id}>
        <p>{i18n.t('dealProposalExisting', { title: existing.title })}</p>
        {headlineText && <p>{i18n.t('dealHeadline', { amount: headlineText })}</p>}
        <div class="dl-candidate-actions">
          <button
            type="button"
            class="dl-button"
            onClick={() => onSubmit({ mode: 'attach', articleId, dealId: existing.id, factIds: proposal.factIds })}
          >
            {figures > 0
              ? i18n.t('attachFigures', { count: figures, title: existing.title })
              : i18n.t('attachSource', { title: existing.title })}
          </button>
          <button type="button" class="dl-secondary" onClick={() => setMode('create')}>
            {i18n.t('createInstead')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      class="dl-candidate dl-candidate-deal"
      data-candidate-deal="new"
      onSubmit={(e) => {
        e.preventDefault();
        if (canCreate) create();
      }}
    >
      <p>{i18n.t('dealProposalNew')}</p>
      <div class="dl-candidate-actions">
        <button type="submit" class="dl-button" disabled={!canCreate}>
          {i18n.t('createDeal')}
        </button>
        {existing && (
          <button type="button" class="dl-secondary" onClick={() => setMode('attach')}>
            {i18n.t('attachInstead', { title: existing.title })}
          </button>
        )}
      </div>
      <label for={id('title')}>{i18n.t('dealTitle')}</label>
      <input id={id('title')} value={title} onInput={(e) => setTitle(e.currentTarget.value)} required />
      <label for={id('kind')}>{i18n.t('dealKind')}</label>
      <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as DealKind)}>
        {DealKindSchema.options.map((k) => (
          <option key={k} value={k}>
            {dealKindLabel(i18n, k)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{i18n.t('parties')}</legend>
        {proposal.parties.map((party, i) => (
          <div key={`${party.type}:${party.name}`}>
            <input
              type="checkbox"
              id={id(`party-${i}`)}
              checked={included[i]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setIncluded((list) => list.map((v, j) => (j === i ? checked : v)));
              }}
            />{' '}
            <label for={id(`party-${i}`)}>
              {party.name} <span class="dl-count">({entityKindLabel(i18n, party.kind)}</span>
              {party.type === 'new' && <span class="dl-count">, {i18n.t('dealNewParty')}</span>}
              <span class="dl-count">)</span>
            </label>
          </div>
        ))}
        {parties.length < 2 && (
          <p class="dl-note" role="alert">
            {i18n.t('dealNeedsParties')}
          </p>
        )}
      </fieldset>
      <label for={id('date')}>{i18n.t('dealAnnouncedOn')}</label>
      <input
        id={id('date')}
        value={date}
        placeholder="YYYY-MM-DD"
        aria-invalid={!dateOk}
        onInput={(e) => setDate(e.currentTarget.value.trim())}
      />
      <label for={id('status')}>{i18n.t('dealStatus')}</label>
      <input id={id('status')} value={status} onInput={(e) => setStatus(e.currentTarget.value)} />
      <blockquote class="dl-quote">« {proposal.summary} »</blockquote>
      {headlineText && <p>{i18n.t('dealHeadline', { amount: headlineText })}</p>}
      <p class="dl-note">{i18n.t('dealFigures', { count: figures })}</p>
      <p class="dl-note">{i18n.t('dealShownAtOnce')}</p>
    </form>
  );
}
