import type { I18n, MessageKey } from '@/lib/i18n';
import { BundleError } from '@/lib/library/bundle-error';
import { BUNDLE_TABLES } from '@/lib/library/bundle-schema';
import { type ImportReport, reportTotals } from '@/lib/library/import-bundle';
import { issueText } from './issue-text';

/** What an import did, table by table. */
export function ImportReportView({ report, i18n }: { report: ImportReport; i18n: I18n }) {
  const totals = reportTotals(report);
  return (
    <div class="dl-report" role="status">
      <p>
        <strong>{i18n.t('libImportDone', { ...totals })}</strong>
      </p>
      <table class="dl-table dl-table-compact">
        <caption class="dl-visually-hidden">{i18n.t('libImportReportCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('libRecords')}</th>
            <th scope="col">{i18n.t('libAdded')}</th>
            <th scope="col">{i18n.t('libUpdated')}</th>
            <th scope="col">{i18n.t('libSkipped')}</th>
          </tr>
        </thead>
        <tbody>
          {BUNDLE_TABLES.map((table) => (
            <tr key={table} data-table={table}>
              <th scope="row">{i18n.t(`libTable_${table}` as MessageKey)}</th>
              <td class="dl-num">{report[table].added}</td>
              <td class="dl-num">{report[table].updated}</td>
              <td class="dl-num">{report[table].skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="dl-hint">{i18n.t('libSkippedHint')}</p>
    </div>
  );
}

/** Why a bundle was refused, each problem with where it is in the file; and that nothing changed. */
export function ImportErrorView({ error, i18n }: { error: unknown; i18n: I18n }) {
  if (!(error instanceof BundleError)) {
    return (
      <div class="dl-error-summary" role="alert">
        <p>{i18n.t('libImportFailed', { error: error instanceof Error ? error.message : String(error) })}</p>
        <p>{i18n.t('libStoreUnchanged')}</p>
      </div>
    );
  }
  const more = error.total - error.issues.length;
  return (
    <div class="dl-error-summary" role="alert" data-code={error.code}>
      <p>
        <strong>{i18n.t(`libBundle_${error.code.replaceAll('-', '_')}` as MessageKey, error.params)}</strong>{' '}
        {i18n.t('libStoreUnchanged')}
      </p>
      <ul>
        {error.issues.map((issue) => (
          <li key={`${issue.where}:${issue.message}`}>
            <code>{issue.where}</code>
            {i18n.colon}
            {issueText(i18n, issue)}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{i18n.t('libMoreIssues', { count: more })}</p>}
    </div>
  );
}
