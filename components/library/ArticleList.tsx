import type { I18n, MessageKey } from '@/lib/i18n';
import { formatRoute } from '@/lib/library/route';
import type { Article } from '@/lib/schema';
import { originLabel } from './record-names';
import { ShowMore, usePage } from './ShowMore';

interface Props {
  rows: readonly Article[];
  i18n: I18n;
}

/** The saved articles a filter leaves: title, publisher, dates, language. */
export function ArticleList({ rows, i18n }: Props) {
  const [shown, , more] = usePage(rows);
  const saved = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  return (
    <>
      <table class="dl-table" data-list="articles">
        <caption class="dl-visually-hidden">{i18n.t('libNav_articles')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('libField_title')}</th>
            <th scope="col">{i18n.t('libField_publisher')}</th>
            <th scope="col">{i18n.t('libField_publishedDate')}</th>
            <th scope="col">{i18n.t('libColSaved')}</th>
            <th scope="col">{i18n.t('libField_language')}</th>
            <th scope="col">{i18n.t('libColOrigin')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id} data-article={a.id}>
              <th scope="row">
                <a href={formatRoute({ section: 'articles', id: a.id })}>{a.title}</a>
              </th>
              <td>{a.publisher ?? i18n.t('unknownPublisher')}</td>
              <td>{a.publishedDate ? i18n.date(a.publishedDate) : '—'}</td>
              <td>{saved.format(a.savedAt)}</td>
              <td>{i18n.t(`libLang_${a.language}` as MessageKey)}</td>
              <td>{originLabel(i18n, a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={shown.length} total={rows.length} i18n={i18n} onMore={more} />
    </>
  );
}
