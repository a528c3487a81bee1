// In-page functions of the benchmark. Each one is serialized by Playwright and run in the page's main world (or
// in an extension page), so each must be self-contained: no closure over this module's scope. What they read of
// Deal Lens is its public contract only (lib/scan/contract.ts): `<html data-deal-lens>`, and the mentions the
// content script lists to the extension (asked by the harness, passed in here as offsets into
// `document.body.textContent`). Builds from before issue 22 painted `CSS.highlights` ranges instead, which these
// probes still read for the side-by-side comparison. Deal Lens's own time comes from the browser's trace.

/**
 * Init script (every document of both browsers, before any of its scripts and so before the content script,
 * which runs at document_idle): records the main thread's long tasks (≥ 50 ms) and long animation frames
 * (≥ 50 ms, rendering included, with the scripts Chrome attributes them to), and when `<html data-deal-lens>`
 * first appeared (the content script started its scan). The same on both sides, so its own cost cancels out.
 */
export function recordFrames() {
  const tasks = [];
  const frames = [];
  const marks = { scanningAt: null };
  Object.defineProperty(window, '__benchLongTasks', { value: tasks, configurable: true });
  Object.defineProperty(window, '__benchLongFrames', { value: frames, configurable: true });
  Object.defineProperty(window, '__benchMarks', { value: marks, configurable: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        frames.push({
          start: entry.startTime,
          duration: entry.duration,
          renderStart: entry.renderStart,
          styleAndLayoutStart: entry.styleAndLayoutStart,
          blocking: entry.blockingDuration,
          scripts: (entry.scripts ?? []).map((s) => ({
            url: s.sourceURL,
            invoker: s.invoker,
            type: s.invokerType,
            start: s.startTime,
            duration: s.duration,
            forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not a window that supports these entry types: nothing to record.
  }
  const observer = new MutationObserver(() => {
    if (document.documentElement?.hasAttribute('data-deal-lens')) {
      marks.scanningAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deal-lens'] });
}

/**
 * The end of a measured load: with the extension, `<html data-deal-lens="ready">` (watched by a
 * MutationObserver: no polling, so the wait costs the page nothing), then two frames so that painting the
 * highlights is included; without it, the same moment after navigation start (`untilMs`), then two frames.
 * Returns performance.now() at each step.
 * @param {{ state?: string, untilMs?: number, timeoutMs: number }} input
 */
export function settle({ state, untilMs, timeoutMs }) {
  const root = document.documentElement;
  const twoFrames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const reached = new Promise((resolve, reject) => {
    if (state === undefined) {
      setTimeout(() => resolve(performance.now()), Math.max(0, (untilMs ?? 0) - performance.now()));
      return;
    }
    if (root.getAttribute('data-deal-lens') === state) return resolve(performance.now());
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(`data-deal-lens is "${root.getAttribute('data-deal-lens')}", not "${state}", after ${timeoutMs} ms`),
      );
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (root.getAttribute('data-deal-lens') !== state) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-deal-lens'] });
  });
  return reached.then(async (reachedAt) => {
    await twoFrames();
    return { reachedAt, endAt: performance.now() };
  });
}

/**
 * What happened on the page up to `endMs`: the highlights of a build from before issue 22 (the ranges of every
 * `deal-lens…` entry of the highlight registry; 0 since), when the scan started, and the long tasks and long
 * animation frames, each with how much of it was one of our slices (`[start, duration]`, ms after navigation
 * start: the tasks that hold samples of our code, from the trace) and how much a script Chrome attributes to an
 * extension.
 * @param {{ slices: [number, number][], endMs: number }} input
 */
export function readPage({ slices, endMs }) {
  let highlights = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('deal-lens')) highlights += highlight.size;
  const overlap = (start, end) =>
    slices.reduce((total, [s, d]) => total + Math.max(0, Math.min(end, s + d) - Math.max(start, s)), 0);
  const ours = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');
  const tasks = (window.__benchLongTasks ?? [])
    .filter(([start]) => start < endMs)
    .map(([start, duration]) => ({ start, duration, sliceMs: overlap(start, start + duration) }));
  const frames = (window.__benchLongFrames ?? [])
    .filter((f) => f.start < endMs)
    .map((f) => ({
      start: f.start,
      duration: f.duration,
      renderMs: f.renderStart > 0 ? f.start + f.duration - f.renderStart : 0,
      styleAndLayoutMs: f.styleAndLayoutStart > 0 ? f.start + f.duration - f.styleAndLayoutStart : 0,
      sliceMs: overlap(f.start, f.start + f.duration),
      extensionScriptMs: f.scripts.filter((s) => ours(s.url)).reduce((t, s) => t + s.duration, 0),
      scripts: f.scripts,
    }));
  return {
    scanningAt: window.__benchMarks?.scanningAt ?? null,
    highlights,
    tasks,
    frames,
  };
}

/**
 * The floor: one bare TreeWalker pass over every text node of the body, reading each node's data, timed with
 * performance.now() in the page.
 */
export function floorWalk() {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    chars += node.data.length;
  }
  return { ms: performance.now() - started, nodes, chars };
}

/**
 * mark.js (already evaluated in the page, so `window.Mark` exists) highlighting `terms`, timed until its `done`
 * callback. Terms are de-duplicated and sorted longest first, exactly as mark.js does with an array, then given
 * to it in chunks: one call with tens of thousands of terms overflows mark.js's recursion (it moves from one term
 * to the next inside the previous term's callback) and de-duplicates in O(n²). The chunks run back to back; only
 * the time from each call to its `done` is summed, and the run stops after the chunk that crosses `capMs`.
 * @param {{ terms: string[], options: Record<string, unknown>, capMs: number }} input
 */
export async function runMarkJs({ terms, options, capMs }) {
  const unique = [...new Set(terms.filter((t) => t.trim()))];
  const sorted = unique.map((t, i) => [t, i]).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  const list = sorted.map(([t]) => t);
  const instance = new window.Mark(document.body);
  let elapsed = 0;
  let done = 0;
  let matches = 0;
  let chunk = 1;
  while (done < list.length && elapsed <= capMs) {
    const part = list.slice(done, done + chunk);
    const started = performance.now();
    let finished = 0;
    instance.mark(part, {
      ...options,
      done: (total) => {
        finished = performance.now();
        matches += total;
      },
    });
    if (!finished) throw new Error('mark.js did not call done synchronously');
    const took = finished - started;
    elapsed += took;
    done += part.length;
    // Chunks of about 250 ms keep the cap precise and the page responsive between them.
    const perTerm = took / part.length;
    chunk = Math.max(1, Math.min(200, Math.floor(250 / Math.max(perTerm, 0.01))));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { ms: elapsed, termsDone: done, terms: list.length, matches, capped: done < list.length };
}

/**
 * Extension page: every entity of the store (raw IndexedDB, the database Dexie calls `deal-lens`).
 * @param {string} dbName
 */
export async function readStoreEntities(dbName) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const read = (store) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [entities, meta] = await Promise.all([read('entities'), read('meta')]);
    return {
      entities: entities.map((e) => ({ id: e.id, aliases: e.aliases.map((a) => a.text) })),
      meta: Object.fromEntries(meta.map((m) => [m.key, m.value])),
    };
  } finally {
    db.close();
  }
}

/**
 * Extension page: adds entities to the store and writes a new catalog version in the same transaction, so the
 * background recompiles its matcher on the next page scan (lib/store/catalog-version.ts).
 * @param {{ dbName: string, entities: unknown[], version: string }} input
 */
export async function addStoreEntities({ dbName, entities, version }) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['entities', 'meta'], 'readwrite');
      const store = tx.objectStore('entities');
      for (const entity of entities) store.put(entity);
      tx.objectStore('meta').put({ key: 'catalog-version', value: version });
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Init script for the popup: the times (performance.now(), i.e. since navigation start) at which `main.dl-popup`
 * enters the DOM and at which it shows its data, seen by a MutationObserver the moment they happen.
 */
export function watchPopupRender() {
  // First render: the popup's frame (main.dl-popup); loaded: its data shown (no longer data-status="loading").
  const seen = () => {
    const main = document.querySelector('main.dl-popup');
    if (main && window.__benchPopupReady === undefined) window.__benchPopupReady = performance.now();
    if (main && main.getAttribute('data-status') !== 'loading') window.__benchPopupLoaded = performance.now();
    return window.__benchPopupLoaded !== undefined;
  };
  const observer = new MutationObserver(() => {
    if (seen()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The highlights a reader could hover: the text and first box (viewport coordinates, after scrolling it into view)
 * of the first mention of at least 3 characters whose text is not `avoid`, in document order. `spans` are the
 * mentions the content script listed (offsets into `document.body.textContent`); null for a build from before
 * issue 22, whose `CSS.highlights` ranges are read instead. Also arms a listener for the trusted pointer moves
 * that follow (when the pointer arrived on the mention), and a watch, once per frame, of the points where the card
 * can appear (below or above the mention): the first frame in which the page's own hit test finds our host there
 * is when the card became visible to the reader, as the page itself could tell.
 * @param {{ avoid: string | null, spans: { start: number, end: number }[] | null }} input
 */
export function pickHoverTarget({ avoid, spans }) {
  const ranges = [];
  if (spans) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push([node, at]);
      at += node.data.length;
    }
    for (const { start, end } of spans) {
      const found = nodes.find(([node, base]) => start >= base && end <= base + node.data.length);
      if (!found) continue;
      const range = document.createRange();
      range.setStart(found[0], start - found[1]);
      range.setEnd(found[0], end - found[1]);
      ranges.push(range);
    }
  } else {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('deal-lens')) continue;
      for (const painted of highlight) {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        ranges.push(range);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  }
  const target = ranges.find((r) => r.toString() !== avoid && r.toString().length >= 3);
  if (!target) return null;
  const first = target.getClientRects()[0];
  if (first && (first.top < 80 || first.bottom > innerHeight - 80)) window.scrollBy(0, first.top - innerHeight / 3);
  const rect = target.getClientRects()[0];
  if (!rect) return null;
  const probe = { moves: [], shownAt: null };
  window.__benchPointer = probe;
  addEventListener('pointermove', (e) => e.isTrusted && probe.moves.push(e.timeStamp), { capture: true });
  const points = [
    [Math.max(12, rect.left) + 20, rect.bottom + 30],
    [Math.max(12, rect.left) + 20, rect.top - 30],
  ];
  const ours = /^x[a-z0-9]{10}-[a-z0-9]{6}$/;
  const watch = (time) => {
    if (probe.shownAt !== null) return;
    if (points.some(([x, y]) => ours.test(document.elementFromPoint(x, y)?.localName ?? ''))) probe.shownAt = time;
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  return { text: target.toString(), box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
}

/** When the card became visible to the page's hit test (a frame's time), and the pointer's moves before it. */
export function readCardShown() {
  return { shownAt: window.__benchPointer?.shownAt ?? null, moves: window.__benchPointer?.moves ?? [] };
}
