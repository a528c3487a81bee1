import { formatFactValue } from '@/components/deal/format-deal';
import { labelOfMeasure } from '@/lib/facts/fact-labels';
import type { I18n } from '@/lib/i18n';
import type { FigureMark } from '@/lib/review/figure-mark';
import { type CandidateFact, type Fact, type FactSubject, type Measure, MeasureSchema } from '@/lib/schema';
import { ReviewMark } from './ReviewMark';

/** What the reader chose for one proposed figure, before filing it. */
export interface FigureChoice {
  /** `deal:<id>` or `entity:<id>`, or '' for none yet. */
  subject: string;
  measure: Measure;
}

interface Props {
  candidate: CandidateFact;
  /** The deal proposal files it: said on the row. */
  withDeal?: boolean;
  choice: FigureChoice;
  mark: FigureMark;
  i18n: I18n;
  /** What a fact can be about: the store's deals and the entities this article mentions. */
  subjects: { value: string; label: string }[];
  onChange: (choice: FigureChoice) => void;
  onAccept: () => void;
  onDiscard: () => void;
}

export const encodeSubject = (s: FactSubject) => `${s.type}:${s.id}`;
export const decodeSubject = (v: string): FactSubject | undefined => {
  const [type, id] = v.split(':');
  return (type === 'deal' || type === 'entity') && id ? { type, id } : undefined;
};

/** A measure's name in the reader's language. */
export function measureName(i18n: I18n, measure: Measure): string {
  const { label, labelFr } = labelOfMeasure(measure);
  return i18n.lang === 'fr' ? labelFr : label;
}

/** A value as the page writes it ("US$850M", "9 June 2025"). */
export function figureValue(i18n: I18n, fact: Pick<Fact, 'value' | 'unit' | 'date' | 'label'> & Partial<Fact>) {
  return formatFactValue(i18n, { ...(fact as Fact), subject: { type: 'entity', id: 'x' }, origin: 'user' });
}

/**
 * A proposed figure on one compact row (issue 21): its mark against the store, its value, what it measures and
 * what it is about (both editable in place), accept and discard; under it, its sentence on one line (the whole
 * sentence stays in the text for screen readers and on hover).
 */
export function CandidateFactItem({
  candidate,
  withDeal = false,
  choice,
  mark,
  i18n,
  subjects,
  onChange,
  onAccept,
  onDiscard,
}: Props) {
  const value = figureValue(i18n, candidate);
  const chosen = decodeSubject(choice.subject);
  const base = `dl-fact-${candidate.id}`;
  return (
    <li class="dl-row" data-candidate-fact={candidate.id} data-mark={mark.status}>
      <div class="dl-row-line">
        <ReviewMark status={mark.status} i18n={i18n} stored={mark.stored && figureValue(i18n, mark.stored)} />
        <strong class="dl-row-value">{value || candidate.figure.text}</strong>
        <label class="dl-visually-hidden" for={`${base}-measure`}>
          {i18n.t('factMeasure')}
        </label>
        <select
          id={`${base}-measure`}
          class="dl-field"
          value={choice.measure}
          onChange={(e) => onChange({ ...choice, measure: e.currentTarget.value as Measure })}
        >
          {MeasureSchema.options.map((m) => (
            <option key={m} value={m}>
              {measureName(i18n, m)}
            </option>
          ))}
        </select>
        <label class="dl-visually-hidden" for={`${base}-subject`}>
          {i18n.t('factSubject')}
        </label>
        <select
          id={`${base}-subject`}
          class="dl-field"
          value={choice.subject}
          onChange={(e) => onChange({ ...choice, subject: e.currentTarget.value })}
        >
          <option value="">{`${i18n.t('factSubject')}: ${i18n.t('chooseSubject')}`}</option>
          {subjects.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <span class="dl-row-actions">
          <button type="button" class="dl-button" disabled={!chosen} onClick={onAccept}>
            {i18n.t('accept')}
          </button>
          <button type="button" class="dl-secondary" onClick={onDiscard}>
            {i18n.t('discard')}
          </button>
        </span>
      </div>
      <p class="dl-row-quote" title={[candidate.quote, candidate.note].filter(Boolean).join(' — ')}>
        {withDeal && <span class="dl-tag">{i18n.t('withTheDeal')}</span>}
        {i18n.quote(candidate.quote)}
        {candidate.note && <span class="dl-visually-hidden"> {candidate.note}</span>}
      </p>
    </li>
  );
}
