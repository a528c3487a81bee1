import { formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { factDate } from '@/lib/library/browse';
import { type LibraryIndex, subjectName } from '@/lib/library/library-index';
import { formatRoute } from '@/lib/library/route';
import type { Fact } from '@/lib/schema';
import { ShowMore, usePage } from './ShowMore';

interface Props {
  rows: readonly Fact[];
  index: LibraryIndex;
  /** Ids of facts in a conflict between sources. */
  conflicted: ReadonlySet<string>;
  i18n: I18n;
}

/** The facts a filter leaves: figure, label, subject, exact quote and source. */
export function FactList({ rows, index, conflicted, i18n }: Props) {
  const [shown, , more] = usePage(rows);
  return (
    <>
      <table class="dl-table" data-list="facts">
        <caption class="dl-visually-hidden">{i18n.t('libNav_facts')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('libField_label')}</th>
            <th scope="col">{i18n.t('libField_value')}</th>
            <th scope="col">{i18n.t('libField_subject')}</th>
            <th scope="col">{i18n.t('libField_quote')}</th>
            <th scope="col">{i18n.t('libColSource')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const article = index.articles.get(f.articleId);
            const date = factDate(index, f);
            return (
              <tr key={f.id} data-fact={f.id}>
                <th scope="row">
                  <a href={formatRoute({ section: 'facts', id: f.id })}>{localized(i18n, f.label, f.labelFr)}</a>
                  {conflicted.has(f.id) && (
                    <a class="dl-flag" href={formatRoute({ section: 'conflicts' })}>
                      {i18n.t('libConflictFlag')}
                    </a>
                  )}
                </th>
                <td class="dl-num">{formatFactValue(i18n, f) ?? '—'}</td>
                <td>{subjectName(index, f)}</td>
                <td>
                  <q class="dl-inline-quote">{f.quote}</q>
                </td>
                <td>
                  {article?.publisher ?? i18n.t('unknownPublisher')}
                  {date ? `, ${i18n.date(date)}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore shown={shown.length} total={rows.length} i18n={i18n} onMore={more} />
    </>
  );
}
