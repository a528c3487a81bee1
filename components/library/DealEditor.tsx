import { useState } from 'preact/hooks';
import { dealKindLabel, formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { newRecordId } from '@/lib/library/edit-records';
import type { PartyOption } from '@/lib/library/party-search';
import { formatRoute } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';
import { type Deal, DealKindSchema, type Duration, DurationSchema, type EntityKind, type Fact } from '@/lib/schema';
import { EditorShell } from './EditorShell';
import { type Option, SelectField, TextField } from './form-fields';
import { HeadlineFields } from './HeadlineFields';
import { IdListField } from './IdListField';
import type { SaveRecord } from './library-types';
import { numberFromText, optional } from './list-text';
import { PartiesField } from './PartiesField';
import { useDraft } from './use-draft';

interface Props {
  deal?: Deal;
  /** The deal's facts, listed under the form. */
  facts: readonly Fact[];
  conflictedFacts: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  /** Every entity, searchable by name and alias, for the party pickers. */
  partyOptions: readonly PartyOption[];
  articleOptions: readonly Option[];
  /** Creates an entity from the party picker; resolves with its id, or with the issues when refused. */
  onCreateEntity: (name: string, kind: EntityKind) => Promise<{ id: string } | { issues: readonly FieldIssue[] }>;
  i18n: I18n;
  onSave: SaveRecord;
  onDelete?: () => void;
}

/** What the form edits: the duration's and the headline's numbers are text while typed. */
type DealDraft = Omit<Deal, 'duration' | 'headline'> & {
  durationValue: string;
  durationUnit: Duration['unit'];
  headlineValue: string;
  headlineUnit: string;
  /** The stored headline, to keep the fact it came from while its amount is unchanged. */
  stored?: Deal['headline'];
};

const toDraft = (deal?: Deal): DealDraft => {
  const base: Deal = deal
    ? structuredClone(deal)
    : { id: '', title: '', parties: ['', ''], kind: 'investment', summary: '', sourceArticles: [''], origin: 'user' };
  const { duration, headline, ...rest } = base;
  return {
    ...rest,
    durationValue: duration ? String(duration.value) : '',
    durationUnit: duration?.unit ?? 'year',
    headlineValue: headline ? String(headline.value) : '',
    headlineUnit: headline?.unit ?? 'USD',
    stored: headline,
  };
};

/** The headline as the reader left it: none when emptied; its fact kept only while value and unit are the same. */
function headlineOf(value: string, unit: string, stored: Deal['headline']) {
  if (value.trim() === '') return undefined;
  const number = numberFromText(value);
  const same = stored && stored.value === number && stored.unit === unit;
  return { value: number, unit, ...(same && stored.factId ? { factId: stored.factId } : {}) };
}

// Rows left empty are dropped: the schema then says how many parties or sources are missing.
const fromDraft = ({ durationValue, durationUnit, headlineValue, headlineUnit, stored, ...deal }: DealDraft) => ({
  ...deal,
  parties: deal.parties.filter(Boolean),
  sourceArticles: deal.sourceArticles.filter(Boolean),
  duration: durationValue.trim() === '' ? undefined : { value: numberFromText(durationValue), unit: durationUnit },
  headline: headlineOf(headlineValue, headlineUnit, stored),
});

/**
 * A deal's form: title, kind, parties (searchable, with inline creation), headline amount, dates, status, summary
 * and sources; its facts listed below.
 */
export function DealEditor(props: Props) {
  const {
    deal,
    facts,
    conflictedFacts,
    takenIds,
    partyOptions,
    articleOptions,
    onCreateEntity,
    i18n,
    onSave,
    onDelete,
  } = props;
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
      sharing={{ isPrivate: draft.private === true, onPrivate: (on) => set({ private: on || undefined }) }}
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
      <PartiesField
        ids={draft.parties}
        options={partyOptions}
        onChange={(parties) => set({ parties })}
        onCreateEntity={onCreateEntity}
        issues={issues}
        i18n={i18n}
      />
      <HeadlineFields
        value={draft.headlineValue}
        unit={draft.headlineUnit}
        onChange={({ value, unit }) =>
          set({ ...(value !== undefined ? { headlineValue: value } : {}), ...(unit ? { headlineUnit: unit } : {}) })
        }
        issues={issues}
        i18n={i18n}
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
