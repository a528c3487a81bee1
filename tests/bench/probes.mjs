// In-page functions of the benchmark. Each one is serialized by Playwright and run in the page's main world (or
// in an extension page), so each must be self-contained: no closure over this module's scope.

/**
 * Init script (every page of the context, before any of its scripts and before the content script, which runs
 * at document_idle): records every long task (≥ 50 ms, the platform's threshold) of the page's main thread.
 */
export function recordLongTasks() {
  const tasks = [];
  const frames = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks, configurable: true });
  Object.defineProperty(window, '__benchLongFrames', { value: frames, configurable: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // Long tasks leave out the rendering step (style, layout, paint), which Chromium runs as a task of its own;
    // long animation frames (≥ 50 ms, Chromium 123+) include it.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const render = entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0;
        const styleAndLayout =
          entry.styleAndLayoutStart > 0 ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0;
        frames.push([entry.startTime, entry.duration, render, styleAndLayout]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not a window that supports these entry types: nothing to record.
  }
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
 * What the content script's scan cost the main thread, read from the page's performance timeline: the
 * `deal-lens:slice` measures (user-timing entries live on the window's one Performance object, so measures made
 * in the content script's isolated world are visible here), the long tasks that overlapped the scan, and the
 * highlights it made.
 * @param {string} measureName
 */
export function readScan(measureName) {
  const slices = performance.getEntriesByName(measureName, 'measure');
  let sum = 0;
  let max = 0;
  for (const slice of slices) {
    sum += slice.duration;
    if (slice.duration > max) max = slice.duration;
  }
  const first = slices[0];
  const last = slices[slices.length - 1];
  const start = first ? first.startTime : 0;
  const end = last ? last.startTime + last.duration : 0;
  const longTasks = window.__benchLongTasks ?? [];
  // A long task or frame counts when it overlaps the scan window [first slice start, last slice end].
  const during = longTasks.filter(([s, d]) => s < end && s + d > start);
  const framesDuring = (window.__benchLongFrames ?? []).filter(([s, d]) => s < end && s + d > start);
  const marks = document.querySelectorAll('deal-lens-mark');
  return {
    slices: slices.length,
    sumMs: sum,
    maxSliceMs: max,
    startMs: start,
    endMs: end,
    longTasksDuring: during,
    longTasksAll: longTasks,
    longFramesDuring: framesDuring,
    marks: marks.length,
    entities: new Set([...marks].map((m) => m.getAttribute('data-entity'))).size,
  };
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
 * Init script for the popup: the time (performance.now(), i.e. since navigation start) at which `main.dl-popup`
 * enters the DOM, seen by a MutationObserver the moment it is inserted.
 */
export function watchPopupRender() {
  const seen = () => {
    if (window.__benchPopupReady !== undefined) return true;
    if (document.querySelector('main.dl-popup')) {
      window.__benchPopupReady = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (seen()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Arms a one-shot probe for the hover card: the time of the pointerover on a highlight (the event's own timestamp,
 * the moment the content script's delay starts from) and the time the card's shadow root first holds
 * `.dl-card[data-status="ready"]` (MutationObservers on the document and in the shadow root, so the instant of
 * the DOM change is caught, not a later poll). Returns nothing; read `window.__benchHover`.
 */
export function armHoverProbe() {
  const probe = { hoverAt: undefined, readyAt: undefined, sawLoading: false };
  window.__benchHover = probe;
  const check = (root) => {
    if (probe.readyAt !== undefined) return;
    if (root.querySelector('.dl-card[data-status="loading"]')) probe.sawLoading = true;
    if (root.querySelector('.dl-card[data-status="ready"]')) probe.readyAt = performance.now();
  };
  const watchShadow = (host) => {
    const shadow = host.shadowRoot;
    if (!shadow) return;
    check(shadow);
    new MutationObserver(() => check(shadow)).observe(shadow, { childList: true, subtree: true, attributes: true });
  };
  const existing = document.querySelector('deal-lens-card');
  if (existing) watchShadow(existing);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeName === 'DEAL-LENS-CARD') watchShadow(node);
  }).observe(document.documentElement, { childList: true });
  window.addEventListener(
    'pointerover',
    (event) => {
      if (probe.hoverAt === undefined && event.target instanceof Element && event.target.closest('deal-lens-mark'))
        probe.hoverAt = event.timeStamp;
    },
    { capture: true },
  );
}

/**
 * Resolves when `<html data-deal-lens>` equals `state`, watched by a MutationObserver: no polling, so the wait
 * costs the page nothing while the content script works (Playwright's locator polling walks the whole DOM).
 * @param {{ state: string, timeoutMs: number }} input
 */
export function waitForScanState({ state, timeoutMs }) {
  const root = document.documentElement;
  return new Promise((resolve, reject) => {
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
}

/**
 * Diagnostics for the walk: the same body walked several ways, each three times (warm: the node wrappers exist
 * after the first pass), median ms. Separates what the floor does from what a highlighter's walk adds:
 * - `floor`: SHOW_TEXT, no filter, reading every node's data (what (a) measures, but warm);
 * - `jsFilter`: SHOW_ELEMENT | SHOW_TEXT with a JavaScript NodeFilter rejecting skipped subtrees (a copy of the
 *   content script's walk up to commit a89c246);
 * - `closestPerParent`: SHOW_TEXT, no filter, and `parent.closest(SKIPPED)` once per new parent element plus a
 *   /\S/ test (a copy of lib/scan/readable-text.ts at a89c246 and 72fd9d3, selector included);
 * - `closestTagsOnly`: the same without the `[contenteditable]:not([contenteditable="false"])` part of the
 *   selector, to show what that attribute selector costs on every ancestor;
 * - `memoAncestors`: SHOW_TEXT, no filter, and a per-element verdict memoized in a Map (an element is skipped if
 *   its tag is, if it is editable, or if its parent is skipped), so each element is looked at once (the design
 *   lib/scan/readable-text.ts adopted in e6727ae, with a WeakMap).
 * The copies are copies: if lib/scan/readable-text.ts changes, update them (the profile section measures the
 * real thing).
 */
export function walkVariants() {
  const tags = [
    'script',
    'style',
    'noscript',
    'template',
    'textarea',
    'input',
    'select',
    'option',
    'code',
    'pre',
    'kbd',
    'samp',
    'svg',
    'math',
    'canvas',
    'iframe',
    'object',
    'head',
    'title',
    'deal-lens-mark',
    'deal-lens-card',
  ];
  const upper = new Set(tags.map((t) => t.toUpperCase()));
  const tagSelector = tags.join(',');
  const fullSelector = `${tagSelector},[contenteditable]:not([contenteditable="false"])`;
  const hasText = /\S/;
  const body = document.body;
  const closestWalk = (selector) => () => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let lastParent = null;
    let readable = false;
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent !== lastParent) {
        lastParent = parent;
        readable = parent !== null && parent.closest(selector) === null;
      }
      if (readable && hasText.test(node.data)) count++;
    }
    return count;
  };
  const variants = {
    floor: () => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let count = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        count++;
        chars += node.data.length;
      }
      return chars >= 0 ? count : 0;
    },
    jsFilter: () => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode(node) {
          if (node.nodeType === Node.TEXT_NODE)
            return hasText.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
          if (upper.has(node.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
          const editable = node.getAttribute('contenteditable');
          return editable !== null && editable !== 'false' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        },
      });
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    },
    closestPerParent: closestWalk(fullSelector),
    closestTagsOnly: closestWalk(tagSelector),
    memoAncestors: () => {
      const verdict = new Map();
      const skipped = (el) => {
        if (el === null) return false;
        let v = verdict.get(el);
        if (v === undefined) {
          const editable = el.getAttribute('contenteditable');
          v =
            upper.has(el.tagName.toUpperCase()) ||
            (editable !== null && editable !== 'false') ||
            skipped(el.parentElement);
          verdict.set(el, v);
        }
        return v;
      };
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let lastParent = null;
      let readable = false;
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent !== lastParent) {
          lastParent = parent;
          readable = parent !== null && !skipped(parent);
        }
        if (readable && hasText.test(node.data)) count++;
      }
      return count;
    },
  };
  const out = {};
  for (const [name, walk] of Object.entries(variants)) {
    const times = [];
    let nodes = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      nodes = walk();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    out[name] = { ms: times[1], nodes };
  }
  return out;
}

/**
 * The rendering tax of a DOM change on this page: in each of `frames` consecutive frames, wraps one word of a
 * text node near the middle of the body in a `<span>` (what wrapping a highlight does, on the smallest scale),
 * and lets the frame render. Returns the stretch (performance.now(), i.e. ms after navigation start) to read
 * from a trace.
 * @param {{ frames: number }} input
 */
export async function frameTax({ frames }) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const candidates = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('p, li, td, div') && /\S{3,}\s/.test(node.data) && node.data.length > 20)
      candidates.push(node);
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  const start = performance.now();
  for (let i = 0; i < frames && candidates.length > 0; i++) {
    const node = candidates[Math.floor((candidates.length * (i + 1)) / (frames + 2))];
    const word = node.splitText(Math.min(5, node.data.length - 1));
    word.splitText(Math.min(3, word.data.length));
    const span = document.createElement('span');
    word.replaceWith(span);
    span.append(word);
    await frame();
  }
  await frame();
  return { start, end: performance.now(), changes: Math.min(frames, candidates.length) };
}
