import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { ImportReport } from '@/lib/library/import-bundle';
import { Dialog } from './Dialog';
import { ImportErrorView, ImportReportView } from './ImportResult';
import type { TransferActions } from './library-types';

interface Props extends TransferActions {
  i18n: I18n;
}

type Outcome = { report: ImportReport } | { error: unknown } | undefined;

/** Export the store (JSON bundle, deals as CSV), import a bundle with its report, or erase the store. */
export function TransferSection({ i18n, onExportJson, onExportCsv, onImport, onWipe }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(undefined);
    void run(async () => {
      try {
        setOutcome({ report: await onImport(file) });
      } catch (error) {
        setOutcome({ error });
      } finally {
        // The same file can be chosen again after fixing it.
        input.value = '';
      }
    });
  };

  return (
    <>
      <section class="dl-panel" aria-labelledby="dl-export-title">
        <h2 id="dl-export-title">{i18n.t('libExportTitle')}</h2>
        <p>{i18n.t('libExportIntro')}</p>
        <div class="dl-actions">
          <button type="button" class="dl-primary" disabled={busy} onClick={() => run(onExportJson)}>
            {i18n.t('libExportJson')}
          </button>
          <button type="button" disabled={busy} onClick={() => run(onExportCsv)}>
            {i18n.t('libExportCsv')}
          </button>
        </div>
      </section>
      <section class="dl-panel" aria-labelledby="dl-import-title">
        <h2 id="dl-import-title">{i18n.t('libImportTitle')}</h2>
        <p>{i18n.t('libImportIntro')}</p>
        <div class="dl-field">
          <label for="dl-import-file">{i18n.t('libImportChoose')}</label>
          <input
            id="dl-import-file"
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => importFile(e.currentTarget)}
          />
        </div>
        {busy && <p role="status">{i18n.t('libWorking')}</p>}
        {outcome && 'report' in outcome && <ImportReportView report={outcome.report} i18n={i18n} />}
        {outcome && 'error' in outcome && <ImportErrorView error={outcome.error} i18n={i18n} />}
      </section>
      <section class="dl-panel" aria-labelledby="dl-wipe-title">
        <h2 id="dl-wipe-title">{i18n.t('libWipeTitle')}</h2>
        <p>{i18n.t('libWipeIntro')}</p>
        <button type="button" class="dl-danger" disabled={busy} onClick={() => setConfirmWipe(true)}>
          {i18n.t('libWipeButton')}
        </button>
      </section>
      {confirmWipe && (
        <Dialog labelledBy="dl-wipe-confirm-title" onClose={() => setConfirmWipe(false)}>
          <h2 id="dl-wipe-confirm-title">{i18n.t('libWipeConfirmTitle')}</h2>
          <p>{i18n.t('libWipeConfirmText')}</p>
          <div class="dl-actions">
            <button
              type="button"
              class="dl-danger"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await onWipe();
                  setOutcome(undefined);
                  setConfirmWipe(false);
                })
              }
            >
              {i18n.t('libWipeConfirm')}
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: a destructive dialog opens on its safe choice. */}
            <button type="button" autoFocus onClick={() => setConfirmWipe(false)}>
              {i18n.t('libCancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
