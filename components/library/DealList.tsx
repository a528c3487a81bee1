import { dealKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { DEAL_COLUMNS, type DealColumn, dealDate, isDealColumn, type SortDirection } from '@/lib/library/deal-rows';
import type { LibraryIndex } from '@/lib/library/library-index';
import { formatRoute } from '@/lib/library/route';
import type { Deal } from '@/lib/schema';
import { formatHeadline } from './deal-cells';
import { originLabel } from './record-names';
import { ShowMore, usePage } from './ShowMore';
import { SortHeader } from './SortHeader';

interface Props {
  rows: readonly Deal[];
  index: LibraryIndex;
  /** `deal:<id>` keys of deals whose figures disagree between sources. */
  conflicted: ReadonlySet<string>;
  /** The list's sort: a column and maybe a direction (else the column's own). */
  sort: string;
  dir?: SortDirection;
  onSort: (column: DealColumn, dir: SortDirection) => void;
  i18n: I18n;
}

const COLUMN_LABELS: Record<DealColumn, Parameters<I18n['t']>[0]> = {
  title: 'libField_title',
  kind: 'libField_kind',
  parties: 'libField_parties',
  amount: 'libColAmount',
  date: 'libColDate',
  sources: 'libColSources',
  facts: 'libColFacts',
};
const NUMERIC = new Set<DealColumn>(['amount', 'sources', 'facts']);

/**
 * The deals a filter leaves, with their amount, date (an undated deal's is the day its first source was saved,
 * marked so) and sources; every column header sorts the list. A deal whose sources disagree on a figure is flagged.
 */
export function DealList({ rows, index, conflicted, sort, dir, onSort, i18n }: Props) {
  const [shown, , more] = usePage(rows);
  const column: DealColumn = isDealColumn(sort) ? sort : 'date';
  const direction = dir ?? DEAL_COLUMNS[column];
  const header = (key: DealColumn) => (
    <SortHeader
      key={key}
      label={i18n.t(COLUMN_LABELS[key])}
      sorted={key === column ? direction : undefined}
      numeric={NUMERIC.has(key)}
      onSort={() => onSort(key, key === column ? (direction === 'asc' ? 'desc' : 'asc') : DEAL_COLUMNS[key])}
      i18n={i18n}
    />
  );
  return (
    <>
      <div class="dl-table-scroll">
        <table class="dl-table" data-list="deals">
          <caption class="dl-visually-hidden">{i18n.t('libNav_deals')}</caption>
          <thead>
            <tr>
              {(['title', 'kind', 'parties', 'amount', 'date', 'sources', 'facts'] as const).map(header)}
              <th scope="col">{i18n.t('libColOrigin')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => {
              const when = dealDate(index, d);
              return (
                <tr key={d.id} data-deal={d.id}>
                  <th scope="row">
                    <a href={formatRoute({ section: 'deals', id: d.id })}>{d.title}</a>
                    {conflicted.has(`deal:${d.id}`) && (
                      <a class="dl-flag" href={formatRoute({ section: 'conflicts' })}>
                        {i18n.t('libConflictFlag')}
                      </a>
                    )}
                  </th>
                  <td>{dealKindLabel(i18n, d.kind)}</td>
                  <td>{d.parties.map((p) => index.entities.get(p)?.name ?? p).join(' · ')}</td>
                  <td class="dl-num" data-cell="amount">
                    {d.headline ? formatHeadline(i18n, d.headline) : '—'}
                  </td>
                  <td data-cell="date">
                    {!when.date ? (
                      '—'
                    ) : when.saved ? (
                      <span class="dl-muted" title={i18n.t('libSavedOnHint')}>
                        {i18n.t('libSavedOn', { date: i18n.date(when.date) })}
                      </span>
                    ) : (
                      i18n.date(when.date)
                    )}
                  </td>
                  <td class="dl-num" data-cell="sources">
                    {i18n.number(d.sourceArticles.length)}
                  </td>
                  <td class="dl-num">{index.dealFactCount.get(d.id) ?? 0}</td>
                  <td>{originLabel(i18n, d)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore shown={shown.length} total={rows.length} i18n={i18n} onMore={more} />
    </>
  );
}
