import type { I18n } from '@/lib/i18n';
import { EMPTY_FILTER, type ListFilter } from '@/lib/library/browse';
import type { Option } from './form-fields';

interface Props {
  /** Prefix of the controls' ids: one bar per list. */
  idPrefix: string;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  i18n: I18n;
  kindLabel: string;
  kinds: readonly Option[];
  sorts: readonly Option[];
  countries?: readonly Option[];
  publishers?: readonly string[];
  dates?: boolean;
  /** How many records the filter leaves, announced politely as it changes. */
  count: number;
}

/** Search, filters and sort of one list. Every change applies at once; there is nothing to submit. */
export function FilterBar(props: Props) {
  const { idPrefix: p, filter, onFilter, i18n, kindLabel, kinds, sorts, countries, publishers, dates, count } = props;
  const set = (change: Partial<ListFilter>) => onFilter({ ...filter, ...change });
  const any = { value: '', label: i18n.t('libAny') };
  return (
    <div class="dl-filters-wrap">
      <search class="dl-filters">
        <div class="dl-field dl-field-search">
          <label for={`${p}-q`}>{i18n.t('libSearch')}</label>
          <input
            id={`${p}-q`}
            type="search"
            value={filter.query}
            onInput={(e) => set({ query: e.currentTarget.value })}
          />
        </div>
        <Select
          id={`${p}-kind`}
          label={kindLabel}
          value={filter.kind}
          options={[any, ...kinds]}
          onValue={(kind) => set({ kind })}
        />
        {countries && (
          <Select
            id={`${p}-country`}
            label={i18n.t('libCountry')}
            value={filter.country}
            options={[any, ...countries]}
            onValue={(country) => set({ country })}
          />
        )}
        {publishers && (
          <Select
            id={`${p}-publisher`}
            label={i18n.t('libPublisher')}
            value={filter.publisher}
            options={[any, ...publishers.map((x) => ({ value: x, label: x }))]}
            onValue={(publisher) => set({ publisher })}
          />
        )}
        {dates && (
          <>
            <DateInput
              id={`${p}-from`}
              label={i18n.t('libFrom')}
              value={filter.from}
              i18n={i18n}
              onValue={(from) => set({ from })}
            />
            <DateInput
              id={`${p}-to`}
              label={i18n.t('libTo')}
              value={filter.to}
              i18n={i18n}
              onValue={(to) => set({ to })}
            />
          </>
        )}
        <Select
          id={`${p}-sort`}
          label={i18n.t('libSortBy')}
          value={filter.sort || (sorts[0]?.value ?? '')}
          options={sorts}
          onValue={(sort) => set({ sort, dir: undefined })}
        />
        <button type="button" class="dl-link-button" onClick={() => onFilter(EMPTY_FILTER)}>
          {i18n.t('libClearFilters')}
        </button>
      </search>
      <p class="dl-count" role="status">
        {count === 1 ? i18n.t('libOneResult') : i18n.t('libResults', { count: i18n.number(count) })}
      </p>
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onValue: (value: string) => void;
}

function Select({ id, label, value, options, onValue }: SelectProps) {
  return (
    <div class="dl-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({
  id,
  label,
  value,
  i18n,
  onValue,
}: {
  id: string;
  label: string;
  value: string;
  i18n: I18n;
  onValue: (v: string) => void;
}) {
  return (
    <div class="dl-field dl-field-date">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={i18n.t('libDatePlaceholder')}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value.trim())}
      />
    </div>
  );
}
