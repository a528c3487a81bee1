import { useState } from 'preact/hooks';
import { formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { CandidateFact, FactSubject } from '@/lib/schema';

interface Props {
  candidate: CandidateFact;
  i18n: I18n;
  /** What a fact can be about: the store's deals and the entities this article mentions. */
  subjects: { value: string; label: string }[];
  onAccept: (subject: FactSubject) => void;
  onDiscard: () => void;
}

const encode = (s: FactSubject) => `${s.type}:${s.id}`;
const decode = (v: string): FactSubject | undefined => {
  const [type, id] = v.split(':');
  return (type === 'deal' || type === 'entity') && id ? { type, id } : undefined;
};

/** A figure the article proposes: value, label, exact quote, the subject to file it under, accept or discard. */
export function CandidateFactItem({ candidate, i18n, subjects, onAccept, onDiscard }: Props) {
  const [subject, setSubject] = useState(candidate.subject ? encode(candidate.subject) : '');
  const value = formatFactValue(i18n, {
    ...candidate,
    subject: candidate.subject ?? { type: 'entity', id: 'x' },
    origin: 'user',
  });
  const chosen = decode(subject);
  const selectId = `dl-subject-${candidate.id}`;
  return (
    <li class="dl-candidate" data-candidate-fact={candidate.id}>
      <div>
        {value && <strong>{value}</strong>} {localized(i18n, candidate.label, candidate.labelFr)}
      </div>
      <blockquote class="dl-quote">{i18n.quote(candidate.quote)}</blockquote>
      {candidate.note && <p class="dl-note">{candidate.note}</p>}
      <div class="dl-candidate-actions">
        <label for={selectId}>{i18n.t('factSubject')}</label>
        <select id={selectId} value={subject} onChange={(e) => setSubject(e.currentTarget.value)}>
          <option value="">{i18n.t('chooseSubject')}</option>
          {subjects.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="button" class="dl-button" disabled={!chosen} onClick={() => chosen && onAccept(chosen)}>
          {i18n.t('accept')}
        </button>
        <button type="button" class="dl-secondary" onClick={onDiscard}>
          {i18n.t('discard')}
        </button>
      </div>
    </li>
  );
}
