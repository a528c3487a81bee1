import { useState } from 'preact/hooks';
import { dealKindLabel, entityKindLabel, formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import {
  type CandidateFact,
  type DealKind,
  DealKindSchema,
  type DealProposal,
  type DealProposalChoice,
  PartialDateSchema,
} from '@/lib/schema';

interface Props {
  proposal: DealProposal;
  articleId: string;
  /** The article's candidate facts: the figures filed with the deal, and the amounts the headline may be. */
  facts: readonly CandidateFact[];
  i18n: I18n;
  onSubmit: (choice: DealProposalChoice) => void;
  /** Shown when the store has a deal the article may report instead. */
  onAttachInstead?: () => void;
  /** A note above the form (why both choices are offered). */
  note?: string;
}

const id = (field: string) => `dl-deal-${field}`;

/** A figure as the page writes it in lists: "$1.2B Investment". */
function figureText(i18n: I18n, fact: CandidateFact): string {
  const value = formatFactValue(i18n, { ...fact, subject: { type: 'entity', id: 'x' }, origin: 'user' });
  return [value, localized(i18n, fact.label, fact.labelFr)].filter(Boolean).join(' ');
}

/**
 * The deal a saved article reports, to create (issues 15, 20): parties (companies, governments, ministries,
 * agencies, programmes), kind, date, status, headline amount, who announced it, and the figures about it that
 * one click files. The reader may edit each first. The element carries `data-candidate-deal="new"`, and its
 * first button creates the deal: end-to-end tests and keyboard users rely on that order.
 */
export function CreateDealForm({ proposal, articleId, facts, i18n, onSubmit, onAttachInstead, note }: Props) {
  const [title, setTitle] = useState(proposal.title);
  const [kind, setKind] = useState<DealKind>(proposal.kind);
  const [date, setDate] = useState(proposal.announcedDate ?? '');
  // The status is edited in the reader's language; the other language's wording is dropped once it is edited.
  const french = i18n.lang === 'fr';
  const shownStatus = (french ? proposal.statusFr : proposal.status) ?? '';
  const [status, setStatus] = useState(shownStatus);
  const [included, setIncluded] = useState(() => proposal.parties.map(() => true));
  const money = facts.filter((f) => f.figure.kind === 'money' && f.value !== undefined && f.value > 0);
  const headlineKey = (h: DealProposal['headline']) => (h ? (h.factId ?? `title:${h.value}:${h.unit}`) : '');
  const [headline, setHeadline] = useState(headlineKey(proposal.headline));

  const parties = proposal.parties.filter((_, i) => included[i]);
  const dateOk = date === '' || PartialDateSchema.safeParse(date).success;
  const canCreate = title.trim().length > 0 && parties.length >= 2 && dateOk;
  const filed = facts.filter((f) => proposal.factIds.includes(f.id));
  const titleHeadline = proposal.headline && !proposal.headline.factId ? proposal.headline : undefined;
  const chosenHeadline = () => {
    if (headline === '') return undefined;
    if (titleHeadline && headline === headlineKey(titleHeadline)) return titleHeadline;
    const fact = money.find((f) => f.id === headline);
    return fact?.value !== undefined && fact.unit ? { value: fact.value, unit: fact.unit, factId: fact.id } : undefined;
  };

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
      headline: chosenHeadline(),
      announcedBy: proposal.announcedBy,
      factIds: proposal.factIds,
    });
  };

  return (
    <form
      class="dl-candidate dl-candidate-deal"
      data-candidate-deal="new"
      onSubmit={(e) => {
        e.preventDefault();
        if (canCreate) create();
      }}
    >
      <div class="dl-candidate-actions">
        <button type="submit" class="dl-button" disabled={!canCreate}>
          {i18n.t('createDeal')}
        </button>
        {onAttachInstead && (
          <button type="button" class="dl-secondary" onClick={onAttachInstead}>
            {i18n.t('attachInstead', { title: proposal.match?.title ?? '' })}
          </button>
        )}
      </div>
      {note ? <p class="dl-note">{note}</p> : <p>{i18n.t('dealProposalNew')}</p>}
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
      <label for={id('headline')}>{i18n.t('dealHeadlineChoice')}</label>
      <select id={id('headline')} value={headline} onChange={(e) => setHeadline(e.currentTarget.value)}>
        <option value="">{i18n.t('noHeadline')}</option>
        {titleHeadline && (
          <option value={headlineKey(titleHeadline)}>
            {i18n.money(titleHeadline.value, titleHeadline.unit)} — {i18n.t('fromTitle')}
          </option>
        )}
        {money.map((f) => (
          <option key={f.id} value={f.id}>
            {figureText(i18n, f)} — {i18n.quote(f.figure.text)}
          </option>
        ))}
      </select>
      <label for={id('date')}>{i18n.t('dealAnnouncedOn')}</label>
      <input
        id={id('date')}
        value={date}
        placeholder={i18n.t('datePlaceholder')}
        aria-invalid={!dateOk}
        onInput={(e) => setDate(e.currentTarget.value.trim())}
      />
      <label for={id('status')}>{i18n.t('dealStatus')}</label>
      <input id={id('status')} value={status} onInput={(e) => setStatus(e.currentTarget.value)} />
      {proposal.announcedBy.length > 0 && (
        <p class="dl-note">
          {i18n.t('dealAnnouncedBy', { names: proposal.announcedBy.map((p) => p.name).join(', ') })}
        </p>
      )}
      <blockquote class="dl-quote">{i18n.quote(proposal.summary)}</blockquote>
      <details class="dl-filed">
        <summary>{i18n.t('dealFigures', { count: filed.length })}</summary>
        <ul>
          {filed.map((f) => (
            <li key={f.id}>{figureText(i18n, f)}</li>
          ))}
        </ul>
      </details>
      <p class="dl-note">{i18n.t('dealShownAtOnce')}</p>
    </form>
  );
}
