import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { newRecordId } from '@/lib/library/edit-records';
import { formatRoute } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';
import { type Fact, MeasureUnitSchema } from '@/lib/schema';
import { EditorShell } from './EditorShell';
import { CheckField, type Option, SelectField, TextField } from './form-fields';
import type { SaveRecord } from './library-types';
import { numberFromText, optional } from './list-text';
import { useDraft } from './use-draft';

interface Props {
  fact?: Fact;
  takenIds: ReadonlySet<string>;
  entityOptions: readonly Option[];
  dealOptions: readonly Option[];
  articleOptions: readonly Option[];
  i18n: I18n;
  onSave: SaveRecord;
  onDelete?: () => void;
}

/** The number is text while typed; the schema names it if it is not one. */
type FactDraft = Omit<Fact, 'value'> & { valueText: string };

const toDraft = (fact?: Fact): FactDraft => {
  const base: Fact = fact
    ? structuredClone(fact)
    : { id: '', subject: { type: 'deal', id: '' }, label: '', quote: '', articleId: '', origin: 'user' };
  const { value, ...rest } = base;
  return { ...rest, valueText: value === undefined ? '' : String(value) };
};

/**
 * Measures, then every currency the platform knows by its ISO code and name ("BRL — Brazilian Real"), and the
 * fact's own unit if the platform does not know it (a store imported from a newer browser).
 */
function unitOptions(i18n: I18n, current: string | undefined): Option[] {
  const names = new Intl.DisplayNames([i18n.locale], { type: 'currency', fallback: 'code' });
  const currencies = Intl.supportedValuesOf('currency');
  const extra = current && !MeasureUnitSchema.safeParse(current).success && !currencies.includes(current);
  return [
    { value: '', label: i18n.t('libNoUnit') },
    ...MeasureUnitSchema.options.map((u) => ({ value: u, label: u })),
    ...(extra ? [current] : [])
      .concat(currencies)
      .map((code) => ({ value: code, label: `${code} — ${names.of(code)}` })),
  ];
}

/** A fact's form: what it is about, its label, figure or date, the exact quote and its article. */
export function FactEditor(props: Props) {
  const { fact, takenIds, entityOptions, dealOptions, articleOptions, i18n, onSave, onDelete } = props;
  const isNew = !fact;
  const [draft, update, latest] = useDraft(() => toDraft(fact));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const set = (change: Partial<FactDraft>) => update((d) => ({ ...d, ...change }));
  const choose = { value: '', label: i18n.t('libChoose') };
  const subjectTypes = [
    { value: 'deal', label: i18n.t('libSubject_deal') },
    { value: 'entity', label: i18n.t('libSubject_entity') },
  ];
  const units = unitOptions(i18n, fact?.unit);

  const save = () => {
    const { valueText, ...rest } = latest();
    const record = { ...rest, value: numberFromText(valueText) };
    return isNew ? onSave({ ...record, id: newRecordId(record.label, takenIds, 'fact') }, true) : onSave(record, false);
  };

  return (
    <EditorShell
      title={isNew ? i18n.t('libNewFact') : i18n.t('libEditTitle', { name: fact.label })}
      listHref={formatRoute({ section: 'facts' })}
      i18n={i18n}
      onSave={save}
      issues={issues}
      setIssues={setIssues}
      sharing={{ isPrivate: draft.private === true, onPrivate: (on) => set({ private: on || undefined }) }}
      record={fact}
      onDelete={onDelete}
    >
      <div class="dl-grid">
        <SelectField
          path="subject.type"
          label={i18n.t('libField_subjectType')}
          value={draft.subject.type}
          options={subjectTypes}
          onValue={(type) => set({ subject: { type: type as Fact['subject']['type'], id: '' } })}
          issues={issues}
        />
        <SelectField
          path="subject.id"
          label={i18n.t('libField_subject')}
          value={draft.subject.id}
          options={[choose, ...(draft.subject.type === 'deal' ? dealOptions : entityOptions)]}
          onValue={(id) => set({ subject: { ...draft.subject, id } })}
          issues={issues}
        />
        <TextField
          path="label"
          label={i18n.t('libField_label')}
          value={draft.label}
          onValue={(label) => set({ label })}
          issues={issues}
          required
        />
        <TextField
          path="labelFr"
          label={i18n.t('libField_labelFr')}
          value={draft.labelFr ?? ''}
          onValue={(v) => set({ labelFr: optional(v) })}
          issues={issues}
        />
        <TextField
          path="value"
          type="number"
          label={i18n.t('libField_value')}
          value={draft.valueText}
          onValue={(valueText) => set({ valueText })}
          issues={issues}
        />
        <SelectField
          path="unit"
          label={i18n.t('libField_unit')}
          value={draft.unit ?? ''}
          options={units}
          onValue={(u) => set({ unit: (optional(u) as Fact['unit']) ?? undefined })}
          issues={issues}
        />
        <TextField
          path="date"
          label={i18n.t('libField_date')}
          hint={i18n.t('libDatePlaceholder')}
          value={draft.date ?? ''}
          onValue={(v) => set({ date: optional(v.trim()) })}
          issues={issues}
        />
        <SelectField
          path="articleId"
          label={i18n.t('libField_articleId')}
          value={draft.articleId}
          options={[choose, ...articleOptions]}
          onValue={(articleId) => set({ articleId })}
          issues={issues}
        />
      </div>
      <TextField
        path="quote"
        multiline
        label={i18n.t('libField_quote')}
        hint={i18n.t('libQuoteHint')}
        value={draft.quote}
        onValue={(quote) => set({ quote })}
        issues={issues}
        required
      />
      <TextField
        path="note"
        multiline
        label={i18n.t('libField_note')}
        value={draft.note ?? ''}
        onValue={(v) => set({ note: optional(v) })}
        issues={issues}
      />
      <CheckField
        id="dl-field-noteShared"
        label={i18n.t('libShareNote')}
        checked={draft.noteShared === true}
        onChecked={(on) => set({ noteShared: on || undefined })}
      />
    </EditorShell>
  );
}
