import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { LibraryIndex } from '@/lib/library/library-index';
import { formatRoute } from '@/lib/library/route';
import type { Entity } from '@/lib/schema';
import { originLabel } from './record-names';
import { ShowMore, usePage } from './ShowMore';

interface Props {
  rows: readonly Entity[];
  index: LibraryIndex;
  i18n: I18n;
}

/** The entities a filter leaves, one row each, the name linking to its editor. */
export function EntityList({ rows, index, i18n }: Props) {
  const [shown, , more] = usePage(rows);
  const countries = (id: string) =>
    [...(index.countriesOf.get(id) ?? [])].map((c) => index.entities.get(c)?.name ?? c).join(', ');
  return (
    <>
      <table class="dl-table" data-list="entities">
        <caption class="dl-visually-hidden">{i18n.t('libNav_entities')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('libField_name')}</th>
            <th scope="col">{i18n.t('libField_kind')}</th>
            <th scope="col">{i18n.t('libCountry')}</th>
            <th scope="col">{i18n.t('libField_aliases')}</th>
            <th scope="col">{i18n.t('libColDeals')}</th>
            <th scope="col">{i18n.t('libColMentions')}</th>
            <th scope="col">{i18n.t('libColOrigin')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id} data-entity={e.id}>
              <th scope="row">
                <a href={formatRoute({ section: 'entities', id: e.id })}>{e.name}</a>
              </th>
              <td>{entityKindLabel(i18n, e.kind)}</td>
              <td>{countries(e.id)}</td>
              <td class="dl-aliases-cell">{aliasPreview(e)}</td>
              <td class="dl-num">{index.dealCount.get(e.id) ?? 0}</td>
              <td class="dl-num">{index.mentionCount.get(e.id) ?? 0}</td>
              <td>{originLabel(i18n, e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={shown.length} total={rows.length} i18n={i18n} onMore={more} />
    </>
  );
}

/** The first few aliases; countries have dozens. */
function aliasPreview(entity: Entity): string {
  const first = entity.aliases.slice(0, 4).map((a) => a.text);
  const rest = entity.aliases.length - first.length;
  return rest > 0 ? `${first.join(' · ')} +${rest}` : first.join(' · ');
}
