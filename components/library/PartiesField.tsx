import { useCallback, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { PartyOption } from '@/lib/library/party-search';
import type { FieldIssue } from '@/lib/library/validation';
import type { EntityKind } from '@/lib/schema';
import { fieldId, issueAt } from './form-fields';
import { NewEntityForm } from './NewEntityForm';
import { PartyPicker } from './PartyPicker';
import { useFocusAdded } from './use-focus-added';

interface Props {
  ids: readonly string[];
  options: readonly PartyOption[];
  onChange: (ids: string[]) => void;
  /** Creates an entity and resolves with its id, or with the issues when the store refused it. */
  onCreateEntity: (name: string, kind: EntityKind) => Promise<{ id: string } | { issues: readonly FieldIssue[] }>;
  issues: readonly FieldIssue[];
  i18n: I18n;
}

/**
 * A deal's parties: one searchable picker per party (PartyPicker), a button to add one, one to remove each, and —
 * when the reader picks "Create “…”" — the form for a new entity under that party, which fills it once created.
 */
export function PartiesField({ ids, options, onChange, onCreateEntity, issues, i18n }: Props) {
  const [creating, setCreating] = useState<{ row: number; name: string } | undefined>();
  const error = issueAt(issues, 'parties');
  const markAdded = useFocusAdded(
    ids.length,
    useCallback((i: number) => fieldId(`parties.${i}`), []),
  );
  const setAt = (i: number, id: string) => onChange(ids.map((x, j) => (j === i ? id : x)));
  const focusRow = (i: number) =>
    requestAnimationFrame(() => document.getElementById(fieldId(`parties.${i}`))?.focus());

  return (
    <fieldset class={`dl-group${error ? ' dl-field-invalid' : ''}`} data-group="parties">
      <legend>{i18n.t('libField_parties')}</legend>
      <p class="dl-hint">{i18n.t('libPartySearchHint')}</p>
      {error && <p class="dl-field-error">{error}</p>}
      {ids.map((id, i) => (
        // Keyed by index: the same party may appear twice while the reader edits.
        <div key={i} class="dl-party-row">
          <div class="dl-inline-row">
            <PartyPicker
              id={fieldId(`parties.${i}`)}
              label={i18n.t('libPartyN', { n: i + 1 })}
              value={id}
              options={options}
              onValue={(value) => setAt(i, value)}
              onCreate={(name) => setCreating({ row: i, name })}
              error={issueAt(issues, `parties.${i}`)}
              i18n={i18n}
            />
            <button type="button" class="dl-link-button" onClick={() => onChange(ids.filter((_, j) => j !== i))}>
              {i18n.t('libRemovePartyN', { n: i + 1 })}
            </button>
          </div>
          {creating?.row === i && (
            <NewEntityForm
              n={i + 1}
              initialName={creating.name}
              i18n={i18n}
              onCancel={() => {
                setCreating(undefined);
                focusRow(i);
              }}
              onCreate={async (name, kind) => {
                const result = await onCreateEntity(name, kind);
                if ('issues' in result) return result.issues;
                setAt(i, result.id);
                setCreating(undefined);
                focusRow(i);
                return undefined;
              }}
            />
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          markAdded();
          onChange([...ids, '']);
        }}
      >
        {i18n.t('libAddParty')}
      </button>
    </fieldset>
  );
}
