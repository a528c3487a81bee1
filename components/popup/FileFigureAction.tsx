import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { PageFigureFiledReply, PageFigureView } from '@/lib/schema';

/** Files a figure of the page: under its subject, and as the newer value of `supersedes` when given. */
export type FileFigure = (figure: PageFigureView, supersedes?: string) => Promise<PageFigureFiledReply>;

type FilingState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; newer: boolean }
  | { kind: 'failed'; message: string };

/**
 * A row's one click (issue 23): "Add to <deal>" for a new figure, "Mark as newer" for a differing one. The page
 * is saved first when it is not (the background's save road), so the figure always has its source. The button
 * says it is busy, then the row says what was done or why not; a real button, so Enter and Space work.
 */
export function FileFigureAction({
  figure,
  storedValue,
  i18n,
  onFile,
}: {
  figure: PageFigureView;
  storedValue?: string;
  i18n: I18n;
  onFile: FileFigure;
}) {
  const [state, setState] = useState<FilingState>({ kind: 'idle' });
  // A differing figure replaces the stored one when that is a filed fact; against the deal's headline or an
  // unfiled figure of a saved source there is nothing to replace, and it is added like a new one.
  const supersedes = figure.status === 'differs' && figure.storedFiled !== false ? figure.stored?.fact.id : undefined;
  if (!figure.key || figure.status === 'known') return null;
  const subject = figure.subject.name;
  const stored = storedValue ?? '';

  const file = async () => {
    setState({ kind: 'busy' });
    try {
      const reply = await onFile(figure, supersedes);
      if (reply.ok) setState({ kind: 'done', newer: reply.superseded !== undefined });
      else setState({ kind: 'failed', message: failureMessage(i18n, reply.reason, subject) });
    } catch (e) {
      setState({
        kind: 'failed',
        message: i18n.t('fileFigureError', { error: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  if (state.kind === 'done') {
    return (
      <p class="dl-pf-filed" data-filed={state.newer ? 'newer' : 'added'}>
        {state.newer ? i18n.t('fileFigureNewer', { stored }) : i18n.t('fileFigureAdded', { subject })}
      </p>
    );
  }
  const busy = state.kind === 'busy';
  return (
    <div class="dl-pf-actions">
      <button
        type="button"
        class="dl-button dl-pf-file"
        data-file-figure={supersedes ? 'newer' : 'add'}
        aria-label={
          supersedes
            ? i18n.t('markFigureNewerLabel', { figure: figure.text, stored })
            : i18n.t('addFigureToLabel', { figure: figure.text, subject })
        }
        aria-busy={busy}
        disabled={busy}
        onClick={() => void file()}
      >
        {busy ? i18n.t('fileFigureBusy') : supersedes ? i18n.t('markFigureNewer') : i18n.t('addFigureTo', { subject })}
      </button>
      {state.kind === 'failed' && (
        <p class="dl-pf-file-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

/** The reader's words for why a figure was not filed: the save's reasons, or the figure's own. */
function failureMessage(i18n: I18n, reason: string, subject: string): string {
  const code = reason.replaceAll('-', '_');
  if (reason === 'figure-gone' || reason === 'not-newer') {
    return i18n.t(`fileFigureFailed_${code}` as MessageKey, { subject });
  }
  return i18n.t(`saveFailed_${code}` as MessageKey);
}
