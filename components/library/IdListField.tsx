import { useCallback } from 'preact/hooks';
import type { FieldIssue } from '@/lib/library/validation';
import { fieldId, issueAt, type Option, SelectField } from './form-fields';
import { useFocusAdded } from './use-focus-added';

interface Props {
  path: string;
  legend: string;
  /** "Party {n}": the label of each row. */
  itemLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  chooseLabel: string;
  ids: readonly string[];
  options: readonly Option[];
  onChange: (ids: string[]) => void;
  issues: readonly FieldIssue[];
}

/** A list of references (a deal's parties, its source articles), each chosen from the store's records. */
export function IdListField(props: Props) {
  const { path, legend, itemLabel, removeLabel, addLabel, chooseLabel, ids, options, onChange, issues } = props;
  const error = issueAt(issues, path);
  const markAdded = useFocusAdded(
    ids.length,
    useCallback((i: number) => fieldId(`${path}.${i}`), [path]),
  );
  return (
    <fieldset class={`dl-group${error ? ' dl-field-invalid' : ''}`} data-group={path}>
      <legend>{legend}</legend>
      {error && <p class="dl-field-error">{error}</p>}
      {ids.map((id, i) => (
        // Keyed by index: the same id may appear twice while the reader edits.
        <div key={i} class="dl-inline-row">
          <SelectField
            path={`${path}.${i}`}
            label={itemLabel(i + 1)}
            value={id}
            options={[{ value: '', label: chooseLabel }, ...options]}
            onValue={(value) => onChange(ids.map((x, j) => (j === i ? value : x)))}
            issues={issues}
          />
          <button type="button" class="dl-link-button" onClick={() => onChange(ids.filter((_, j) => j !== i))}>
            {removeLabel(i + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          markAdded();
          onChange([...ids, '']);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
