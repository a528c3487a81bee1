import { useState } from 'preact/hooks';
import { localized } from '@/components/deal/format-deal';
import { measureOf } from '@/lib/facts/fact-measure';
import type { I18n } from '@/lib/i18n';
import { markFigure } from '@/lib/review/figure-mark';
import type { CandidateFact, Fact, FactSubject, Measure } from '@/lib/schema';
import { CandidateFactItem, decodeSubject, encodeSubject, type FigureChoice, figureValue } from './CandidateFactItem';
import { ReviewGroup } from './ReviewGroup';
import { ReviewMark } from './ReviewMark';

/** One figure filed with its subject and measure, as the background's batch message takes it. */
export interface FigureFiling {
  factId: string;
  subject: FactSubject;
  measure?: Measure;
}

interface Props {
  /** The proposed figures. */
  candidates: readonly CandidateFact[];
  /** The ids of the figures the deal proposal files (tagged so on their rows). */
  withDeal: ReadonlySet<string>;
  /** The figures already filed from this article: marked "in store". */
  filed: readonly Fact[];
  /** The store's facts from other articles, to mark each proposal against. */
  storeFacts: readonly Fact[];
  subjects: { value: string; label: string }[];
  /** Subject and entity names, for the filed rows. */
  subjectName: (subject: FactSubject) => string;
  i18n: I18n;
  onAccept: (items: FigureFiling[]) => void;
  onDiscard: (ids: string[]) => void;
}

const initialChoice = (c: CandidateFact): FigureChoice => ({
  subject: c.subject ? encodeSubject(c.subject) : '',
  measure: c.measure ?? measureOf(c),
});

/**
 * The figures group of the review page (issue 21): each proposed figure on a compact row with its mark against
 * the store, recomputed as the reader changes its subject or measure; "accept all" files those with a subject
 * (the others wait, and the group says how many), "discard all" sets aside all of them; then the figures already
 * filed from this article, marked "in store".
 */
export function FigureGroup({
  candidates,
  withDeal,
  filed,
  storeFacts,
  subjects,
  subjectName,
  i18n,
  onAccept,
  onDiscard,
}: Props) {
  const [choices, setChoices] = useState<Record<string, FigureChoice>>({});
  const choiceOf = (c: CandidateFact) => choices[c.id] ?? initialChoice(c);
  const filing = (c: CandidateFact): FigureFiling | undefined => {
    const choice = choiceOf(c);
    const subject = decodeSubject(choice.subject);
    if (!subject) return undefined;
    // The measure travels only when the reader changed it: the proposal's own stays as extraction read it.
    return {
      factId: c.id,
      subject,
      ...(choice.measure !== initialChoice(c).measure ? { measure: choice.measure } : {}),
    };
  };
  const ready = candidates.flatMap((c) => filing(c) ?? []);
  const waiting = candidates.length - ready.length;
  const title = i18n.t('reviewFigures');
  return (
    <ReviewGroup
      id="dl-group-figures"
      title={title}
      count={candidates.length}
      i18n={i18n}
      onAcceptAll={ready.length > 0 ? () => onAccept(ready) : undefined}
      onDiscardAll={() => onDiscard(candidates.map((c) => c.id))}
      note={waiting > 0 && ready.length > 0 ? i18n.t('needsSubject', { count: waiting }) : undefined}
    >
      <ul class="dl-rows">
        {candidates.map((c) => {
          const choice = choiceOf(c);
          return (
            <CandidateFactItem
              key={c.id}
              candidate={c}
              withDeal={withDeal.has(c.id)}
              choice={choice}
              mark={markFigure(c, decodeSubject(choice.subject), storeFacts, choice.measure)}
              i18n={i18n}
              subjects={subjects}
              onChange={(next) => setChoices((all) => ({ ...all, [c.id]: next }))}
              onAccept={() => {
                const item = filing(c);
                if (item) onAccept([item]);
              }}
              onDiscard={() => onDiscard([c.id])}
            />
          );
        })}
        {filed.map((f) => (
          <li key={f.id} class="dl-row dl-row-filed" data-filed-fact={f.id} data-mark="in-store">
            <div class="dl-row-line">
              <ReviewMark status="in-store" i18n={i18n} />
              <strong class="dl-row-value">{figureValue(i18n, f)}</strong>
              <span>{localized(i18n, f.label, f.labelFr)}</span>
              <span class="dl-count">· {subjectName(f.subject)}</span>
            </div>
          </li>
        ))}
      </ul>
    </ReviewGroup>
  );
}
