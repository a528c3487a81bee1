import { useState } from 'preact/hooks';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { newRecordId } from '@/lib/library/edit-records';
import { formatRoute } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';
import { type Entity, type EntityInput, EntityKindSchema } from '@/lib/schema';
import { AliasFields, blankAlias } from './AliasFields';
import { EditorShell } from './EditorShell';
import { type Option, SelectField, TextField } from './form-fields';
import { ListInput } from './ListInput';
import type { SaveRecord } from './library-types';
import { optional } from './list-text';
import { RelationFields } from './RelationFields';
import { useDraft } from './use-draft';

interface Props {
  /** The entity to edit; none for a new one. */
  entity?: Entity;
  takenIds: ReadonlySet<string>;
  entityOptions: readonly Option[];
  i18n: I18n;
  onSave: SaveRecord;
  onDelete?: () => void;
  onMerge?: () => void;
}

const blank = (): EntityInput => ({
  id: '',
  name: '',
  kind: 'company',
  description: '',
  aliases: [blankAlias()],
  excludes: [],
  relations: [],
  origin: 'user',
});

/** An entity's form: names, kind, descriptions, aliases with their rules, exclusions, relations. */
export function EntityEditor({ entity, takenIds, entityOptions, i18n, onSave, onDelete, onMerge }: Props) {
  const isNew = !entity;
  const [draft, update, latest] = useDraft<EntityInput>(() => (entity ? structuredClone(entity) : blank()));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const set = (change: Partial<EntityInput>) => update((d) => ({ ...d, ...change }));
  const kinds = EntityKindSchema.options.map((k) => ({ value: k, label: entityKindLabel(i18n, k) }));
  const targets = entityOptions.filter((o) => o.value !== draft.id);

  const save = () => {
    const current = latest();
    if (!isNew) return onSave(current, false);
    // A new entity's name is its first alias when the reader gave none: a name is how pages write it.
    const aliases = current.aliases.every((a) => a.text.trim() === '')
      ? [blankAlias(current.name.trim())]
      : current.aliases;
    return onSave({ ...current, aliases, id: newRecordId(current.name, takenIds, 'entity') }, true);
  };

  return (
    <EditorShell
      title={isNew ? i18n.t('libNewEntity') : i18n.t('libEditTitle', { name: entity.name })}
      listHref={formatRoute({ section: 'entities' })}
      i18n={i18n}
      onSave={save}
      issues={issues}
      setIssues={setIssues}
      sharing={{ isPrivate: draft.private === true, onPrivate: (on) => set({ private: on || undefined }) }}
      record={entity}
      actions={
        onMerge && (
          <button type="button" onClick={onMerge}>
            {i18n.t('libMergeButton')}
          </button>
        )
      }
      onDelete={onDelete}
    >
      <div class="dl-grid">
        <TextField
          path="name"
          label={i18n.t('libField_name')}
          value={draft.name}
          onValue={(name) => set({ name })}
          issues={issues}
          required
        />
        <SelectField
          path="kind"
          label={i18n.t('libField_kind')}
          value={draft.kind}
          options={kinds}
          onValue={(kind) => set({ kind: kind as Entity['kind'] })}
          issues={issues}
        />
        <TextField
          path="countryCode"
          label={i18n.t('libField_countryCode')}
          hint={i18n.t('libCountryCodeHint')}
          value={draft.countryCode ?? ''}
          onValue={(v) => set({ countryCode: optional(v.toUpperCase()) })}
          issues={issues}
        />
      </div>
      <TextField
        path="description"
        multiline
        label={i18n.t('libField_description')}
        value={draft.description ?? ''}
        onValue={(description) => set({ description })}
        issues={issues}
      />
      <TextField
        path="descriptionFr"
        multiline
        label={i18n.t('libField_descriptionFr')}
        value={draft.descriptionFr ?? ''}
        onValue={(v) => set({ descriptionFr: optional(v) })}
        issues={issues}
      />
      <AliasFields aliases={draft.aliases} onChange={(aliases) => set({ aliases })} issues={issues} i18n={i18n} />
      <ListInput
        path="excludes"
        lines
        label={i18n.t('libField_excludes')}
        hint={i18n.t('libExcludesHint')}
        value={draft.excludes ?? []}
        onList={(excludes) => set({ excludes })}
        issues={issues}
      />
      <RelationFields
        relations={draft.relations ?? []}
        onChange={(relations) => set({ relations })}
        entityOptions={targets}
        issues={issues}
        i18n={i18n}
      />
    </EditorShell>
  );
}
