import type { Mention } from '@/lib/highlight/mention';
import type { MentionIndex } from '@/lib/highlight/mention-index';
import type { ScanState } from './contract';
import { planHighlights } from './highlight-plan';
import { type MatchReply, readMatchReply } from './match-reply';
import { ReadableTextCursor } from './readable-text';
import { type TextSegment, toBatches, toSegments } from './text-segments';

/** How the scanner reaches the matcher (in the extension: a message to the background). */
export type MatchTransport = (segments: string[], support: string[]) => Promise<unknown>;

/** Where found mentions are shown (the painter): the scanner itself never writes to the page. */
export interface MentionLayer {
  add(mentions: readonly Mention[]): void;
  remove(mentions: readonly Mention[]): void;
}

export interface PageScannerOptions {
  doc: Document;
  /** The subtree to highlight (article region or body); re-resolved if it leaves the document. */
  resolveRoot: () => Element | null;
  match: MatchTransport;
  /** Every mention on the page; the scanner adds and removes, others read. */
  mentions: MentionIndex;
  layer: MentionLayer;
  /** Whether a reader can see a stretch of text (see mention-visibility.ts); `reset` once per batch. */
  visibility: { isVisible(node: Text, start: number, end: number): boolean; reset(): void };
  /** Shows the scan's state on the page (`<html data-deal-lens>`). */
  setState: (state: ScanState) => void;
  /** Called after each complete scan. */
  onScanned?: () => void;
  /** A batch that failed (refused, or the background is gone); the scan goes on with the next one. */
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
/** Longest piece of one text node sent as one segment, and most text in one message (the protocol allows 500k). */
const SEGMENT_CHARS = 60_000;
const BATCH_CHARS = 120_000;
const BATCH_SEGMENTS = 4_000;
/** After the page changes, wait for this much quiet… */
const MUTATION_QUIET_MS = 150;
/** …but never longer than this after the first change, so a page that never stops changing is still scanned. */
const MUTATION_MAX_WAIT_MS = 500;
/** Hidden mentions remembered, in case the page shows them later (a tab, an accordion). */
const MAX_HIDDEN = 1_000;
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'class', 'style', 'open'];

/**
 * Finds known entities in the page's readable text, in idle-time slices, and keeps doing so as the page
 * changes: new text is read, rewritten text is read again (its old highlights go at once, before the next
 * paint), removed text loses its highlights, and text that becomes visible gets its hidden mentions shown.
 * Never rescans text it has done, and never writes to the page: found mentions go to the `layer`.
 */
export class PageScanner {
  private processed = new WeakSet<Text>();
  private readonly pendingRoots = new Set<Node>();
  private hidden: Mention[] = [];
  private recheckHidden = false;
  private pruneDetached = false;
  private support: string[] = [];
  /** Entities already highlighted on the page (first-mention-only mode). */
  private readonly highlighted = new Set<string>();
  private observer?: MutationObserver;
  private running?: Promise<void>;
  private quietTimer?: ReturnType<typeof setTimeout>;
  private maxWaitTimer?: ReturnType<typeof setTimeout>;
  private active = false;

  constructor(private readonly options: PageScannerOptions) {}

  /** Scans the page and watches it for changes. */
  start(): void {
    if (this.active) return;
    this.active = true;
    const root = this.options.resolveRoot();
    if (root) this.pendingRoots.add(root);
    this.observe();
    this.schedule();
  }

  /** Stops watching and forgets every mention (the caller clears the painted layer). */
  stop(): void {
    this.active = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.clearTimers();
    this.pendingRoots.clear();
    this.options.layer.remove(this.options.mentions.clear());
    this.processed = new WeakSet();
    this.hidden = [];
    this.support = [];
    this.highlighted.clear();
  }

  /** Resolves when the current scan (if any) has finished. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private schedule(): void {
    this.clearTimers();
    if (this.running || !this.active) return;
    this.running = this.drain()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = undefined;
        if (this.active && this.hasWork()) this.schedule();
      });
  }

  private hasWork(): boolean {
    return this.pendingRoots.size > 0 || this.recheckHidden || this.pruneDetached;
  }

  private async drain(): Promise<void> {
    this.options.setState('scanning');
    while (this.active && this.hasWork()) {
      if (this.pruneDetached) {
        this.pruneDetached = false;
        this.options.layer.remove(this.options.mentions.removeDetached());
        this.hidden = this.hidden.filter((m) => m.node.isConnected);
      }
      if (this.recheckHidden) {
        this.recheckHidden = false;
        await nextIdle();
        this.showNowVisible();
      }
      const [root] = this.pendingRoots;
      if (!root) continue;
      this.pendingRoots.delete(root);
      if (root.isConnected) await this.scanSubtree(root);
    }
    if (!this.active) return;
    this.options.setState('ready');
    this.options.onScanned?.();
  }

  private async scanSubtree(root: Node): Promise<void> {
    const cursor = new ReadableTextCursor(root, this.options.doc);
    while (this.active && !cursor.finished) {
      await nextIdle();
      const started = performance.now();
      const nodes = cursor.next(SLICE_CHARS, SLICE_NODES, started + SLICE_MS).filter((n) => !this.processed.has(n));
      for (const node of nodes) this.processed.add(node);
      const batches = toBatches(toSegments(nodes, SEGMENT_CHARS), BATCH_CHARS, BATCH_SEGMENTS);
      for (const batch of batches) {
        if (!this.active) return;
        let reply: MatchReply;
        try {
          reply = readMatchReply(
            await this.options.match(
              batch.map((s) => s.text),
              this.support,
            ),
          );
        } catch (error) {
          // One refused batch (too big, malformed, the background restarting) costs its own highlights only.
          this.options.onError?.(error);
          continue;
        }
        this.support = reply.support;
        await nextIdle();
        this.show(batch, reply);
      }
    }
  }

  /** Turns one batch's matches into mentions, keeps the visible ones the reader's settings allow, shows them. */
  private show(batch: readonly TextSegment[], reply: MatchReply): void {
    const { accept, firstMentionOnly, visibility } = this.options;
    visibility.reset();
    const found: Mention[] = [];
    const plan = planHighlights(
      reply.matches,
      batch.map((s) => s.text),
    );
    for (const [index, ranges] of plan) {
      const segment = batch[index];
      if (!segment) continue;
      const { node, offset, text } = segment;
      // The page rewrote this node while we waited: it is queued again, and these offsets are stale.
      if (node.data.slice(offset, offset + text.length) !== text) continue;
      for (const range of ranges) {
        if (accept && !accept(range.entityId, reply.kinds[range.entityId])) continue;
        const mention: Mention = {
          node,
          start: offset + range.start,
          end: offset + range.end,
          entityId: range.entityId,
          text: text.slice(range.start, range.end),
        };
        if (!visibility.isVisible(node, mention.start, mention.end)) {
          if (this.hidden.length < MAX_HIDDEN) this.hidden.push(mention);
          continue;
        }
        if (firstMentionOnly) {
          if (this.highlighted.has(mention.entityId)) continue;
          this.highlighted.add(mention.entityId);
        }
        found.push(mention);
      }
    }
    this.options.mentions.add(found);
    this.options.layer.add(found);
  }

  /** Shows the remembered hidden mentions that the page has since made visible. */
  private showNowVisible(): void {
    const { visibility, firstMentionOnly } = this.options;
    visibility.reset();
    const stillHidden: Mention[] = [];
    const shown: Mention[] = [];
    for (const mention of this.hidden) {
      if (!mention.node.isConnected || mention.node.data.slice(mention.start, mention.end) !== mention.text) continue;
      if (!visibility.isVisible(mention.node, mention.start, mention.end)) {
        stillHidden.push(mention);
        continue;
      }
      if (firstMentionOnly) {
        if (this.highlighted.has(mention.entityId)) continue;
        this.highlighted.add(mention.entityId);
      }
      shown.push(mention);
    }
    this.hidden = stillHidden;
    this.options.mentions.add(shown);
    this.options.layer.add(shown);
  }

  private observe(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.doc.body ?? this.options.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const root = this.options.resolveRoot();
    if (!root) return;
    let changed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        // Runs before the next paint: the rewritten text never shows a highlight of the words it had.
        this.options.layer.remove(this.options.mentions.removeNode(text));
        this.processed.delete(text);
        if (root.contains(text)) this.pendingRoots.add(text);
        changed = true;
      } else if (record.type === 'attributes') {
        this.recheckHidden ||= this.hidden.length > 0;
        // Text under an element that stops being `hidden`/`aria-hidden` was never read: read it now.
        const name = record.attributeName;
        if ((name === 'hidden' || name === 'aria-hidden') && root.contains(record.target)) {
          this.pendingRoots.add(record.target);
        }
        changed ||= this.recheckHidden || this.pendingRoots.size > 0;
      } else {
        if (record.removedNodes.length > 0) {
          this.pruneDetached = true;
          changed = true;
        }
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
          if (root.contains(node)) this.pendingRoots.add(node);
          else if (node.contains(root)) this.pendingRoots.add(root);
          else continue;
          changed = true;
        }
      }
    }
    if (changed) this.scheduleAfterQuiet();
  }

  /** Waits for a quiet moment after the page's changes, but at most MUTATION_MAX_WAIT_MS. */
  private scheduleAfterQuiet(): void {
    if (this.running) return; // the running scan picks the new work up when it ends
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.schedule(), MUTATION_QUIET_MS);
    this.maxWaitTimer ??= setTimeout(() => this.schedule(), MUTATION_MAX_WAIT_MS);
  }

  private clearTimers(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxWaitTimer);
    this.quietTimer = undefined;
    this.maxWaitTimer = undefined;
  }
}

/** Waits for the page to be idle (or at most 200 ms, so background tabs still progress). */
function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}
