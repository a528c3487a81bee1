import { ExternalLink } from '@/components/common/ExternalLink';
import { formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import type { PageFiguresReply, PageFigureView, SourceRef } from '@/lib/schema';
import { type FileFigure, FileFigureAction } from './FileFigureAction';

/** Where the section stands: reading the page, its answer, or an error on the way. */
export type PageFiguresState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; reply: PageFiguresReply };

/**
 * The figures of "On this page" (issue 23): each figure the page states about a deal or a name of the store,
 * marked known, new or differing — differing first, then new, then known (the order the background gives).
 * A differing figure shows both values, both sentences and the stored one's source side by side; a known one
 * the stored value and its source. The status is a word, not only a colour.
 */
interface Props {
  state: PageFiguresState;
  i18n: I18n;
  /** Scrolls the page to a figure and selects it. */
  onShow?: (figure: PageFigureView) => void;
  /** Files a figure with one click: "Add to <deal>" (new) or "Mark as newer" (differs). */
  onFile?: FileFigure;
}

export function PageFigures(props: Props) {
  // One polite live region, not a role=status per state: the popup's save line stays the one status to read.
  return (
    <div aria-live="polite" aria-busy={props.state.kind === 'loading'}>
      <PageFiguresBody {...props} />
    </div>
  );
}

function PageFiguresBody({ state, i18n, onShow, onFile }: Props) {
  if (state.kind === 'loading') {
    return (
      <p class="dl-status-message" data-page-figures="loading">
        {i18n.t('pageFiguresLoading')}
      </p>
    );
  }
  if (state.kind === 'error') {
    return (
      <p class="dl-status-message dl-pf-error" data-page-figures="error">
        {i18n.t('pageFiguresError', { error: state.message })}
      </p>
    );
  }
  const { reply } = state;
  if (!reply.ok) {
    return (
      <p class="dl-status-message" data-page-figures="failed">
        {i18n.t(`pageFiguresFailed_${reply.reason.replaceAll('-', '_')}` as MessageKey)}
      </p>
    );
  }
  if (reply.figures.length === 0) {
    return (
      <p class="dl-status-message" data-page-figures="none">
        {i18n.t('pageFiguresNone')}
      </p>
    );
  }
  const count = (status: PageFigureView['status']) => reply.figures.filter((f) => f.status === status).length;
  return (
    <div data-page-figures="ready">
      <p class="dl-pf-summary">
        {i18n.t('pageFiguresSummary', { differs: count('differs'), new: count('new'), known: count('known') })}
      </p>
      <ul class="dl-page-figures">
        {reply.figures.map((figure, i) => (
          <PageFigureRow key={`${i}-${figure.text}`} figure={figure} i18n={i18n} onShow={onShow} onFile={onFile} />
        ))}
      </ul>
    </div>
  );
}

function PageFigureRow({
  figure,
  i18n,
  onShow,
  onFile,
}: {
  figure: PageFigureView;
  i18n: I18n;
  onShow?: (figure: PageFigureView) => void;
  onFile?: FileFigure;
}) {
  const { status, stored } = figure;
  const storedValue = stored ? formatFactValue(i18n, stored.fact) : undefined;
  return (
    <li class={`dl-page-figure dl-pf-${status}`} data-page-figure="" data-status={status}>
      <div class="dl-pf-head">
        <span class="dl-pf-status">{i18n.t(`figureStatus_${status}`)}</span>{' '}
        <strong class="dl-pf-text">{figure.text}</strong>{' '}
        <span class="dl-pf-label">{localized(i18n, figure.label, figure.labelFr)}</span>
      </div>
      <div class="dl-pf-subject">
        {figure.subject.name}
        {onShow && (
          <>
            {' · '}
            <button
              type="button"
              class="dl-link-button dl-pf-show"
              aria-label={i18n.t('showFigureOnPage', { figure: figure.text })}
              onClick={() => onShow(figure)}
            >
              {i18n.t('showOnThePage')}
            </button>
          </>
        )}
      </div>
      {status === 'differs' && stored ? (
        <div class="dl-pf-compare">
          <div class="dl-pf-side">
            <div class="dl-pf-side-title">{i18n.t('figureOnPage')}</div>
            <strong class="dl-pf-value">{figure.text}</strong>
            <blockquote class="dl-quote">« {figure.quote} »</blockquote>
          </div>
          <div class="dl-pf-side">
            <div class="dl-pf-side-title">{i18n.t('figureInStore')}</div>
            <strong class="dl-pf-value dl-pf-stored-value">{storedValue}</strong>
            <blockquote class="dl-quote" lang={langOf(stored.source)}>
              « {stored.fact.quote} »
            </blockquote>
            <Source source={stored.source} i18n={i18n} />
          </div>
        </div>
      ) : stored ? (
        <div class="dl-pf-known">
          <span class="dl-pf-stored-value">{i18n.t('figureStoredFrom', { value: storedValue ?? figure.text })}</span>
          {' — '}
          <Source source={stored.source} i18n={i18n} />
          <details class="dl-pf-quote">
            <summary>{i18n.t('source')}</summary>
            <blockquote class="dl-quote" lang={langOf(stored.source)}>
              « {stored.fact.quote} »
            </blockquote>
          </details>
        </div>
      ) : null}
      {onFile && <FileFigureAction figure={figure} storedValue={storedValue} i18n={i18n} onFile={onFile} />}
    </li>
  );
}

function langOf(source: SourceRef | undefined): string | undefined {
  return source?.language === 'und' ? undefined : source?.language;
}

function Source({ source, i18n }: { source: SourceRef | undefined; i18n: I18n }) {
  const publisher = source?.publisher ?? source?.title ?? i18n.t('unknownPublisher');
  const date = source?.publishedDate ? i18n.date(source.publishedDate) : i18n.t('undated');
  return (
    <span class="dl-source dl-pf-source">
      <ExternalLink href={source?.url}>{publisher}</ExternalLink>, {date}
    </span>
  );
}
