import { dealKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { LibraryIndex } from '@/lib/library/library-index';
import { formatRoute } from '@/lib/library/route';
import type { Deal } from '@/lib/schema';
import { originLabel } from './record-names';
import { ShowMore, usePage } from './ShowMore';

interface Props {
  rows: readonly Deal[];
  index: LibraryIndex;
  /** `deal:<id>` keys of deals whose figures disagree between sources. */
  conflicted: ReadonlySet<string>;
  i18n: I18n;
}

/** The deals a filter leaves; a deal whose sources disagree on a figure is flagged. */
export function DealList({ rows, index, conflicted, i18n }: Props) {
  const [shown, , more] = usePage(rows);
  return (
    <>
      <table class="dl-table" data-list="deals">
        <caption class="dl-visually-hidden">{i18n.t('libNav_deals')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('libField_title')}</th>
            <th scope="col">{i18n.t('libField_kind')}</th>
            <th scope="col">{i18n.t('libField_parties')}</th>
            <th scope="col">{i18n.t('libField_announcedDate')}</th>
            <th scope="col">{i18n.t('libColFacts')}</th>
            <th scope="col">{i18n.t('libColOrigin')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
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
              <td>{d.announcedDate ? i18n.date(d.announcedDate) : '—'}</td>
              <td class="dl-num">{index.dealFactCount.get(d.id) ?? 0}</td>
              <td>{originLabel(i18n, d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={shown.length} total={rows.length} i18n={i18n} onMore={more} />
    </>
  );
}
