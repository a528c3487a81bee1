// Where the main-thread time of a scan goes, from a Chromium trace of one page load with the extension on:
// (1) the `deal-lens:slice` measures, (2) the renderer main thread's tasks over the scan, (3) Blink's rendering
// phases, and, in the sampled variant, (4) V8 CPU samples (about every 0.2 ms) classified by the content
// script's own functions (run on the unminified build, wxt.profile.config.mjs, so the names are the source's).
//
// Only light categories are recorded: `devtools.timeline` would add a FunctionCall event to every one of the
// walk's filter callbacks (tens of thousands per page) and distort the very thing being measured.

/** Tasks, frames and our measures only: next to no overhead. */
export const LIGHT_CATEGORIES = ['toplevel', 'blink.user_timing', 'benchmark'];
/** The same plus V8's sampling profiler (slows JavaScript down noticeably: use for shares, not totals). */
export const SAMPLED_CATEGORIES = [
  ...LIGHT_CATEGORIES,
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

/** CPU-sample buckets, in report order. */
export const PROFILE_BUCKETS = [
  ['walk', 'walk: TreeWalker, filter or closest() (ReadableTextCursor.next)'],
  ['read', 'read: segments array, processed WeakSet (scanSubtree)'],
  ['send', 'send: messaging + JSON serialization (runtime.sendMessage)'],
  ['reply', 'reply: zod validation of the matches (request)'],
  ['plan', 'apply: planHighlights'],
  ['wrap', 'apply: wrapRanges (create and insert <deal-lens-mark>)'],
  ['applyOther', 'apply: bookkeeping (apply, collectMutations, takeRecords)'],
  ['measure', 'performance.measure'],
  ['end', 'end of scan: entityCounts, report, state'],
  ['csOther', 'content script: other'],
  ['style', 'frames: style recalc + layout'],
  ['compositingInputs', 'frames: compositing inputs'],
  ['paint', 'frames: pre-paint + paint'],
  ['frameOther', 'frames: other (animation, commit, …)'],
  ['gc', 'garbage collection'],
  ['native', 'native, other (IPC, message decoding, timers)'],
  ['otherJs', 'other JS (extension bindings, harness)'],
];

/**
 * Records a trace around `action` (a page load that ends when the scan is ready) on a page CDP session.
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
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
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
 * Reads a trace back over the scan window (first slice start → last slice end), or, with `window` (ms after the
 * page's navigationStart), over that stretch of a load with the extension off. Times in milliseconds.
 * @param {any[]} events
 * @param {{ url: string, window?: [number, number], sliceName?: string }} options
 */
export function analyzeTrace(events, { url, window, sliceName = 'deal-lens:slice' }) {
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
  slices.sort((a, b) => a[0] - b[0]);
  let start;
  let end;
  if (window) {
    start = navigation.ts + window[0] * 1000;
    end = navigation.ts + window[1] * 1000;
  } else {
    if (slices.length === 0) throw new Error('profile: no slice measures in the trace');
    start = slices[0][0];
    end = Math.max(...slices.map((s) => s[1]));
  }
  const clip = (s, e) => Math.max(0, Math.min(e, end) - Math.max(s, start));

  let busy = 0;
  let longestTask = 0;
  const tasks = [];
  let frames = 0;
  const phases = { style: 0, compositingInputs: 0, paint: 0, frameOther: 0 };
  const intervals = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X') continue;
    if (e.name === 'ThreadControllerImpl::RunTask') {
      busy += clip(e.ts, e.ts + e.dur);
      if (e.ts < end && e.ts + e.dur > start) {
        longestTask = Math.max(longestTask, e.dur);
        if (e.dur >= 50_000) tasks.push([e.ts, e.ts + e.dur]);
      }
    }
    const phase = LIFECYCLE[e.name];
    if (!phase) continue;
    const inWindow = clip(e.ts, e.ts + e.dur);
    if (phase === 'frameOther') {
      phases.frameOther += inWindow;
      if (inWindow > 0) frames++;
    } else {
      phases[phase] += inWindow;
    }
    intervals.push([e.ts, e.ts + e.dur, phase]);
  }
  // BeginMainFrame holds the phases: its "other" is what is left.
  phases.frameOther = Math.max(0, phases.frameOther - phases.style - phases.compositingInputs - phases.paint);
  intervals.sort((a, b) => LIFECYCLE_PRIORITY.indexOf(a[2]) - LIFECYCLE_PRIORITY.indexOf(b[2]));
  const sliceSum = slices.reduce((sum, [s, e]) => sum + clip(s, e), 0);
  // What each long task (≥ 50 ms) of the window held: our slices, a rendering frame's phases, or neither.
  const within = (ts, te, list) =>
    list.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, te) - Math.max(s, ts)), 0);
  const longTasks = tasks.map(([ts, te]) => ({
    ms: (te - ts) / 1000,
    slicesMs: within(ts, te, slices) / 1000,
    styleMs:
      within(
        ts,
        te,
        intervals.filter((i) => i[2] === 'style'),
      ) / 1000,
    compositingInputsMs:
      within(
        ts,
        te,
        intervals.filter((i) => i[2] === 'compositingInputs'),
      ) / 1000,
    frameMs:
      within(
        ts,
        te,
        intervals.filter((i) => i[2] === 'frameOther'),
      ) / 1000,
  }));

  const result = {
    slices: slices.length,
    sliceSumMs: sliceSum / 1000,
    window: [(start - navigation.ts) / 1000, (end - navigation.ts) / 1000],
    windowMs: (end - start) / 1000,
    busyMs: busy / 1000,
    longestTaskMs: longestTask / 1000,
    longTasks,
    frames,
    framesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, v / 1000])),
    otherBusyMs: (busy - sliceSum - Object.values(phases).reduce((a, b) => a + b, 0)) / 1000,
    buckets: null,
  };

  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (profile) result.buckets = sampleBuckets(events, profile, { pid, start, end, slices, intervals });
  return result;
}

/** CPU samples of the window by bucket, split into time inside the slices (what b counts) and outside. */
function sampleBuckets(events, profile, { pid, start, end, slices, intervals }) {
  const buckets = Object.fromEntries(PROFILE_BUCKETS.map(([key]) => [key, { inSlices: 0, outside: 0 }]));
  const nodes = new Map();
  const samples = [];
  const deltas = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    for (const s of data.cpuProfile?.samples ?? []) samples.push(s);
    for (const d of data.timeDeltas ?? []) deltas.push(d);
  }
  const contentScript = new Set(
    [...nodes.values()].filter((n) => n.callFrame.functionName === 'scanSubtree').map((n) => n.callFrame.scriptId),
  );
  const stackCache = new Map();
  const stackOf = (id) => {
    let stack = stackCache.get(id);
    if (!stack) {
      stack = [];
      for (let node = nodes.get(id); node; node = nodes.get(node.parent)) stack.push(node.callFrame);
      stackCache.set(id, stack);
    }
    return stack; // leaf first
  };
  const inSlice = (t) => slices.some(([s, e]) => t >= s && t < e);
  const phaseAt = (t) => intervals.find(([s, e]) => t >= s && t < e)?.[2];
  let t = profile.args.data.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (t < start || t >= end) continue;
    const weight = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const stack = stackOf(samples[i]);
    const leaf = stack[0]?.functionName;
    if (leaf === '(idle)') continue;
    const key = classify(stack, leaf, contentScript, phaseAt(t));
    buckets[key][inSlice(t) ? 'inSlices' : 'outside'] += weight;
  }
  return buckets;
}

function classify(stack, leaf, contentScript, phase) {
  const names = new Set(stack.map((f) => f.functionName));
  const has = (name) => names.has(name);
  if (leaf === '(garbage collector)') return 'gc';
  if (has('acceptNode') || has('isSkippedElement') || (has('next') && has('scanSubtree'))) return 'walk';
  if (has('wrapRanges')) return 'wrap';
  if (has('planHighlights')) return 'plan';
  if (has('measureSlice')) return 'measure';
  // webext-core's sendMessage awaits before calling runtime.sendMessage: that part runs after the slice ends.
  if (has('sendMessage')) return 'send';
  if (has('request') || has('requestFromPage')) return 'reply';
  if (has('scanSubtree')) return 'read';
  if (has('apply') || has('collectMutations')) return 'applyOther';
  if (has('entityCounts') || has('drain') || has('onScanned') || has('report')) return 'end';
  if (stack.some((f) => contentScript.has(f.scriptId))) return 'csOther';
  if (leaf === '(program)' || leaf === '(root)') return phase ?? 'native';
  return 'otherJs';
}
