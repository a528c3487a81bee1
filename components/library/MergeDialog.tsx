import { useMemo, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { planMerge } from '@/lib/library/merge-plan';
import type { LibraryData } from '@/lib/library/records';
import { RecordValidationError } from '@/lib/library/validation';
import type { Entity } from '@/lib/schema';
import { Dialog } from './Dialog';
import type { Option } from './form-fields';
import { issueText } from './issue-text';

interface Props {
  entity: Entity;
  data: LibraryData;
  entityOptions: readonly Option[];
  i18n: I18n;
  busy: boolean;
  onConfirm: (keepId: string, dropId: string) => void;
  onCancel: () => void;
}

/**
 * Merges the entity being edited with another: the reader picks the other and which of the two to keep, sees
 * what moves, then confirms. By default the seed entity is kept over one the reader added.
 */
export function MergeDialog({ entity, data, entityOptions, i18n, busy, onConfirm, onCancel }: Props) {
  const [otherId, setOtherId] = useState('');
  const [keepThis, setKeepThis] = useState<boolean | undefined>(undefined);
  const other = data.entities.find((e) => e.id === otherId);
  const keepsThis = keepThis ?? (other ? entity.origin === 'seed' && other.origin !== 'seed' : false);
  const [keepId, dropId] = keepsThis ? [entity.id, otherId] : [otherId, entity.id];
  const preview = useMemo(() => {
    if (!other) return undefined;
    try {
      return { plan: planMerge(data, keepId, dropId, 0) };
    } catch (error) {
      return {
        error:
          error instanceof RecordValidationError
            ? error.issues.map((issue) => issueText(i18n, issue)).join('; ')
            : String(error),
      };
    }
  }, [data, other, keepId, dropId, i18n]);
  const kept = keepsThis ? entity : other;
  const dropped = keepsThis ? other : entity;

  return (
    <Dialog labelledBy="dl-merge-title" onClose={onCancel}>
      <h2 id="dl-merge-title">{i18n.t('libMergeTitle', { name: entity.name })}</h2>
      <div class="dl-field">
        <label for="dl-merge-other">{i18n.t('libMergeWith')}</label>
        <select id="dl-merge-other" value={otherId} onChange={(e) => setOtherId(e.currentTarget.value)}>
          <option value="">{i18n.t('libChoose')}</option>
          {entityOptions
            .filter((o) => o.value !== entity.id)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
        </select>
      </div>
      {other && (
        <fieldset class="dl-group">
          <legend>{i18n.t('libMergeKeep')}</legend>
          <div class="dl-check">
            <input
              id="dl-keep-this"
              type="radio"
              name="dl-keep"
              checked={keepsThis}
              onChange={() => setKeepThis(true)}
            />
            <label for="dl-keep-this">{entity.name}</label>
          </div>
          <div class="dl-check">
            <input
              id="dl-keep-other"
              type="radio"
              name="dl-keep"
              checked={!keepsThis}
              onChange={() => setKeepThis(false)}
            />
            <label for="dl-keep-other">{other.name}</label>
          </div>
        </fieldset>
      )}
      {preview?.plan && kept && dropped && (
        <p class="dl-merge-preview">
          {i18n.t('libMergePreview', {
            aliases: dropped.aliases.length,
            deals: preview.plan.updated.deals.length,
            facts: preview.plan.updated.facts.length,
            articles: preview.plan.mentions.remove.length,
            kept: kept.name,
            dropped: dropped.name,
          })}
        </p>
      )}
      {preview?.error && (
        <p class="dl-field-error" role="alert">
          {i18n.t('libMergeRefused', { reason: preview.error })}
        </p>
      )}
      <div class="dl-actions">
        <button
          type="button"
          class="dl-primary"
          disabled={busy || !preview?.plan}
          onClick={() => onConfirm(keepId, dropId)}
        >
          {i18n.t('libMergeConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('libCancel')}
        </button>
      </div>
    </Dialog>
  );
}
