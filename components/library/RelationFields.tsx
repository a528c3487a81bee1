import type { I18n, MessageKey } from '@/lib/i18n';
import type { FieldIssue } from '@/lib/library/validation';
import { type Relation, RelationKindSchema } from '@/lib/schema';
import { fieldId, type Option, SelectField, TextField } from './form-fields';
import { optional } from './list-text';
import { useFocusAdded } from './use-focus-added';

interface Props {
  relations: readonly Relation[];
  onChange: (relations: Relation[]) => void;
  /** Every entity, by name, for the relation's target. */
  entityOptions: readonly Option[];
  issues: readonly FieldIssue[];
  i18n: I18n;
}

const relationKindId = (i: number) => fieldId(`relations.${i}.kind`);

/** Links from this entity to others: roles, parent companies, the country a government governs… */
export function RelationFields({ relations, onChange, entityOptions, issues, i18n }: Props) {
  const markAdded = useFocusAdded(relations.length, relationKindId);
  const set = (i: number, change: Partial<Relation>) =>
    onChange(relations.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const kinds = RelationKindSchema.options.map((k) => ({
    value: k,
    label: i18n.t(`relation_${k.replaceAll('-', '_')}` as MessageKey),
  }));
  const none = { value: '', label: i18n.t('libChoose') };
  return (
    <fieldset class="dl-group" data-group="relations">
      <legend>{i18n.t('libField_relations')}</legend>
      {relations.map((relation, i) => {
        const p = `relations.${i}`;
        const n = i + 1;
        return (
          // Keyed by index: relations have no id; every input is controlled by its index.
          <fieldset key={i} class="dl-row">
            <legend>{i18n.t('libRelationN', { n })}</legend>
            <SelectField
              path={`${p}.kind`}
              label={i18n.t('libField_kind')}
              value={relation.kind}
              options={kinds}
              onValue={(kind) => set(i, { kind: kind as Relation['kind'] })}
              issues={issues}
            />
            <SelectField
              path={`${p}.target`}
              label={i18n.t('libField_target')}
              value={relation.target}
              options={[none, ...entityOptions]}
              onValue={(target) => set(i, { target })}
              issues={issues}
            />
            <TextField
              path={`${p}.role`}
              label={i18n.t('libField_role')}
              value={relation.role ?? ''}
              onValue={(role) => set(i, { role: optional(role) })}
              issues={issues}
            />
            <TextField
              path={`${p}.roleFr`}
              label={i18n.t('libField_roleFr')}
              value={relation.roleFr ?? ''}
              onValue={(roleFr) => set(i, { roleFr: optional(roleFr) })}
              issues={issues}
            />
            <button type="button" class="dl-link-button" onClick={() => onChange(relations.filter((_, j) => j !== i))}>
              {i18n.t('libRemoveRelation', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          markAdded();
          onChange([...relations, { kind: 'affiliated-with', target: '' }]);
        }}
      >
        {i18n.t('libAddRelation')}
      </button>
    </fieldset>
  );
}
