// Where Deal Lens's main-thread time goes, from Chromium traces of one page load with the extension (the
// unminified build, wxt.profile.config.mjs, so the CPU profile names the source's functions) and one without any
// extension, both read over the same stretch after navigation start: from the content script's first sample to
// the end of the measured load (ready + two frames). Recorded: the renderer main thread's tasks, Blink's
// rendering phases, our `deal-lens:slice` measures, and V8 CPU samples (about every 0.2 ms) on both sides, so
// the sampling overhead is the same on both.
//
// Only light categories are recorded: `devtools.timeline` would add an event to every JavaScript callback and
// distort what is measured.

/** Tasks, frames and our measures only: next to no overhead. */
export const LIGHT_CATEGORIES = ['toplevel', 'blink.user_timing', 'benchmark'];
/**
 * Tasks and V8's sampling profiler at its default rate: what every measured load records, on both sides, to find
 * Deal Lens's own main-thread work from outside (its content script makes no performance entries: issue 22).
 */
export const OUR_WORK_CATEGORIES = ['toplevel', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
/** The same plus V8's sampling profiler (slows JavaScript down noticeably: use for shares, not totals). */
export const SAMPLED_CATEGORIES = [
  ...LIGHT_CATEGORIES,
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

/**
 * What it takes to see every piece of JavaScript on the main thread, promise continuations included: CDP's
 * ScriptDuration leaves those out (a continuation after an `await` runs in a microtask checkpoint, outside the
 * probes it counts; checked in Chromium 156: 200 ms of work after an await added 0 ms of ScriptDuration), and
 * Deal Lens's startup and scan run almost entirely there.
 */
export const SCRIPT_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'];
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'FunctionCall',
  'RunMicrotasks',
  'FireIdleCallback',
  'TimerFire',
  'FireAnimationFrame',
]);

/**
 * Main-thread time inside JavaScript (the union of script events, so nested ones count once; layout or style a
 * script forces counts as script), from navigation start to `endMs` after it, in a trace recorded with
 * SCRIPT_CATEGORIES.
 * @param {any[]} events
 * @param {{ url: string, endMs: number }} options
 */
export function scriptTime(events, { url, endMs }) {
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  if (!navigation) throw new Error(`script time: no navigationStart for ${url} in the trace`);
  const { pid, tid } = navigation;
  const end = navigation.ts + endMs * 1000;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    .map((e) => [Math.max(e.ts, navigation.ts), Math.min(e.ts + (e.dur ?? 0), end)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [0, 0];
  for (const [s, e] of spans) {
    if (s > to) {
      total += to - from;
      [from, to] = [s, e];
    } else to = Math.max(to, e);
  }
  total += to - from;
  return total / 1000;
}

/** CPU-sample buckets, in report order. */
export const PROFILE_BUCKETS = [
  ['eval', 'content script evaluation (page-layer.js top level)'],
  ['startup', 'startup: settings read, wiring, listeners (startContentScript, turnOn)'],
  ['walk', 'walk: TreeWalker + readable verdicts (ReadableTextCursor)'],
  ['read', 'read: segments and batches (toSegments, toBatches)'],
  ['messaging', 'messaging: runtime.sendMessage, structured clone, reply (sendFromPage, readMatchReply)'],
  ['plan', 'plan: planHighlights'],
  ['visibility', 'visibility checks (checkVisibility, range rects, computed style: forced style/layout)'],
  ['apply', 'apply: mention index + drawing the boxes (before issue 22: StaticRanges into CSS.highlights)'],
  ['showOther', 'show: other (mention objects, settings filters)'],
  ['measure', 'performance.measure (before issue 22 only)'],
  ['end', 'end of scan: counts, report, state attribute'],
  ['csOther', 'content script: other (timers, listeners, lifetime checks)'],
  ['pageUi', 'page-ui.js (card, keyboard navigation)'],
  ['style', 'frames: style recalc + layout'],
  // Chromium rebuilds every highlight marker of the page at the start of this phase whenever the DOM, the style or
  // any registered Highlight changed (HighlightRegistry::ValidateHighlightMarkers): with painted highlights, this
  // is where their cost lands, once per frame after each change.
  ['compositingInputs', 'frames: compositing inputs (incl. rebuilding every highlight marker)'],
  ['paint', 'frames: pre-paint + paint (incl. painting the highlights)'],
  ['frameOther', 'frames: other (animation, commit, …)'],
  ['gc', 'garbage collection'],
  ['native', 'native, other (IPC, message decoding, parsing, timers)'],
  ['otherJs', 'other JS (extension bindings, harness)'],
];

/**
 * Records a trace around `action` (a page load) on a page's CDP session.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string[]} categories
 * @param {() => Promise<unknown>} action
 */
export async function traceDuring(cdp, categories, action) {
  const events = [];
  const onData = (data) => {
    for (const event of data.value) events.push(event);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
  });
  let result;
  try {
    result = await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { events, result };
}

const LIFECYCLE = {
  'LocalFrameView::RunStyleAndLayoutLifecyclePhases': 'style',
  'LocalFrameView::RunCompositingInputsLifecyclePhase': 'compositingInputs',
  'LocalFrameView::RunPrePaintLifecyclePhase': 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  'ProxyMain::BeginMainFrame': 'frameOther',
};
const LIFECYCLE_PRIORITY = ['style', 'compositingInputs', 'paint', 'frameOther'];

/**
 * Reads a trace of one load of `url` over a stretch of it, in ms after its navigationStart: `window`, or, with
 * `fromContentScript`, from the first CPU sample in page-layer.js (or the first slice) to `window[1]`.
 * @param {any[]} events
 * @param {{ url: string, window: [number, number], fromContentScript?: boolean, sliceName?: string }} options
 */
export function analyzeTrace(events, { url, window, fromContentScript = false, sliceName = 'deal-lens:slice' }) {
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  if (!navigation) throw new Error(`profile: no navigationStart for ${url} in the trace`);
  const { pid, tid } = navigation;
  const begins = new Map();
  const slices = [];
  for (const e of events) {
    if (e.name !== sliceName || e.pid !== pid) continue;
    const key = e.id2?.local ?? e.id;
    if (e.ph === 'b') begins.set(key, e.ts);
    else if (e.ph === 'e' && begins.has(key)) {
      slices.push([begins.get(key), e.ts]);
      begins.delete(key);
    }
  }
  // Builds since issue 22 make no user-timing entries: their slices are the tasks holding samples of their code.
  if (slices.length === 0) {
    for (const [s, d] of ourWork(events, { url, endMs: window[1] }).slices)
      slices.push([navigation.ts + s * 1000, navigation.ts + (s + d) * 1000]);
  }
  slices.sort((a, b) => a[0] - b[0]);
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const samples = profile ? readSamples(events, profile, pid) : null;

  let start = navigation.ts + window[0] * 1000;
  const end = navigation.ts + window[1] * 1000;
  if (fromContentScript) {
    const firstOurs = samples?.list.find((s) => s.stack.some((f) => isOurs(f.url)) && s.t >= navigation.ts)?.t;
    const candidates = [firstOurs, slices[0]?.[0]].filter((t) => t !== undefined);
    if (candidates.length) start = Math.min(...candidates);
  }
  const clip = (s, e) => Math.max(0, Math.min(e, end) - Math.max(s, start));

  let busy = 0;
  let longestTask = 0;
  let frames = 0;
  const phases = { style: 0, compositingInputs: 0, paint: 0, frameOther: 0 };
  const intervals = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X') continue;
    if (e.name === 'ThreadControllerImpl::RunTask') {
      busy += clip(e.ts, e.ts + e.dur);
      if (e.ts < end && e.ts + e.dur > start) longestTask = Math.max(longestTask, e.dur);
    }
    const phase = LIFECYCLE[e.name];
    if (!phase) continue;
    const inWindow = clip(e.ts, e.ts + e.dur);
    if (phase === 'frameOther') {
      phases.frameOther += inWindow;
      if (inWindow > 0) frames++;
    } else phases[phase] += inWindow;
    intervals.push([e.ts, e.ts + e.dur, phase]);
  }
  // BeginMainFrame holds the phases: its "other" is what is left.
  phases.frameOther = Math.max(0, phases.frameOther - phases.style - phases.compositingInputs - phases.paint);
  intervals.sort((a, b) => LIFECYCLE_PRIORITY.indexOf(a[2]) - LIFECYCLE_PRIORITY.indexOf(b[2]));

  const result = {
    window: [(start - navigation.ts) / 1000, (end - navigation.ts) / 1000],
    windowMs: (end - start) / 1000,
    busyMs: busy / 1000,
    sliceSumMs: slices.reduce((sum, [s, e]) => sum + clip(s, e), 0) / 1000,
    longestTaskMs: longestTask / 1000,
    frames,
    framesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, v / 1000])),
    buckets: null,
  };
  if (samples) result.buckets = sampleBuckets(samples, { start, end, slices, intervals });
  return result;
}

const isOurs = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');

/**
 * Deal Lens's own main-thread work in a load, from a trace recorded with OUR_WORK_CATEGORIES: CPU samples whose
 * stack holds a frame of the extension's scripts, grouped by the task they fell in. Each task with some is a
 * "slice" of ours: `[start, duration, ours]` in ms after navigation start (the task's whole length, and the part
 * sampled in our code). `sumMs` adds up the sampled time of ours (b), promise continuations included.
 * @param {any[]} events
 * @param {{ url: string, endMs: number }} options
 */
export function ourWork(events, { url, endMs }) {
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  const empty = { slices: [], sumMs: 0, maxSliceMs: 0, firstSliceAt: null, lastSliceEnd: null };
  if (!navigation) return empty;
  const { pid, tid } = navigation;
  const end = navigation.ts + endMs * 1000;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return empty;
  const samples = readSamples(events, profile, pid).list.filter(
    (s) => s.t >= navigation.ts && s.t <= end && s.stack.some((f) => isOurs(f.url)),
  );
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const byTask = new Map();
  let t = 0;
  for (const sample of samples) {
    while (t < tasks.length && tasks[t].ts + tasks[t].dur < sample.t) t++;
    const task = tasks[t];
    if (!task || task.ts > sample.t) continue;
    byTask.set(task, (byTask.get(task) ?? 0) + sample.weight);
  }
  const slices = [...byTask].map(([task, oursMs]) => [(task.ts - navigation.ts) / 1000, task.dur / 1000, oursMs]);
  return {
    slices,
    sumMs: samples.reduce((sum, s) => sum + s.weight, 0),
    maxSliceMs: Math.max(0, ...slices.map(([, , oursMs]) => oursMs)),
    firstSliceAt: slices[0]?.[0] ?? null,
    lastSliceEnd: slices.length ? Math.max(...slices.map(([s, d]) => s + d)) : null,
  };
}

/** The CPU samples of the renderer main thread, each with its time and stack (leaf first). */
function readSamples(events, profile, pid) {
  const nodes = new Map();
  const ids = [];
  const deltas = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    for (const s of data.cpuProfile?.samples ?? []) ids.push(s);
    for (const d of data.timeDeltas ?? []) deltas.push(d);
  }
  const stackCache = new Map();
  const stackOf = (id) => {
    let stack = stackCache.get(id);
    if (!stack) {
      stack = [];
      for (let node = nodes.get(id); node; node = nodes.get(node.parent)) stack.push(node.callFrame);
      stackCache.set(id, stack);
    }
    return stack;
  };
  const list = [];
  let t = profile.args.data.startTime;
  for (let i = 0; i < ids.length; i++) {
    t += deltas[i] ?? 0;
    list.push({ t, weight: Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0) / 1000, stack: stackOf(ids[i]) });
  }
  return { list };
}

/** CPU samples of the window by bucket, split into time inside our slices (what b counts) and outside. */
function sampleBuckets(samples, { start, end, slices, intervals }) {
  const buckets = Object.fromEntries(PROFILE_BUCKETS.map(([key]) => [key, { inSlices: 0, outside: 0 }]));
  const inSlice = (t) => slices.some(([s, e]) => t >= s && t < e);
  const phaseAt = (t) => intervals.find(([s, e]) => t >= s && t < e)?.[2];
  for (const { t, weight, stack } of samples.list) {
    if (t < start || t >= end) continue;
    const leaf = stack[0]?.functionName;
    if (leaf === '(idle)') continue;
    const key = classify(stack, leaf, phaseAt(t));
    buckets[key][inSlice(t) ? 'inSlices' : 'outside'] += weight;
  }
  return buckets;
}

const WALK = new Set(['next', 'advance', 'readable', 'readableIn', 'skipsItself']);
const READ = new Set(['toSegments', 'toBatches', 'pieceStarts']);
const MESSAGING = new Set(['sendFromPage', 'sendMessage', 'unwrapReply', 'readMatchReply', 'match']);
const VISIBILITY = new Set(['isVisible', 'clippedAway', 'clipsItsContent', 'checkVisibility']);
const APPLY = new Set(['add', 'createRange', 'insertOrdered', 'insertSorted', 'register', 'draw', 'planBoxes', 'seen']);
const END = new Set(['counts', 'report', 'onScanned', 'setState']);

function classify(stack, leaf, phase) {
  if (leaf === '(garbage collector)') return 'gc';
  const ours = stack.filter((f) => isOurs(f.url));
  if (ours.length === 0) {
    if (leaf === '(program)' || leaf === '(root)') return phase ?? 'native';
    return 'otherJs';
  }
  if (ours.some((f) => f.url.endsWith('/page-ui.js'))) return 'pageUi';
  // Our own frames, innermost first: the first one that names a known step decides.
  for (const frame of ours) {
    const name = frame.functionName;
    if (name === 'measureSlice') return 'measure';
    if (WALK.has(name)) return 'walk';
    if (READ.has(name)) return 'read';
    if (MESSAGING.has(name)) return 'messaging';
    if (name === 'planHighlights') return 'plan';
    if (VISIBILITY.has(name)) return 'visibility';
    if (APPLY.has(name)) return 'apply';
    if (name === 'show' || name === 'showNowVisible') return 'showOther';
    if (END.has(name)) return 'end';
    if (name === 'scanSubtree') return 'read';
    if (name === 'startContentScript' || name === 'turnOn' || name === 'apply' || name === 'readPageSettings')
      return 'startup';
  }
  // Only anonymous frames of ours, the outermost at the top of the file: the script being evaluated.
  const outermost = ours[ours.length - 1];
  if (outermost && !outermost.functionName && outermost.lineNumber <= 1 && ours.every((f) => !f.functionName))
    return 'eval';
  return 'csOther';
}
