import { unwrap, type WrappedTextNode, wrapRanges } from './apply-highlights';
import { MARK_TAG, type ScanState, STATE_ATTRIBUTE } from './contract';
import { planHighlights } from './highlight-plan';
import { ReadableTextCursor } from './readable-text';

export type SegmentMatchTuple = readonly [segment: number, start: number, end: number, entityId: string];

/** How the scanner reaches the matcher (in the extension: a message to the background). */
export type MatchTransport = (
  segments: string[],
  support: string[],
) => Promise<{ matches: SegmentMatchTuple[]; support: string[]; kinds?: Record<string, string> }>;

export interface PageScannerOptions {
  doc: Document;
  /** The subtree to highlight (article region or body); re-resolved if it leaves the document. */
  resolveRoot: () => Element | null;
  match: MatchTransport;
  /** Called after each complete scan with entity id → highlight count. */
  onScanned?: (entityCounts: Record<string, number>) => void;
  onError?: (error: unknown) => void;
  /** Which matches to highlight (the reader's kinds); all when absent. */
  accept?: (entityId: string, kind: string | undefined) => boolean;
  /** Highlight only the first mention of each entity on the page. */
  firstMentionOnly?: boolean;
}

// Budgets: a slice reads at most this much text, and every main-thread task of ours stays far below 50 ms.
const SLICE_CHARS = 60_000;
const SLICE_NODES = 2_000;
const SLICE_MS = 8;
/**
 * Most highlights inserted per slice: the browser restyles and lays out every new element in the next frame,
 * outside our slice, so a page with tens of thousands of mentions is highlighted over many short frames.
 */
const SLICE_MARKS = 300;
const MUTATION_DEBOUNCE_MS = 150;

/** performance.measure name of every main-thread slice of the scan (the benchmark sums them). */
export const SLICE_MEASURE = 'deal-lens:slice';

/**
 * Highlights known entities in a page, in idle-time slices, and keeps doing so as the page adds content.
 * Never rescans text it has done, never reacts to its own DOM changes, and can undo every change exactly.
 */
export class PageScanner {
  private readonly processed = new WeakSet<Text>();
  private readonly wrapped: WrappedTextNode[] = [];
  private readonly pendingRoots = new Set<Node>();
  private support: string[] = [];
  /** Entities already highlighted on the page (first-mention-only mode). */
  private readonly highlighted = new Set<string>();
  private observer?: MutationObserver;
  private running?: Promise<void>;
  private debounce?: ReturnType<typeof setTimeout>;
  private active = false;

  constructor(private readonly options: PageScannerOptions) {}

  /** Scans the page and watches it for new content. */
  start(): void {
    if (this.active) return;
    this.active = true;
    const root = this.options.resolveRoot();
    if (root) this.pendingRoots.add(root);
    this.observe();
    this.schedule();
  }

  /** Stops watching and removes every highlight, restoring the page's own text nodes. */
  stop(): void {
    this.active = false;
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.debounce);
    this.pendingRoots.clear();
    for (const wrapped of this.wrapped.splice(0)) {
      unwrap(wrapped);
      this.processed.delete(wrapped.original);
    }
    this.support = [];
    this.highlighted.clear();
    this.setState('off');
  }

  /** Resolves when the current scan (if any) has finished. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Entity id → number of highlights currently on the page. */
  entityCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const mark of this.options.doc.querySelectorAll(MARK_TAG)) {
      const id = mark.getAttribute('data-entity');
      if (id) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }

  private setState(state: ScanState): void {
    this.options.doc.documentElement.setAttribute(STATE_ATTRIBUTE, state);
  }

  private schedule(): void {
    if (this.running || !this.active) return;
    this.running = this.drain()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = undefined;
        if (this.active && this.pendingRoots.size > 0) this.schedule();
      });
  }

  private async drain(): Promise<void> {
    this.setState('scanning');
    while (this.active && this.pendingRoots.size > 0) {
      const [root] = this.pendingRoots;
      if (!root) break;
      this.pendingRoots.delete(root);
      if (!root.isConnected) continue;
      await this.scanSubtree(root);
    }
    if (!this.active) return;
    this.setState('ready');
    this.options.onScanned?.(this.entityCounts());
  }

  private async scanSubtree(root: Node): Promise<void> {
    const cursor = new ReadableTextCursor(root, this.options.doc);
    while (this.active && !cursor.finished) {
      await nextIdle();
      const started = performance.now();
      const nodes = cursor.next(SLICE_CHARS, SLICE_NODES, started + SLICE_MS).filter((n) => !this.processed.has(n));
      if (nodes.length === 0) {
        measureSlice(started);
        continue;
      }
      const segments = nodes.map((n) => n.data);
      for (const node of nodes) this.processed.add(node);
      const reply = this.options.match(segments, this.support);
      measureSlice(started);
      const { matches, support, kinds } = await reply;
      this.support = support;
      await this.apply(nodes, segments, this.select(matches, kinds));
    }
  }

  /** The matches the reader's settings keep: their kinds, and only first mentions when asked. */
  private select(matches: readonly SegmentMatchTuple[], kinds?: Record<string, string>): SegmentMatchTuple[] {
    const { accept, firstMentionOnly } = this.options;
    return matches.filter(([, , , entityId]) => {
      if (accept && !accept(entityId, kinds?.[entityId])) return false;
      if (!firstMentionOnly) return true;
      if (this.highlighted.has(entityId)) return false;
      this.highlighted.add(entityId);
      return true;
    });
  }

  private async apply(nodes: Text[], segments: string[], matches: readonly SegmentMatchTuple[]): Promise<void> {
    const plan = [...planHighlights(matches, segments)];
    let i = 0;
    while (this.active && i < plan.length) {
      await nextIdle();
      const started = performance.now();
      this.collectMutations();
      let marks = 0;
      for (; i < plan.length && marks < SLICE_MARKS && performance.now() - started < SLICE_MS; i++) {
        const [segment, ranges] = plan[i] as (typeof plan)[number];
        marks += ranges.length;
        const node = nodes[segment];
        const wrapped = node ? wrapRanges(node, segments[segment] ?? '', ranges) : null;
        if (wrapped) {
          this.wrapped.push(wrapped);
          // The pieces between our marks hold text already read: never read it again.
          for (const piece of wrapped.inserted)
            if (piece.nodeType === Node.TEXT_NODE) this.processed.add(piece as Text);
        }
      }
      // Our own changes are dropped here, in the same task that made them: the observer never sees them.
      this.observer?.takeRecords();
      measureSlice(started);
    }
  }

  private observe(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.doc.body ?? this.options.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  /** Takes the page's pending mutation records before we change the DOM, so none are lost. */
  private collectMutations(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (records.length > 0) this.onMutations(records);
  }

  private onMutations(records: MutationRecord[]): void {
    const root = this.options.resolveRoot();
    if (!root) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        // The page rewrote text we already read: read it again.
        this.processed.delete(text);
        if (root.contains(text)) this.pendingRoots.add(text);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
        if ((node as Element).tagName === MARK_TAG.toUpperCase()) continue;
        if (root.contains(node) || node.contains(root)) this.pendingRoots.add(node.contains(root) ? root : node);
      }
    }
    if (this.pendingRoots.size === 0) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.schedule(), MUTATION_DEBOUNCE_MS);
  }
}

function measureSlice(started: number): void {
  performance.measure(SLICE_MEASURE, { start: started, end: performance.now() });
}

/** Waits for the page to be idle (or at most 200 ms, so background tabs still progress). */
function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}
