import { DealSummary } from '@/components/deal/DealSummary';
import type { I18n } from '@/lib/i18n';
import type { PageFigureView, SearchResults as SearchResultsData } from '@/lib/schema';
import { isEnabledFor } from '@/lib/settings/settings-schema';
import { EntityCounts } from './EntityCounts';
import type { FileFigure } from './FileFigureAction';
import { OffNotice } from './OffNotice';
import { PageFigures, type PageFiguresState } from './PageFigures';
import { hostnameOf, type PopupData, pageStatus } from './popup-data';
import { SaveSection, type SaveState } from './SaveSection';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { SiteSwitch } from './SiteSwitch';

interface Props {
  data: PopupData;
  i18n: I18n;
  onToggleSite: (hostname: string, on: boolean) => void;
  /** Turns Deal Lens back on for the tab's site, and everywhere when it is off everywhere. */
  onTurnOn?: (hostname: string) => void;
  /** The search box's text and what it found (null while nothing is searched). */
  search?: { query: string; results: SearchResultsData | null; onQuery: (query: string) => void };
  /** Saving the page: shown for web pages only. */
  save?: { state: SaveState; onSave: () => void; onOpenArticle: (articleId: string) => void };
  /** Opens the library page at a hash route (`#entities/huawei`, `#deals`…). */
  onOpenLibrary?: (hash: string) => void;
  /** Takes the reader to an entity's first mention on the page and opens its card. */
  onReveal?: (entityId: string) => void;
  /** The page's figures against the store (issue 23); absent where they are not read (browser pages, sites off). */
  pageFigures?: PageFiguresState;
  /** Scrolls the page to one of its figures. */
  onShowFigure?: (figure: PageFigureView) => void;
  /** Files one of its figures with one click. */
  onFileFigure?: FileFigure;
}

/** The popup for one tab: its state, its entities, the related deals, the site switch. */
export function PopupView({
  data,
  i18n,
  onToggleSite,
  onTurnOn,
  search,
  save,
  onOpenLibrary,
  onReveal,
  pageFigures,
  onShowFigure,
  onFileFigure,
}: Props) {
  const hostname = data.tab ? hostnameOf(data.tab.url) : '';
  const siteEnabled = isEnabledFor(data.settings, hostname);
  const status = pageStatus(data, siteEnabled);
  const message = {
    internal: i18n.t('internalPage'),
    'not-scanned': i18n.t('notScanned'),
    scanning: i18n.t('scanning'),
    off: null,
    'no-entities': i18n.t('noEntitiesOnPage'),
    entities: null,
  }[status];

  return (
    <main class="dl-popup" data-status={status}>
      <header class="dl-popup-header">
        <h1>{i18n.t('popupTitle')}</h1>
        {status !== 'internal' && hostname && (
          <SiteSwitch hostname={hostname} on={siteEnabled} i18n={i18n} onToggle={onToggleSite} />
        )}
      </header>
      {status === 'off' && (
        <OffNotice
          hostname={hostname}
          everywhere={!data.settings.enabled}
          i18n={i18n}
          onTurnOn={() => (onTurnOn ? onTurnOn(hostname) : onToggleSite(hostname, true))}
        />
      )}
      {save && status !== 'internal' && (
        <SaveSection state={save.state} i18n={i18n} onSave={save.onSave} onOpenArticle={save.onOpenArticle} />
      )}
      {search && <SearchBox query={search.query} i18n={i18n} onQuery={search.onQuery} />}
      {search?.results ? (
        <SearchResults results={search.results} i18n={i18n} onOpenLibrary={onOpenLibrary} />
      ) : (
        <PageSections
          data={data}
          i18n={i18n}
          status={status}
          message={message}
          onReveal={onReveal}
          pageFigures={pageFigures}
          onFileFigure={onFileFigure}
          onShowFigure={onShowFigure}
        />
      )}
      {onOpenLibrary && (
        <footer class="dl-popup-footer">
          <button type="button" class="dl-link-button" onClick={() => onOpenLibrary('#entities')}>
            {i18n.t('openLibrary')}
          </button>
        </footer>
      )}
    </main>
  );
}

/** What the popup shows about the page when nothing is being searched. */
function PageSections({
  data,
  i18n,
  status,
  message,
  onReveal,
  pageFigures,
  onShowFigure,
  onFileFigure,
}: {
  data: PopupData;
  i18n: I18n;
  status: ReturnType<typeof pageStatus>;
  message: string | null;
  onReveal?: (entityId: string) => void;
  pageFigures?: PageFiguresState;
  onShowFigure?: (figure: PageFigureView) => void;
  onFileFigure?: FileFigure;
}) {
  const names = data.entityNames;
  return (
    <>
      {message && (
        <p class="dl-status-message" role="status">
          {message}
        </p>
      )}
      {((status === 'entities' && data.tabState) || pageFigures) && (
        <section aria-labelledby="dl-on-page" class="dl-on-page">
          <h2 id="dl-on-page">{i18n.t('onThisPage')}</h2>
          {status === 'entities' && data.tabState && (
            <EntityCounts counts={data.tabState.entityCounts} names={names} i18n={i18n} onReveal={onReveal} />
          )}
          {pageFigures && (
            <section aria-labelledby="dl-page-figures" class="dl-page-figures-section">
              <h3 id="dl-page-figures">{i18n.t('pageFigures')}</h3>
              <PageFigures state={pageFigures} i18n={i18n} onShow={onShowFigure} onFile={onFileFigure} />
            </section>
          )}
        </section>
      )}
      {status === 'entities' && data.relatedDeals.length > 0 ? (
        <section aria-labelledby="dl-related" class="dl-deals">
          <h2 id="dl-related">{i18n.t('relatedDeals')}</h2>
          {data.relatedDeals.map((view) => (
            <DealSummary key={view.deal.id} view={view} i18n={i18n} via={view.via.map((id) => names[id]?.name ?? id)} />
          ))}
        </section>
      ) : (
        <section aria-labelledby="dl-recent" class="dl-deals">
          <h2 id="dl-recent">{i18n.t('recentDeals')}</h2>
          {data.recentDeals.map((view) => (
            <DealSummary key={view.deal.id} view={view} i18n={i18n} />
          ))}
        </section>
      )}
    </>
  );
}
