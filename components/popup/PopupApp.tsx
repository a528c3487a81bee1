import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { type SettingsAccess, storageSettings } from '@/lib/library/settings-access';
import type { PageFigureFiledReply, PageFiguresReply, PageFigureView, SaveOutcome, SearchResults } from '@/lib/schema';
import { isEnabledFor, withSite } from '@/lib/settings/settings-schema';
import type { PageFiguresState } from './PageFigures';
import { PopupView } from './PopupView';
import { hostnameOf, type PopupData, pageStatus } from './popup-data';
import { useRefreshWhileScanning } from './use-refresh-while-scanning';

interface Props {
  i18n: I18n;
  load: () => Promise<PopupData>;
  search: (query: string) => Promise<SearchResults>;
  save?: (tabId: number) => Promise<SaveOutcome>;
  openArticle?: (articleId: string) => void;
  openLibrary?: (hash: string) => void;
  /** Shows an entity's first mention in the tab, with its card open. */
  reveal?: (tabId: number, entityId: string) => void;
  /** Compares the figures of the tab's page with the store's (issue 23): the "On this page" figures. */
  pageFigures?: (tabId: number) => Promise<PageFiguresReply>;
  /** Scrolls the tab's page to one of its figures and selects it. */
  showFigure?: (tabId: number, figure: PageFigureView) => void;
  /** Files a figure of the tab's page with one click (issue 23): "Add to <deal>" or "Mark as newer". */
  fileFigure?: (tabId: number, figure: PageFigureView, supersedes?: string) => Promise<PageFigureFiledReply>;
  /** Where the site switch reads and writes the settings: validated, as the library writes them. */
  settings?: SettingsAccess;
}

/** Typing pauses this long before the store is searched (ms). */
const SEARCH_DEBOUNCE_MS = 150;

/** Loads the popup's data, shows a loading or error state until then, saves the site switch, runs searches. */
export function PopupApp(props: Props) {
  const {
    i18n,
    load,
    search,
    save,
    openArticle,
    openLibrary,
    reveal,
    pageFigures,
    showFigure,
    fileFigure,
    settings: settingsAccess = storageSettings,
  } = props;
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const latestQuery = useRef('');
  const [saveOutcome, setSaveOutcome] = useState<SaveOutcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [figures, setFigures] = useState<PageFiguresState | undefined>(undefined);

  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  // The page's figures are read once the tab is known to name something of the store (a page that names
  // nothing has no figure about it), on a site that is on: the rest of the popup does not wait for them
  // (reading an article takes a moment), and their section says it is loading.
  const tab = data?.tab;
  const figuresWanted =
    pageFigures !== undefined &&
    data !== null &&
    tab !== undefined &&
    tab !== null &&
    pageStatus(data, isEnabledFor(data.settings, hostnameOf(tab.url))) === 'entities';
  const figuresTab = figuresWanted ? tab.id : undefined;
  useEffect(() => {
    if (figuresTab === undefined || !pageFigures) return;
    let current = true;
    setFigures({ kind: 'loading' });
    pageFigures(figuresTab).then(
      (reply) => current && setFigures({ kind: 'done', reply }),
      (e: unknown) => current && setFigures({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [figuresTab, pageFigures]);

  useEffect(() => {
    latestQuery.current = query;
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      search(query).then(
        // A slow answer to an older query must not replace a newer one.
        (found) => latestQuery.current === query && setResults(found),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  const onToggleSite = useCallback(
    async (hostname: string, on: boolean) => {
      const settings = await settingsAccess.write(withSite(await settingsAccess.read(), hostname, on));
      setData((current) => (current ? { ...current, settings } : current));
    },
    [settingsAccess],
  );

  // The off notice's button: this site back on, and every site when Deal Lens was off everywhere.
  const onTurnOn = useCallback(
    async (hostname: string) => {
      const current = await settingsAccess.read();
      const settings = await settingsAccess.write({ ...withSite(current, hostname, true), enabled: true });
      setData((shown) => (shown ? { ...shown, settings } : shown));
    },
    [settingsAccess],
  );

  useRefreshWhileScanning(data, load, setData);

  const onSave = useCallback(async () => {
    const tabId = data?.tab?.id;
    if (!save || tabId === undefined) return;
    setSaving(true);
    try {
      setSaveOutcome(await save(tabId));
    } catch (e) {
      setSaveOutcome({ ok: false, reason: 'extraction-failed', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  }, [data, save]);

  if (error) {
    return (
      <p role="alert" class="dl-status-message">
        {i18n.t('loadError', { error })}
      </p>
    );
  }
  if (!data) {
    // The popup's frame is drawn at once, before the tab's state and the store answer (a large catalog takes a
    // moment): the reader sees where they are and that it is loading, not an empty box.
    return (
      <main class="dl-popup" data-status="loading" aria-busy="true">
        <header class="dl-popup-header">
          <h1>{i18n.t('popupTitle')}</h1>
        </header>
        <p role="status" class="dl-status-message">
          {i18n.t('loading')}
        </p>
      </main>
    );
  }
  return (
    <PopupView
      data={data}
      i18n={i18n}
      onToggleSite={onToggleSite}
      onTurnOn={onTurnOn}
      search={{ query, results, onQuery: setQuery }}
      onOpenLibrary={openLibrary}
      onReveal={reveal && data.tab ? (entityId) => data.tab && reveal(data.tab.id, entityId) : undefined}
      pageFigures={figuresWanted ? figures : undefined}
      onFileFigure={
        fileFigure && data.tab
          ? (figure, supersedes) => {
              const tabId = data.tab?.id;
              if (tabId === undefined) return Promise.reject(new Error('no tab'));
              return fileFigure(tabId, figure, supersedes);
            }
          : undefined
      }
      onShowFigure={showFigure && data.tab ? (figure) => data.tab && showFigure(data.tab.id, figure) : undefined}
      save={
        save
          ? {
              state: { saved: data.saved, outcome: saveOutcome, busy: saving },
              onSave,
              onOpenArticle: (articleId) => openArticle?.(articleId),
            }
          : undefined
      }
    />
  );
}
