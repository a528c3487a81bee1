import { useEffect, useRef, useState } from 'preact/hooks';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { FieldIssue } from '@/lib/library/validation';
import { type EntityKind, EntityKindSchema } from '@/lib/schema';
import { fieldId, SelectField, TextField } from './form-fields';

interface Props {
  /** The party row it creates an entity for (1-based), for its title and ids. */
  n: number;
  initialName: string;
  /** Creates the entity; resolves with the issues when the store refused it. */
  onCreate: (name: string, kind: EntityKind) => Promise<readonly FieldIssue[] | undefined>;
  onCancel: () => void;
  i18n: I18n;
}

/**
 * Creates an entity without leaving the deal's form: a name (what the reader typed) and a kind. Not a `<form>` (it
 * sits inside the deal's): Enter in the name creates, Escape cancels, and focus goes back to the party box.
 */
export function NewEntityForm({ n, initialName, onCreate, onCancel, i18n }: Props) {
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<EntityKind>('company');
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const prefix = `newEntity${n}`;
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLInputElement>(`#${fieldId(`${prefix}.name`)}`)?.focus();
  }, [prefix]);

  const create = async () => {
    setBusy(true);
    try {
      const refused = await onCreate(name, kind);
      // The entity's own paths ("name", "kind") are this form's fields; the rest is said on the name.
      setIssues(
        (refused ?? []).map((issue) => ({
          ...issue,
          path: issue.path === 'kind' ? `${prefix}.kind` : `${prefix}.name`,
        })),
      );
    } finally {
      setBusy(false);
    }
  };
  const kinds = EntityKindSchema.options.map((k) => ({ value: k, label: entityKindLabel(i18n, k) }));
  return (
    <fieldset
      ref={group}
      class="dl-new-entity"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
          e.preventDefault();
          void create();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <legend class="dl-new-entity-title">{i18n.t('libNewEntityTitle', { n })}</legend>
      <div class="dl-inline-row">
        <TextField
          path={`${prefix}.name`}
          label={i18n.t('libNewEntityName')}
          value={name}
          onValue={setName}
          issues={issues}
          required
        />
        <SelectField
          path={`${prefix}.kind`}
          label={i18n.t('libNewEntityKind')}
          value={kind}
          options={kinds}
          onValue={(k) => setKind(k as EntityKind)}
          issues={issues}
        />
        <div class="dl-actions dl-inline-actions">
          <button type="button" class="dl-primary" disabled={busy} onClick={() => void create()}>
            {i18n.t('libCreateEntity')}
          </button>
          <button type="button" onClick={onCancel}>
            {i18n.t('libCancel')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
