// `npm run bench`: what Deal Lens costs the reader of a page, measured as a whole, next to a bare TreeWalker
// (the floor) and mark.js (the usual way of highlighting a word list), on the five largest pages of the corpus
// and a generated ~5 MB news page, with the seed catalog and with 1,000 and 10,000 generated entities added to
// the store. Then a blank page's fixed cost, the hover card, the popup and the script sizes; then a profile of
// where the main-thread time goes. Writes tests/bench/results.json and tests/bench/results.md; each figure's
// method is described where it is measured. Never part of CI or `npm test`: timings live here only.
//
// Two browsers run side by side: one with the extension, one with no extension at all. Each run of a page is a
// pair of fresh tabs, interleaved: with the extension until `<html data-deal-lens="ready">` plus two frames;
// then without, until the same moment after navigation start plus two frames. Chrome's own counters
// (`Performance.getMetrics`) around each load give what the reader pays: with minus without.
//
// Environment (all optional):
//   BENCH_RUNS=5               pairs (with, without) per page and catalog; also blank-page pairs, popup and card
//                              runs per catalog
//   BENCH_SLOW_S=15, BENCH_SLOW_RUNS=2   a page whose scan takes longer than 15 s gets 2 pairs only
//   BENCH_MARK_RUNS=1          mark.js runs per page and catalog
//   BENCH_MARK_CAP_S=15        mark.js time cap per run with generated catalogs (raised to 110 × b, up to
//   BENCH_MARK_MAX_CAP_S=60    this, when needed to decide c/b ≥ 100)
//   BENCH_MARK_SEED_CAP_S=8    mark.js time cap with the seed catalog
//   BENCH_MARK_SEED=1          run mark.js with the seed catalog (0: skip)
//   BENCH_MARK_10K_PAGE=wikipedia-2   the one page mark.js runs on with 10,000 entities ("none": skip)
//   BENCH_PROFILE=1            build the unminified extension and profile each page (0: skip)
//   BENCH_TRACE_DIR=/tmp/x     also write each profiled trace there (open in Perfetto or chrome://tracing)
//   BENCH_PAGES=yahoo-2,generated-5mb  BENCH_CATALOGS=seed,1000   subsets, for development
//   BENCH_BEFORE=/path/to/an/older/chrome-mv3 build: measured in the same run, interleaved with this one (a third
//                              browser), so each row also gives the figures before the change, side by side, and
//                              docs/benchmarks.md gets its "Page layer" section (BENCH_BEFORE_LABEL names that build)
//   BENCH_RESULTS_DIR=/tmp/x   write results.json and results.md there instead of tests/bench/
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assertLaunchable, extensionDir, tabIdOf } from '../support/extension-browser.mjs';
import { REPO_ROOT, seedNewsPages } from '../support/news-page.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import { generateCatalog, generateNewsPage, plantedNames } from './generate.mjs';
import { openBrowser } from './harness.mjs';
import { measurePageFigures, PAGE_FIGURES_HEADING, pageFiguresSection } from './page-figures-bench.mjs';
import { floorWalk, pickHoverTarget, readCardShown, runMarkJs, watchPopupRender } from './probes.mjs';
import { analyzeTrace, PROFILE_BUCKETS, SAMPLED_CATEGORIES, SCRIPT_CATEGORIES, scriptTime } from './profile-scan.mjs';
import { bytes, duration, ms, msRange, ratio, stats } from './report.mjs';
import { BENCHMARKS_DOC, pageLayerSection, writeBenchmarksDoc } from './write-benchmarks-doc.mjs';
import { writeOutputs } from './write-results.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const env = (name, fallback) => process.env[name] ?? fallback;
const RUNS = Number(env('BENCH_RUNS', '5'));
const MARK_RUNS = Number(env('BENCH_MARK_RUNS', '1'));
const MARK_CAP_MS = Number(env('BENCH_MARK_CAP_S', '15')) * 1000;
const MARK_SEED_CAP_MS = Number(env('BENCH_MARK_SEED_CAP_S', '8')) * 1000;
const MARK_MAX_CAP_MS = Number(env('BENCH_MARK_MAX_CAP_S', '60')) * 1000;
const MARK_SEED = env('BENCH_MARK_SEED', '1') !== '0';
const MARK_10K_PAGE = env('BENCH_MARK_10K_PAGE', 'wikipedia-2');
const PAGE_FILTER = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const CATALOG_FILTER = process.env.BENCH_CATALOGS?.split(',').filter(Boolean);
const SLOW_MS = Number(env('BENCH_SLOW_S', '15')) * 1000;
const SLOW_RUNS = Number(env('BENCH_SLOW_RUNS', '2'));
const PROFILE = env('BENCH_PROFILE', '1') !== '0';
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
const BEFORE_DIR = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : null;
/** Issue 23's popup line (tests/bench/page-figures-bench.mjs): 0 skips it; BENCH_ONLY=page-figures runs only it. */
const PAGE_FIGURES = env('BENCH_PAGE_FIGURES', '1') !== '0';
const ONLY_PAGE_FIGURES = env('BENCH_ONLY', '') === 'page-figures';
/** Where results.json and results.md go (a partial run for a comparison need not replace the full one). */
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ? path.resolve(process.env.BENCH_RESULTS_DIR) : BENCH_DIR;

const HOVER_DELAY_MS = 300;
const GENERATED = 'generated-5mb';
/** Issue 22.6: one text node holding 16,000 mentions (it used to cost a 1.2 s task: a sort per mention). */
const ONE_NODE = 'one-node-16k';
const ONE_NODE_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une liste</title></head>
<body><main><p>${'Huawei signe encore. '.repeat(16_000)}</p></main></body></html>`;
const BLANK = 'blank';
const CORPUS_SIZES = 5;
const PROFILE_CONFIG = path.join('tests', 'bench', 'wxt.profile.config.mjs');
const PROFILE_DIR = path.join(REPO_ROOT, '.output', 'bench-profile', 'chrome-mv3');
const BASE_SETTINGS = { enabled: true, disabledSites: [], scope: 'page', hoverDelayMs: HOVER_DELAY_MS };
// mark.js options as close as possible to what Deal Lens does: whole words bounded by spaces or punctuation,
// accents ignored, each alias as one phrase, no match across elements, and the same elements skipped
// (lib/scan/readable-text.ts; mark.js itself always skips script, style, title, head and html).
const MARK_OPTIONS = {
  element: 'mark',
  className: 'bench-markjs',
  accuracy: {
    value: 'exactly',
    limiters: [...',.;:!?"\'’‘()[]{}«»“”-–—/…'],
  },
  diacritics: true,
  separateWordSearch: false,
  caseSensitive: false,
  acrossElements: false,
  ignoreJoiners: false,
  exclude: [
    'noscript, template, textarea, input, select, option, code, pre, kbd, samp, svg, math, canvas, iframe, object, [contenteditable]:not([contenteditable="false"]), [hidden], [aria-hidden="true"]',
  ],
};
// A page with nothing to highlight: what Deal Lens costs every page a reader opens.
const BLANK_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A quiet morning</title></head>
<body><main><h1>A quiet morning</h1><p>The weather in the valley was mild this week, and the bakery on the corner
opened early as it always does. Nothing else happened.</p></main></body></html>`;

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);

// --- inputs --------------------------------------------------------------------------------------------------

function corpusFolder() {
  const dir = path.resolve(
    REPO_ROOT,
    process.env.DEAL_LENS_CORPUS || path.join('..', 'shared', 'corpus', 'readability'),
  );
  return existsSync(path.join(dir, 'MANIFEST.json')) ? dir : null;
}

function machineInfo() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: os.cpus().length,
    ramGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    // Other work on the machine skews every figure: the 1-minute load average when the run started (at the end it
    // mostly shows the benchmark's own browsers).
    loadAverageStart: Math.round(os.loadavg()[0] * 100) / 100,
    date: new Date().toISOString(),
  };
}

/** The commit measured, and whether files outside tests/bench differed from it when the build was copied. */
function sourceVersion() {
  const git = (...args) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', '.', ':(exclude)tests/bench').split('\n').filter(Boolean);
    return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedFiles: changed.length };
  } catch {
    return { commit: 'unknown', uncommittedFiles: null };
  }
}

/** Raw and gzip sizes: the eager content script, the lazy page UI, and every file the card page loads. */
function scriptSizes(dir) {
  const size = (file) => {
    const full = path.join(dir, file);
    if (!existsSync(full)) return null;
    const raw = readFileSync(full);
    return { file, raw: raw.length, gzip: gzipSync(raw).length };
  };
  const cardHtml = existsSync(path.join(dir, 'card.html')) ? readFileSync(path.join(dir, 'card.html'), 'utf8') : '';
  const cardFiles = [...cardHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const cardParts = cardFiles.map(size).filter(Boolean);
  return {
    pageLayer: size('page-layer.js'),
    pageUi: size('page-ui.js'),
    cardEntry: cardParts.find((p) => /^chunks\/card-/.test(p.file)) ?? null,
    cardPage: {
      files: cardParts,
      raw: cardParts.reduce((t, p) => t + p.raw, 0),
      gzip: cardParts.reduce((t, p) => t + p.gzip, 0),
    },
  };
}

// --- the run -----------------------------------------------------------------------------------------------

async function main() {
  assertLaunchable();
  // Before anything of ours runs (the profile build, the browser): is the machine busy with other work?
  const cpuBusyAtStartPercent = await cpuBusyPercent();
  // A private copy of the build: others may rebuild .output/chrome-mv3 while the benchmark runs.
  const source = { ...sourceVersion(), cpuBusyAtStartPercent };
  const extension = mkdtempSync(path.join(os.tmpdir(), 'deal-lens-bench-extension-'));
  cpSync(extensionDir(), extension, { recursive: true });
  let profileExtension = null;
  try {
    if (ONLY_PAGE_FIGURES) {
      await runPageFigures(extension, source);
      return;
    }
    if (PROFILE) {
      log('building the unminified extension for the profile (tests/bench/wxt.profile.config.mjs)');
      execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-c', PROFILE_CONFIG], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      });
      profileExtension = mkdtempSync(path.join(os.tmpdir(), 'deal-lens-bench-profile-'));
      cpSync(PROFILE_DIR, profileExtension, { recursive: true });
      const after = sourceVersion();
      source.profileBuild = after;
      if (after.commit !== source.commit || after.uncommittedFiles !== source.uncommittedFiles)
        log(`warning: the sources changed between the two builds (${source.commit} → ${after.commit})`);
    }
    await run(extension, profileExtension, source);
    if (PAGE_FIGURES) await runPageFigures(extension, source);
  } finally {
    rmSync(extension, { recursive: true, force: true });
    if (profileExtension) rmSync(profileExtension, { recursive: true, force: true });
  }
}

/** Issue 23: popup opened → "On this page" shown on a ~2,000-word article; written to docs/benchmarks.md. */
async function runPageFigures(extension, source) {
  const runs = Math.max(RUNS, 5);
  log(`page figures: opening the popup ${runs} times on a ~2,000-word article`);
  const machine = machineInfo();
  const result = await measurePageFigures({ dir: extension, runs });
  log(
    `  ${result.words} words, ${result.rows} figures (${result.state}): data ${msRange(result.data)} ms, figures ${msRange(result.section)} ms`,
  );
  const settings = Object.entries(process.env)
    .filter(([k]) => k.startsWith('BENCH_'))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const command = `${settings ? `${settings} ` : ''}npm run bench`;
  const commit = `${source.commit}${source.uncommittedFiles ? ` (+${source.uncommittedFiles} uncommitted files)` : ''}`;
  writeBenchmarksDoc(
    BENCHMARKS_DOC(REPO_ROOT),
    pageFiguresSection(result, { command, machine, commit }),
    PAGE_FIGURES_HEADING,
  );
  return result;
}

/** Share of CPU time spent busy over `ms` milliseconds, from /proc/stat (null where there is none). */
async function cpuBusyPercent(ms = 2000) {
  const read = () => {
    if (!existsSync('/proc/stat')) return null;
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = read();
  if (!before || !after || after.total === before.total) return null;
  return Math.round(100 * (1 - (after.idle - before.idle) / (after.total - before.total)));
}

async function run(extension, profileExtension, source) {
  const corpus = corpusFolder();
  const manifest = corpus ? JSON.parse(readFileSync(path.join(corpus, 'MANIFEST.json'), 'utf8')) : [];
  const corpusPages = [...manifest]
    .sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0))
    .slice(0, CORPUS_SIZES)
    .map((p) => ({ name: p.name, kind: 'corpus', bytes: p.bytes, path: `/corpus/${p.name}/source.html` }));
  if (!corpus) log('corpus folder ../shared/corpus/readability is absent: running on the generated page only');

  log('generating the catalogs (10,000 entities; the first 1,000 are the 1,000-entity catalog) and the page');
  const catalog10k = generateCatalog(10_000);
  const news = generateNewsPage({ targetBytes: 5_000_000, planted: plantedNames(catalog10k) });
  const pages = [
    ...corpusPages,
    { name: GENERATED, kind: 'generated', bytes: news.bytes, path: '/bench/generated-5mb.html' },
    { name: ONE_NODE, kind: 'generated', bytes: ONE_NODE_HTML.length, path: '/bench/one-node-16k.html' },
  ].filter((p) => !PAGE_FILTER || PAGE_FILTER.includes(p.name));
  log(
    `pages: ${pages.map((p) => `${p.name} (${bytes(p.bytes)})`).join(', ')}; generated page: ${news.articles} articles, ${news.plantedMentions.small} mentions of entities 1–1,000 and ${news.plantedMentions.large} of entities 1,001–10,000 planted`,
  );

  const [hoverSource] = await seedNewsPages();
  if (!hoverSource) throw new Error('no seed article to build the hover-card page from');
  // Every page is served from 127.0.0.1 as UTF-8 with its scripts off (the corpus captures' scripts would
  // reach for the network, which is blocked anyway); nothing else is reachable.
  const csp = { 'Content-Security-Policy': "script-src 'none'" };
  const html = (body) => ({ body, contentType: 'text/html; charset=utf-8', headers: csp });
  const server = await startStaticServer({
    roots: corpus ? [{ prefix: '/corpus/', dir: corpus, csp: "script-src 'none'" }] : [],
    pages: [
      ['/bench/generated-5mb.html', html(news.html)],
      ['/bench/hover.html', html(hoverSource.html)],
      ['/bench/blank.html', html(BLANK_HTML)],
      ['/bench/one-node-16k.html', html(ONE_NODE_HTML)],
    ],
  });

  const results = {
    machine: { ...machineInfo(), cpuBusyAtStartPercent: source.cpuBusyAtStartPercent },
    source: { commit: source.commit, uncommittedFiles: source.uncommittedFiles, profileBuild: source.profileBuild },
    config: {
      runs: RUNS,
      markRuns: MARK_RUNS,
      markCapS: MARK_CAP_MS / 1000,
      markSeedCapS: MARK_SEED_CAP_MS / 1000,
      markMaxCapS: MARK_MAX_CAP_MS / 1000,
      mark10kPage: MARK_10K_PAGE,
      hoverDelayMs: HOVER_DELAY_MS,
      settings: BASE_SETTINGS,
      markOptions: MARK_OPTIONS,
      profile: PROFILE,
    },
    pages: pages.map(({ name, kind, bytes: size }) => ({ name, kind, bytes: size })),
    generatedPage: { bytes: news.bytes, articles: news.articles, plantedMentions: news.plantedMentions },
    corpusAvailable: Boolean(corpus),
    catalogs: [],
    rows: [],
    blank: [],
    sizes: scriptSizes(extension),
    popup: [],
    card: [],
    profile: [],
  };
  // The browser without any extension serves the "without" side, the floor (a), mark.js (c) and the profile's
  // comparison loads.
  const bare = await openBrowser({});
  try {
    results.machine.chromium = bare.browserVersion.product;
    results.machine.userAgent = bare.browserVersion.userAgent;
    await measure({ results, pages, server, catalog10k, extension, bare });
    if (profileExtension) await profile({ results, pages, server, catalog10k, dir: profileExtension, bare });
    results.blockedRequests = {
      total: bare.blocked.length + (results.blockedFromExtensionBrowser?.length ?? 0),
      fromExtensionBrowser: results.blockedFromExtensionBrowser ?? [],
    };
    delete results.blockedFromExtensionBrowser;
  } finally {
    await bare.close();
    await server.close();
  }
  results.durationS = Math.round((Date.now() - startedAt) / 1000);
  results.machine.loadAverageEnd = Math.round(os.loadavg()[0] * 100) / 100;
  writeOutputs(results, RESULTS_DIR, log);
  if (BEFORE_DIR) {
    const section = pageLayerSection(results, {
      beforeLabel: `the build in ${process.env.BENCH_BEFORE_LABEL ?? BEFORE_DIR}`,
      afterLabel: `Commit ${source.commit}${source.uncommittedFiles ? ' (with uncommitted changes)' : ''}`,
      command: `BENCH_BEFORE=… ${Object.entries(process.env)
        .filter(([k]) => k.startsWith('BENCH_') && k !== 'BENCH_BEFORE' && k !== 'BENCH_BEFORE_LABEL')
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} npm run bench`.replace(/ {2,}/g, ' '),
    });
    writeBenchmarksDoc(BENCHMARKS_DOC(REPO_ROOT), section);
    log('wrote the "Page layer" section of docs/benchmarks.md');
  }
}

const CATALOGS = [
  { key: 'seed', label: 'seed', from: 0, to: 0 },
  { key: '1000', label: 'seed + 1,000', from: 0, to: 1000 },
  { key: '10000', label: 'seed + 10,000', from: 1000, to: 10_000 },
];

/** Pairwise (with − without) of one counter, in ms; TaskDuration leaves out the harness's own DevTools commands. */
function added(pairs, name) {
  const value = (side) =>
    name === 'TaskDuration' ? side.metrics.TaskDuration - side.metrics.DevToolsCommandDuration : side.metrics[name];
  return pairs.map(({ on, off }) => value(on) - value(off));
}

/**
 * The long tasks and long animation frames of a load with the extension, over the scan (from the moment the
 * content script marked `<html data-deal-lens>` to the end of the load), and which of them are ours: a task that
 * holds one of our slices; a frame that holds one (so also the frame that paints the highlights that slice
 * added), or in which Chrome attributes a script to an extension. And, for comparison, the long tasks and frames
 * of the load without any extension over the same stretch.
 */
function longWork({ on, off }) {
  const from = on.scanningAt ?? on.firstSliceAt ?? 0;
  const inScan = (list) => list.filter((x) => x.start + x.duration > from);
  const tasksOn = inScan(on.tasks);
  const framesOn = inScan(on.frames);
  const ourTasks = tasksOn.filter((t) => t.sliceMs > 0);
  const ourFrames = framesOn.filter((f) => f.sliceMs > 0 || f.extensionScriptMs > 0);
  const max = (list) => Math.max(0, ...list.map((x) => x.duration));
  const offFrom = (list) => list.filter((x) => x.start + x.duration > from);
  return {
    ourLongestTask: max(ourTasks),
    ourLongestFrame: max(ourFrames),
    ourTasks: ourTasks.length,
    ourFrames: ourFrames.length,
    ourFrameDetail: ourFrames.map((f) => ({
      duration: f.duration,
      sliceMs: f.sliceMs,
      renderMs: f.renderMs,
      styleAndLayoutMs: f.styleAndLayoutMs,
      extensionScriptMs: f.extensionScriptMs,
    })),
    extensionScriptMs: framesOn.reduce((t, f) => t + f.extensionScriptMs, 0),
    longTasksWith: tasksOn.length,
    longFramesWith: framesOn.length,
    longestTaskWith: max(tasksOn),
    longestFrameWith: max(framesOn),
    longTasksWithout: offFrom(off.tasks).length,
    longFramesWithout: offFrom(off.frames).length,
    longestTaskWithout: max(offFrom(off.tasks)),
    longestFrameWithout: max(offFrom(off.frames)),
  };
}

/**
 * N interleaved pairs of loads of `url`: with the extension until ready + 2 frames, then without, as long. A page
 * whose scan takes longer than BENCH_SLOW_S gets BENCH_SLOW_RUNS pairs (the row says how many). `onFirst` runs on
 * the first tab with the extension once its figures are read (the popup is measured there).
 */
async function pairs(withExtension, bare, url, { floor = false, onFirst, withBefore = null } = {}) {
  const list = [];
  let runs = RUNS;
  for (let i = 0; i < runs; i++) {
    const on = await withExtension.measuredLoad(url, { state: 'ready' }, i === 0 ? onFirst : undefined);
    const prior = withBefore ? await withBefore.measuredLoad(url, { state: 'ready' }) : null;
    const off = await bare.measuredLoad(
      url,
      { untilMs: Math.max(on.reachedAt, prior?.reachedAt ?? 0) },
      floor ? (p) => p.evaluate(floorWalk) : undefined,
    );
    list.push({ on, off, prior });
    if (i === 0 && on.reachedAt > SLOW_MS && runs > SLOW_RUNS) {
      runs = SLOW_RUNS;
      log(`  (navigation → ready took ${duration(on.reachedAt)}: ${runs} pairs on this page)`);
    }
  }
  return list;
}

/**
 * Added script time, from one traced pair of loads (SCRIPT_CATEGORIES): every piece of JavaScript on the main
 * thread, promise continuations included, which CDP's ScriptDuration leaves out. Traced apart from the measured
 * pairs, so the tracing's own overhead never reaches their counters.
 */
async function addedScriptTraced(withExtension, bare, url) {
  const on = await withExtension.measuredLoad(url, { state: 'ready' }, undefined, SCRIPT_CATEGORIES);
  const off = await bare.measuredLoad(url, { untilMs: on.reachedAt }, undefined, SCRIPT_CATEGORIES);
  try {
    return scriptTime(on.events, { url, endMs: on.endAt }) - scriptTime(off.events, { url, endMs: on.endAt });
  } catch (error) {
    // A trace that lost its navigation event (a full buffer on a big page): this one figure is left out.
    log(`  (no traced script time for ${url}: ${error instanceof Error ? error.message : error})`);
    return null;
  }
}

/** The figures of the build before the change, from the same interleaved runs (BENCH_BEFORE). */
function beforeFigures(list) {
  const withPrior = list.filter((p) => p.prior);
  if (withPrior.length === 0) return null;
  const long = withPrior.map(({ prior, off }) => longWork({ on: prior, off }));
  return {
    highlights: withPrior[0].prior.highlights,
    b: stats(withPrior.map((p) => p.prior.sumMs)),
    task: stats(withPrior.map(({ prior, off }) => added([{ on: prior, off }], 'TaskDuration')[0])),
    readyMs: stats(withPrior.map((p) => p.prior.reachedAt)),
    ourLongestTask: stats(long.map((l) => l.ourLongestTask)),
    ourLongestFrame: stats(long.map((l) => l.ourLongestFrame)),
    longestSliceMs: stats(withPrior.map((p) => p.prior.maxSliceMs)),
  };
}

/** Every figure but the profile. */
async function measure({ results, pages, server, catalog10k, extension, bare }) {
  const withExtension = await openBrowser({ dir: extension, settings: BASE_SETTINGS });
  const withBefore = BEFORE_DIR ? await openBrowser({ dir: BEFORE_DIR, settings: BASE_SETTINGS }) : null;
  try {
    log(
      `${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.ramGB} GB; ${results.machine.chromium}; two browsers (with the extension, with none); the seed catalog is in the store`,
    );
    const markSource = readFileSync(path.join(REPO_ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
    const runMark = async (url, terms, capMs) => {
      const tab = await bare.openTab(url);
      try {
        await tab.evaluate(markSource);
        const result = await tab.evaluate(runMarkJs, { terms, options: MARK_OPTIONS, capMs });
        return { ...result, estimateMs: (result.ms * result.terms) / Math.max(1, result.termsDone) };
      } finally {
        await tab.close();
      }
    };

    for (const catalog of CATALOGS) {
      const add = catalog10k.slice(catalog.from, catalog.to);
      if (add.length > 0) {
        log(`adding ${add.length.toLocaleString('en-US')} generated entities to the store (${catalog.label})`);
        await withExtension.addEntities(add, `bench-${catalog.key}-${Date.now().toString(36)}`);
        await withBefore?.addEntities(add, `bench-${catalog.key}-${Date.now().toString(36)}`);
      }
      if (CATALOG_FILTER && !CATALOG_FILTER.includes(catalog.key)) continue;
      const state = await withExtension.storeState();
      const terms = [...new Set(state.entities.flatMap((e) => e.aliases))];
      const catalogInfo = {
        key: catalog.key,
        label: catalog.label,
        entities: state.entities.length,
        terms: terms.length,
        catalogVersion: state.meta['catalog-version'],
      };
      results.catalogs.push(catalogInfo);
      log(`catalog ${catalog.label}: ${catalogInfo.entities} entities, ${catalogInfo.terms} distinct alias texts`);

      // Warm-up: the first scan after a catalog change compiles the matcher in the service worker.
      const warm = await withExtension.measuredLoad(server.urlFor('/bench/hover.html'), { state: 'ready' });
      await withBefore?.measuredLoad(server.urlFor('/bench/hover.html'), { state: 'ready' });
      log(`  warm-up scan (matcher compiled): navigation → ready ${ms(warm.reachedAt)} ms`);

      // The fixed cost: a page with nothing to highlight.
      const blankUrl = server.urlFor('/bench/blank.html');
      const blankPairs = await pairs(withExtension, bare, blankUrl, { withBefore });
      // Script time that CDP's ScriptDuration misses (promise continuations): from traced pairs, with − without.
      const tracedScript = [];
      for (let i = 0; i < RUNS; i++) tracedScript.push(await addedScriptTraced(withExtension, bare, blankUrl));
      const blank = {
        catalog: catalog.key,
        highlights: blankPairs[0].on.highlights,
        b: stats(blankPairs.map((p) => p.on.sumMs)),
        scriptTraced: stats(tracedScript),
        script: stats(added(blankPairs, 'ScriptDuration')),
        task: stats(added(blankPairs, 'TaskDuration')),
        layout: stats(added(blankPairs, 'LayoutDuration')),
        style: stats(added(blankPairs, 'RecalcStyleDuration')),
        compile: stats(added(blankPairs, 'V8CompileDuration')),
        readyMs: stats(blankPairs.map((p) => p.on.reachedAt)),
        raw: blankPairs.map(({ on, off }) => ({ on: on.metrics, off: off.metrics })),
        before: beforeFigures(blankPairs),
      };
      results.blank.push(blank);
      log(
        `  blank page: added script ${msRange(blank.scriptTraced)} ms traced (CDP ScriptDuration ${msRange(blank.script)} ms), added main-thread tasks ${msRange(blank.task)} ms (navigation → ready ${ms(blank.readyMs.median)} ms)`,
      );

      // Popup: on the tab of the scanned generated page (the most entities to list), or the last page measured.
      const popupPage = pages.find((p) => p.name === GENERATED) ?? pages[pages.length - 1];
      for (const target of pages) {
        const url = server.urlFor(target.path);
        const onFirst =
          target === popupPage
            ? async (tab) => {
                const { times: popup, loaded } = await measurePopup(withExtension, tab);
                results.popup.push({
                  catalog: catalog.key,
                  page: target.name,
                  ms: popup,
                  stats: stats(popup),
                  loaded: stats(loaded),
                });
                log(
                  `  popup on ${target.name}'s tab: ${msRange(stats(popup))} ms to main.dl-popup, ${msRange(stats(loaded))} ms to its data`,
                );
              }
            : undefined;
        const list = await pairs(withExtension, bare, url, { floor: true, onFirst, withBefore });
        const a = stats(list.map((p) => p.off.extra.ms));
        const b = stats(list.map((p) => p.on.sumMs));
        const task = stats(added(list, 'TaskDuration'));
        const script = stats(added(list, 'ScriptDuration'));
        const long = list.map(longWork);
        // One traced pair for the script time CDP misses; not on a page whose scan takes longer than BENCH_SLOW_S.
        const scriptTraced = list[0].on.reachedAt <= SLOW_MS ? await addedScriptTraced(withExtension, bare, url) : null;
        const row = {
          page: target.name,
          kind: target.kind,
          catalog: catalog.key,
          entities: catalogInfo.entities,
          terms: catalogInfo.terms,
          runs: list.length,
          highlights: list[0].on.highlights,
          textNodes: list[0].off.extra.nodes,
          textChars: list[0].off.extra.chars,
          a: { stats: a, runs: list.map((p) => p.off.extra.ms) },
          b: {
            stats: b,
            runs: list.map((p) => p.on.sumMs),
            slices: stats(list.map((p) => p.on.slices)),
            longestSliceMs: stats(list.map((p) => p.on.maxSliceMs)),
            readyMs: stats(list.map((p) => p.on.reachedAt)),
            scanSpanMs: stats(list.map((p) => (p.on.lastSliceEnd ?? 0) - (p.on.scanningAt ?? p.on.firstSliceAt ?? 0))),
          },
          added: {
            task,
            script,
            scriptTraced,
            layout: stats(added(list, 'LayoutDuration')),
            style: stats(added(list, 'RecalcStyleDuration')),
            compile: stats(added(list, 'V8CompileDuration')),
          },
          totals: {
            taskWith: stats(list.map((p) => p.on.metrics.TaskDuration - p.on.metrics.DevToolsCommandDuration)),
            taskWithout: stats(list.map((p) => p.off.metrics.TaskDuration - p.off.metrics.DevToolsCommandDuration)),
          },
          long: {
            ourLongestTask: stats(long.map((l) => l.ourLongestTask)),
            ourLongestFrame: stats(long.map((l) => l.ourLongestFrame)),
            runsWithOurLongTask: long.filter((l) => l.ourLongestTask > 0).length,
            runsWithOurLongFrame: long.filter((l) => l.ourLongestFrame > 0).length,
            ourFramesPerRun: stats(long.map((l) => l.ourFrames)),
            // The longest frame of ours, split: our slice in it, and its rendering step (style, layout, paint).
            ourLongestFrameParts: long
              .flatMap((l) => l.ourFrameDetail)
              .reduce((w, f) => (!w || f.duration > w.duration ? f : w), null),
            extensionScriptMs: stats(long.map((l) => l.extensionScriptMs)),
            longTasksWith: stats(long.map((l) => l.longTasksWith)),
            longTasksWithout: stats(long.map((l) => l.longTasksWithout)),
            longFramesWith: stats(long.map((l) => l.longFramesWith)),
            longFramesWithout: stats(long.map((l) => l.longFramesWithout)),
            longestFrameWith: stats(long.map((l) => l.longestFrameWith)),
            longestFrameWithout: stats(long.map((l) => l.longestFrameWithout)),
            runs: long,
          },
          raw: list.map(({ on, off }) => ({ on: on.metrics, off: off.metrics, readyMs: on.reachedAt })),
          before: beforeFigures(list),
        };
        row.bOverA = b.median / a.median;
        row.addedOverA = task.median / a.median;
        log(
          `  ${target.name}: a ${ms(a.median)} ms, b ${ms(b.median)} ms (b/a ${ratio(row.bOverA)}), added tasks ${msRange(task)} ms (${ratio(row.addedOverA)} × a), added script ${ms(scriptTraced)} ms traced (CDP ${msRange(script)} ms); ${row.highlights} highlights; our longest task ${ms(row.long.ourLongestTask.max)} ms, frame ${ms(row.long.ourLongestFrame.max)} ms`,
        );

        const wantMark =
          (catalog.key === 'seed' && MARK_SEED) ||
          catalog.key === '1000' ||
          (catalog.key === '10000' && MARK_10K_PAGE === target.name);
        if (wantMark) {
          // The cap is raised when needed to decide c/b ≥ 100 (up to the hard cap).
          const capMs =
            catalog.key === 'seed'
              ? MARK_SEED_CAP_MS
              : Math.min(MARK_MAX_CAP_MS, Math.max(MARK_CAP_MS, 110 * b.median));
          const runs = [];
          for (let i = 0; i < MARK_RUNS; i++) {
            const result = await runMark(url, terms, capMs);
            runs.push(result);
            log(
              `  ${target.name}: mark.js ${result.capped ? `> ${duration(result.ms)} (cap ${duration(capMs)}; ${result.termsDone}/${result.terms} terms; est. ${duration(result.estimateMs)})` : duration(result.ms)}, ${result.matches} marks`,
            );
            if (result.capped) break;
          }
          const markStats = stats(runs.map((r) => r.ms));
          row.c = {
            runs,
            capMs,
            capped: runs.some((r) => r.capped),
            stats: markStats,
            ms: markStats.median,
            termsDone: Math.min(...runs.map((r) => r.termsDone)),
            terms: runs[0]?.terms,
            estimateMs: stats(runs.map((r) => r.estimateMs))?.median,
          };
          row.cOverB = row.c.ms / b.median;
          row.cOverBIsLowerBound = row.c.capped;
          row.cOverBEstimate = row.c.estimateMs / b.median;
        } else {
          row.c = {
            skipped: catalog.key === 'seed' ? 'skipped (BENCH_MARK_SEED=0)' : `not run (on ${MARK_10K_PAGE} only)`,
          };
        }
        results.rows.push(row);
      }

      const card = await measureCard(withExtension, server.urlFor('/bench/hover.html'));
      const cardBefore = withBefore ? await measureCard(withBefore, server.urlFor('/bench/hover.html')) : null;
      results.card.push({
        catalog: catalog.key,
        page: 'seed article (/bench/hover.html)',
        ...card,
        before: cardBefore,
      });
      log(
        `  card visible to the page's hit test, after the pointer's arrival + the ${HOVER_DELAY_MS} ms delay: first ${msRange(card.first.stats)} ms, next ${msRange(card.next.stats)} ms${cardBefore ? ` (before: ${msRange(cardBefore.first.stats)} / ${msRange(cardBefore.next.stats)} ms)` : ''}`,
      );
    }
    results.blockedFromExtensionBrowser = withExtension.blocked
      .filter((r) => r.initiator !== 'page' && r.initiator !== 'browser')
      .map((r) => r.url);
  } finally {
    await withExtension.close();
    await withBefore?.close();
  }
}

/** Popup first render (navigation start → `main.dl-popup` in the DOM) and data shown, for the tab of a scanned page. */
async function measurePopup(withExtension, tab) {
  const { context, extensionId } = withExtension;
  const times = [];
  const loaded = [];
  const tabId = await tabIdOf(context, tab);
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.addInitScript(watchPopupRender);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => window.__benchPopupLoaded !== undefined, null, { timeout: 60_000, polling: 50 });
    times.push(await popup.evaluate(() => window.__benchPopupReady));
    loaded.push(await popup.evaluate(() => window.__benchPopupLoaded));
    await popup.close();
  }
  return { times, loaded };
}

/**
 * Card ready, on a seed article (a fresh tab each run, so page-ui.js is injected anew), measured from outside as
 * the page itself could: the real mouse onto a highlight, then away, then onto a highlight of another text; each
 * time, from the pointer's arrival on the mention plus the hover delay to the first frame in which the page's own
 * hit test finds the card there (probes.mjs pickHoverTarget). Frame resolution: a figure under ~17 ms is one frame.
 */
async function measureCard(withExtension, url) {
  const first = [];
  const next = [];
  const frameOpen = (page) => page.frames().some((f) => f.url().includes('/card.html'));
  for (let i = 0; i < RUNS; i++) {
    const page = await withExtension.openTab(url, 'ready');
    try {
      let avoid = null;
      for (const list of [first, next]) {
        await page.mouse.move(2, 2);
        const closedBy = Date.now() + 5_000;
        while (frameOpen(page) && Date.now() < closedBy) await page.waitForTimeout(50);
        const spans = await withExtension.mentionSpans(page);
        const target = await page.evaluate(pickHoverTarget, { avoid, spans });
        if (!target) throw new Error('card: no highlight to hover on the seed article');
        avoid = target.text;
        await page.mouse.move(target.box.x + target.box.width / 2, target.box.y + target.box.height / 2, { steps: 2 });
        await page.waitForFunction(() => window.__benchPointer?.shownAt !== null, null, {
          timeout: 30_000,
          polling: 50,
        });
        const seen = await page.evaluate(readCardShown);
        const arrival = Math.max(...seen.moves.filter((t) => t <= seen.shownAt));
        list.push({ text: target.text, sinceArrivalMs: seen.shownAt - (arrival + HOVER_DELAY_MS) });
      }
    } finally {
      await page.close();
    }
  }
  const summary = (list) => ({ runs: list, stats: stats(list.map((x) => x.sinceArrivalMs)) });
  return { delayMs: HOVER_DELAY_MS, first: summary(first), next: summary(next) };
}

/**
 * Where the time goes: the unminified build (same source) in its own browser, one sampled trace of a load per
 * page with the seed catalog and with 10,000 entities (and of the blank page), and a sampled trace of a load of
 * the same page without any extension, read over the same stretch after navigation start.
 */
async function profile({ results, pages, server, catalog10k, dir, bare }) {
  log('profile: the unminified build, sampled traces with and without the extension');
  const withExtension = await openBrowser({ dir, settings: BASE_SETTINGS });
  try {
    for (const catalog of CATALOGS) {
      const add = catalog10k.slice(catalog.from, catalog.to);
      if (add.length > 0)
        await withExtension.addEntities(add, `bench-profile-${catalog.key}-${Date.now().toString(36)}`);
      if (catalog.key === '1000' || (CATALOG_FILTER && !CATALOG_FILTER.includes(catalog.key))) continue;
      await withExtension.measuredLoad(server.urlFor('/bench/hover.html'), { state: 'ready' }); // matcher compiled
      const targets = [
        ...(catalog.key === 'seed' ? [{ name: BLANK, path: '/bench/blank.html' }] : []),
        ...pages.map((p) => ({ name: p.name, path: p.path })),
      ];
      for (const target of targets) {
        const url = server.urlFor(target.path);
        const on = await withExtension.measuredLoad(url, { state: 'ready' }, undefined, SAMPLED_CATEGORIES);
        const off = await bare.measuredLoad(url, { untilMs: on.reachedAt }, undefined, SAMPLED_CATEGORIES);
        if (TRACE_DIR) {
          writeFileSync(path.join(TRACE_DIR, `${target.name}-${catalog.key}-on.json`), JSON.stringify(on.events));
          writeFileSync(path.join(TRACE_DIR, `${target.name}-${catalog.key}-off.json`), JSON.stringify(off.events));
        }
        const onTrace = analyzeTrace(on.events, { url, window: [0, on.endAt], fromContentScript: true });
        const offTrace = analyzeTrace(off.events, { url, window: onTrace.window });
        const entry = {
          page: target.name,
          catalog: catalog.key,
          window: onTrace.window,
          windowMs: onTrace.windowMs,
          sliceSumMs: onTrace.sliceSumMs,
          busyOnMs: onTrace.busyMs,
          busyOffMs: offTrace.busyMs,
          longestTaskOnMs: onTrace.longestTaskMs,
          longestTaskOffMs: offTrace.longestTaskMs,
          framesOn: onTrace.frames,
          framesOff: offTrace.frames,
          framesMsOn: onTrace.framesMs,
          framesMsOff: offTrace.framesMs,
          addedTaskMs:
            on.metrics.TaskDuration -
            on.metrics.DevToolsCommandDuration -
            (off.metrics.TaskDuration - off.metrics.DevToolsCommandDuration),
          buckets: Object.fromEntries(
            PROFILE_BUCKETS.map(([key]) => [
              key,
              {
                inSlices: onTrace.buckets?.[key].inSlices ?? null,
                on: (onTrace.buckets?.[key].inSlices ?? 0) + (onTrace.buckets?.[key].outside ?? 0),
                off: (offTrace.buckets?.[key].inSlices ?? 0) + (offTrace.buckets?.[key].outside ?? 0),
              },
            ]),
          ),
        };
        results.profile.push(entry);
        log(
          `  profile ${target.name} / ${catalog.label}: main thread busy from the content script's start to ready + 2 frames ${ms(entry.busyOnMs)} ms (${ms(entry.windowMs)} ms stretch), without the extension ${ms(entry.busyOffMs)} ms; slices ${ms(entry.sliceSumMs)} ms`,
        );
      }
    }
  } finally {
    await withExtension.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
