import { useState } from 'preact/hooks';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { type CandidateEntity, type EntityKind, EntityKindSchema } from '@/lib/schema';

interface Props {
  candidate: CandidateEntity;
  i18n: I18n;
  onAdd: (kind: EntityKind) => void;
  onDiscard: () => void;
}

/** A name the store does not know: one click adds it, with a kind, and it is highlighted on every page. */
export function CandidateEntityItem({ candidate, i18n, onAdd, onDiscard }: Props) {
  const [kind, setKind] = useState<EntityKind>(candidate.kindGuess);
  const selectId = `dl-kind-${candidate.name.replace(/\W+/g, '-')}`;
  return (
    <li class="dl-candidate" data-candidate-entity={candidate.name}>
      <div>
        <strong>{candidate.name}</strong> <span class="dl-count">×{candidate.count}</span>
      </div>
      <blockquote class="dl-quote">{i18n.quote(candidate.quote)}</blockquote>
      <div class="dl-candidate-actions">
        <label for={selectId}>{i18n.t('entityKind')}</label>
        <select id={selectId} value={kind} onChange={(e) => setKind(e.currentTarget.value as EntityKind)}>
          {EntityKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {entityKindLabel(i18n, k)}
            </option>
          ))}
        </select>
        <button type="button" class="dl-button" onClick={() => onAdd(kind)}>
          {i18n.t('addEntity')}
        </button>
        <button type="button" class="dl-secondary" onClick={onDiscard}>
          {i18n.t('discard')}
        </button>
      </div>
    </li>
  );
}
