// docs/benchmarks.md, section "Page layer": the figures of this build next to those of the build before it
// (BENCH_BEFORE), measured in the same run, interleaved. Other sections of the file are left as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bytes, markdownTable, ms, msRange } from './report.mjs';

const CATALOG_LABEL = { seed: 'seed', 1000: 'seed + 1,000', 10000: 'seed + 10,000' };
const HEADING = '## Page layer';

/** "12.3 → 9.80" with the median of each side. */
const pair = (before, after) => `${ms(before?.median)} → ${ms(after?.median)}`;

/** The "Page layer" section, as Markdown. */
export function pageLayerSection(results, { beforeLabel, afterLabel, command }) {
  const rows = results.rows.map((r) => [
    r.page,
    CATALOG_LABEL[r.catalog] ?? r.catalog,
    `${r.before?.highlights ?? '–'} → ${r.highlights}`,
    pair(r.before?.b, r.b.stats),
    pair(r.before?.task, r.added.task),
    pair(r.before?.readyMs, r.b.readyMs),
    pair(r.before?.longestSliceMs, r.b.longestSliceMs),
    `${ms(r.before?.ourLongestFrame?.max)} → ${ms(r.long.ourLongestFrame?.max)}`,
  ]);
  const blank = results.blank.map((b) => [
    'blank page (no known name)',
    CATALOG_LABEL[b.catalog] ?? b.catalog,
    `${b.before?.highlights ?? '–'} → ${b.highlights}`,
    pair(b.before?.b, b.b),
    pair(b.before?.task, b.task),
    pair(b.before?.readyMs, b.readyMs),
    '–',
    '–',
  ]);
  const cards = results.card.flatMap((c) =>
    ['first', 'next'].map((kind) => [
      `${kind} card`,
      CATALOG_LABEL[c.catalog] ?? c.catalog,
      `${msRange(c.before?.[kind]?.stats)} → ${msRange(c[kind].stats)}`,
    ]),
  );
  const sizes = results.sizes;
  return [
    HEADING,
    '',
    `${afterLabel} against ${beforeLabel}, measured side by side in one run (\`${command}\`), ${results.config.runs} interleaved loads of each page per build and catalog, a third browser with no extension for the "without" side; ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.chromium}; ${results.machine.date.slice(0, 10)}, load average ${results.machine.loadAverageStart} at the start.`,
    '',
    'Every figure is read from outside the page: since issue 22 the content script makes no performance entry, so Deal Lens\'s own main-thread time (b) is the CPU time sampled in its scripts in a trace of each load (both builds, same method), and a card is "visible" at the first frame in which the page\'s own hit test finds it. Medians; "before → after".',
    '',
    markdownTable(
      [
        'Page',
        'Catalog',
        'Highlights',
        'b: our JS, ms',
        'Added main-thread tasks, ms',
        'Navigation → ready, ms',
        'Our longest task (JS in it), ms',
        'Our longest frame > 50 ms',
      ],
      [...blank, ...rows],
    ),
    '',
    'Highlights: before, the paint window registered at most 1,500 ranges on a page; now every mention is listed and the layer draws boxes for those near the viewport only.',
    '',
    markdownTable(['Card: pointer arrival + delay → visible to the page, ms', 'Catalog', 'before → after'], cards),
    '',
    `Script sizes now: eager content script ${bytes(sizes.pageLayer?.raw)} raw, ${bytes(sizes.pageLayer?.gzip)} gzip; page UI ${bytes(sizes.pageUi?.raw)} raw, ${bytes(sizes.pageUi?.gzip)} gzip.`,
    '',
    'Rerun: build the commit before the change into a folder of its own (`mkdir /tmp/before && git archive <commit> | tar -x -C /tmp/before && cd /tmp/before && npm ci && npx wxt build`), then here `BENCH_BEFORE=/tmp/before/.output/chrome-mv3 npm run bench` (with the same BENCH_ settings as above; BENCH_RESULTS_DIR keeps tests/bench/results.* as they are).',
    '',
  ].join('\n');
}

/** Writes (or replaces) a section of docs/benchmarks.md: "Page layer" unless another heading is given. */
export function writeBenchmarksDoc(file, section, heading = HEADING) {
  const head =
    '# Benchmarks\n\nFigures from `npm run bench` (tests/bench). Each section is written by the run that measured it.\n\n';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : head;
  const start = current.indexOf(heading);
  let next = start < 0 ? -1 : current.indexOf('\n## ', start + heading.length);
  if (next < 0) next = current.length;
  const updated =
    start < 0
      ? `${current.trimEnd()}\n\n${section}`
      : `${current.slice(0, start)}${section}${current.slice(next).replace(/^\n+/, '\n')}`;
  writeFileSync(file, `${updated.trimEnd()}\n`);
}

export const BENCHMARKS_DOC = (root) => path.join(root, 'docs', 'benchmarks.md');
