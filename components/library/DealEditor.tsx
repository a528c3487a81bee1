import { useState } from 'preact/hooks';
import { dealKindLabel, formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { newRecordId } from '@/lib/library/edit-records';
import { formatRoute } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';
import { type Deal, DealKindSchema, type Duration, DurationSchema, type Fact } from '@/lib/schema';
import { EditorShell } from './EditorShell';
import { type Option, SelectField, TextField } from './form-fields';
import { IdListField } from './IdListField';
import type { SaveRecord } from './library-types';
import { numberFromText, optional } from './list-text';
import { useDraft } from './use-draft';

interface Props {
  deal?: Deal;
  /** The deal's facts, listed under the form. */
  facts: readonly Fact[];
  conflictedFacts: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  entityOptions: readonly Option[];
  articleOptions: readonly Option[];
  i18n: I18n;
  onSave: SaveRecord;
  onDelete?: () => void;
}

/** What the form edits: the duration's number is text while typed. */
type DealDraft = Omit<Deal, 'duration'> & { durationValue: string; durationUnit: Duration['unit'] };

const toDraft = (deal?: Deal): DealDraft => {
  const base: Deal = deal
    ? structuredClone(deal)
    : { id: '', title: '', parties: ['', ''], kind: 'investment', summary: '', sourceArticles: [''], origin: 'user' };
  const { duration, ...rest } = base;
  return { ...rest, durationValue: duration ? String(duration.value) : '', durationUnit: duration?.unit ?? 'year' };
};

// Rows left on "Choose…" are dropped: the schema then says how many parties or sources are missing.
const fromDraft = ({ durationValue, durationUnit, ...deal }: DealDraft) => ({
  ...deal,
  parties: deal.parties.filter(Boolean),
  sourceArticles: deal.sourceArticles.filter(Boolean),
  duration: durationValue.trim() === '' ? undefined : { value: numberFromText(durationValue), unit: durationUnit },
});

/** A deal's form: title, kind, parties, dates, status, summary and sources; its facts listed below. */
export function DealEditor(props: Props) {
  const { deal, facts, conflictedFacts, takenIds, entityOptions, articleOptions, i18n, onSave, onDelete } = props;
  const isNew = !deal;
  const [draft, update, latest] = useDraft(() => toDraft(deal));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const set = (change: Partial<DealDraft>) => update((d) => ({ ...d, ...change }));
  const kinds = DealKindSchema.options.map((k) => ({ value: k, label: dealKindLabel(i18n, k) }));
  const units = DurationSchema.shape.unit.options.map((u) => ({ value: u, label: i18n.t(`libUnit_${u}s`) }));
  const choose = i18n.t('libChoose');

  const save = () => {
    const current = fromDraft(latest());
    return isNew
      ? onSave({ ...current, id: newRecordId(current.title, takenIds, 'deal') }, true)
      : onSave(current, false);
  };

  return (
    <EditorShell
      title={isNew ? i18n.t('libNewDeal') : i18n.t('libEditTitle', { name: deal.title })}
      listHref={formatRoute({ section: 'deals' })}
      i18n={i18n}
      onSave={save}
      issues={issues}
      setIssues={setIssues}
      record={deal}
      onDelete={onDelete}
    >
      <div class="dl-grid">
        <TextField
          path="title"
          label={i18n.t('libField_title')}
          value={draft.title}
          onValue={(title) => set({ title })}
          issues={issues}
          required
        />
        <SelectField
          path="kind"
          label={i18n.t('libField_kind')}
          value={draft.kind}
          options={kinds}
          onValue={(kind) => set({ kind: kind as Deal['kind'] })}
          issues={issues}
        />
        <TextField
          path="announcedDate"
          label={i18n.t('libField_announcedDate')}
          hint={i18n.t('libDatePlaceholder')}
          value={draft.announcedDate ?? ''}
          onValue={(v) => set({ announcedDate: optional(v.trim()) })}
          issues={issues}
        />
        <TextField
          path="duration.value"
          type="number"
          label={i18n.t('libField_duration')}
          value={draft.durationValue}
          onValue={(durationValue) => set({ durationValue })}
          issues={issues}
        />
        <SelectField
          path="duration.unit"
          label={i18n.t('libField_durationUnit')}
          value={draft.durationUnit}
          options={units}
          onValue={(u) => set({ durationUnit: u as Duration['unit'] })}
          issues={issues}
        />
        <TextField
          path="status"
          label={i18n.t('libField_status')}
          value={draft.status ?? ''}
          onValue={(v) => set({ status: optional(v) })}
          issues={issues}
        />
        <TextField
          path="statusFr"
          label={i18n.t('libField_statusFr')}
          value={draft.statusFr ?? ''}
          onValue={(v) => set({ statusFr: optional(v) })}
          issues={issues}
        />
      </div>
      <TextField
        path="summary"
        multiline
        label={i18n.t('libField_summary')}
        value={draft.summary}
        onValue={(summary) => set({ summary })}
        issues={issues}
        required
      />
      <TextField
        path="summaryFr"
        multiline
        label={i18n.t('libField_summaryFr')}
        value={draft.summaryFr ?? ''}
        onValue={(v) => set({ summaryFr: optional(v) })}
        issues={issues}
      />
      <IdListField
        path="parties"
        legend={i18n.t('libField_parties')}
        itemLabel={(n) => i18n.t('libPartyN', { n })}
        removeLabel={(n) => i18n.t('libRemovePartyN', { n })}
        addLabel={i18n.t('libAddParty')}
        chooseLabel={choose}
        ids={draft.parties}
        options={entityOptions}
        onChange={(parties) => set({ parties })}
        issues={issues}
      />
      <IdListField
        path="sourceArticles"
        legend={i18n.t('libField_sourceArticles')}
        itemLabel={(n) => i18n.t('libSourceN', { n })}
        removeLabel={(n) => i18n.t('libRemoveSourceN', { n })}
        addLabel={i18n.t('libAddSource')}
        chooseLabel={choose}
        ids={draft.sourceArticles}
        options={articleOptions}
        onChange={(sourceArticles) => set({ sourceArticles })}
        issues={issues}
      />
      {facts.length > 0 && (
        <section class="dl-group" aria-labelledby="dl-deal-facts">
          <h3 id="dl-deal-facts">{i18n.t('keyFigures')}</h3>
          <ul class="dl-plain-list">
            {facts.map((f) => (
              <li key={f.id}>
                <a href={formatRoute({ section: 'facts', id: f.id })}>
                  {formatFactValue(i18n, f) ?? '—'} · {localized(i18n, f.label, f.labelFr)}
                </a>
                {conflictedFacts.has(f.id) && (
                  <a class="dl-flag" href={formatRoute({ section: 'conflicts' })}>
                    {i18n.t('libConflictFlag')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </EditorShell>
  );
}
