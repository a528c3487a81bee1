import type { JSX } from 'preact';
import { dealKindLabel, entityKindLabel } from '@/components/deal/format-deal';
import type { I18n, MessageKey } from '@/lib/i18n';
import {
  ARTICLE_SORTS,
  browseArticles,
  browseDeals,
  browseEntities,
  browseFacts,
  DEAL_SORTS,
  ENTITY_SORTS,
  FACT_SORTS,
  type ListFilter,
  showsUntouchedCountries,
} from '@/lib/library/browse';
import type { LibraryIndex } from '@/lib/library/library-index';
import { formatRoute, type RecordSection } from '@/lib/library/route';
import { DealKindSchema, EntityKindSchema, LanguageSchema } from '@/lib/schema';
import { ArticleList } from './ArticleList';
import { DealList } from './DealList';
import { EntityList } from './EntityList';
import { FactList } from './FactList';
import { FilterBar } from './FilterBar';

interface Props {
  section: RecordSection;
  index: LibraryIndex;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  conflictedFacts: ReadonlySet<string>;
  conflictedSubjects: ReadonlySet<string>;
  i18n: I18n;
}

const NEW_LABEL: Partial<Record<RecordSection, MessageKey>> = {
  entities: 'libNewEntity',
  deals: 'libNewDeal',
  facts: 'libNewFact',
};

/** One record list: its heading, a "new" link, the filters that apply to it, and the rows they leave. */
export function BrowsePanel({ section, index, filter, onFilter, conflictedFacts, conflictedSubjects, i18n }: Props) {
  const sorts = (keys: readonly string[]) =>
    keys.map((k) => ({ value: k, label: i18n.t(`libSort_${k}` as MessageKey) }));
  const countries = index.countries.map((c) => ({ value: c.id, label: c.name }));
  const bar = { idPrefix: `dl-${section}`, filter, onFilter, i18n, countries };
  const newLabel = NEW_LABEL[section];
  let body: JSX.Element;
  if (section === 'entities') {
    const rows = browseEntities(index, filter);
    body = (
      <>
        <FilterBar
          {...bar}
          kindLabel={i18n.t('libField_kind')}
          kinds={EntityKindSchema.options.map((k) => ({ value: k, label: entityKindLabel(i18n, k) }))}
          sorts={sorts(ENTITY_SORTS)}
          publishers={index.publishers}
          count={rows.length}
        />
        {!showsUntouchedCountries(filter) && index.untouchedCountries.size > 0 && (
          <p class="dl-list-note" data-untouched-countries={index.untouchedCountries.size}>
            {i18n.t('libUntouchedCountries', { count: String(index.untouchedCountries.size) })}{' '}
            <button type="button" class="dl-link-button" onClick={() => onFilter({ ...filter, kind: 'country' })}>
              {i18n.t('libShowCountries')}
            </button>
          </p>
        )}
        <EntityList rows={rows} index={index} i18n={i18n} />
      </>
    );
  } else if (section === 'deals') {
    const rows = browseDeals(index, filter);
    body = (
      <>
        <FilterBar
          {...bar}
          kindLabel={i18n.t('libField_kind')}
          kinds={DealKindSchema.options.map((k) => ({ value: k, label: dealKindLabel(i18n, k) }))}
          sorts={sorts(DEAL_SORTS)}
          publishers={index.publishers}
          dates
          count={rows.length}
        />
        <DealList
          rows={rows}
          index={index}
          conflicted={conflictedSubjects}
          sort={filter.sort}
          dir={filter.dir}
          onSort={(sort, dir) => onFilter({ ...filter, sort, dir })}
          i18n={i18n}
        />
      </>
    );
  } else if (section === 'facts') {
    const rows = browseFacts(index, filter);
    const subjects = [
      { value: 'deal', label: i18n.t('libSubject_deal') },
      { value: 'entity', label: i18n.t('libSubject_entity') },
    ];
    body = (
      <>
        <FilterBar
          {...bar}
          kindLabel={i18n.t('libField_subjectType')}
          kinds={subjects}
          sorts={sorts(FACT_SORTS)}
          publishers={index.publishers}
          dates
          count={rows.length}
        />
        <FactList rows={rows} index={index} conflicted={conflictedFacts} i18n={i18n} />
      </>
    );
  } else {
    const rows = browseArticles(index, filter);
    const langs = LanguageSchema.options.map((l) => ({ value: l, label: i18n.t(`libLang_${l}` as MessageKey) }));
    body = (
      <>
        <FilterBar
          {...bar}
          kindLabel={i18n.t('libField_language')}
          kinds={langs}
          sorts={sorts(ARTICLE_SORTS)}
          publishers={index.publishers}
          dates
          count={rows.length}
        />
        <ArticleList rows={rows} i18n={i18n} />
      </>
    );
  }
  return (
    <section class="dl-section" aria-labelledby="dl-section-title">
      <div class="dl-section-head">
        <h2 id="dl-section-title" tabIndex={-1}>
          {i18n.t(`libNav_${section}` as MessageKey)}
        </h2>
        {newLabel && (
          <a class="dl-button dl-primary" href={formatRoute({ section, create: true })}>
            {i18n.t(newLabel)}
          </a>
        )}
      </div>
      {body}
    </section>
  );
}
