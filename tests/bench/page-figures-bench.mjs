// Issue 23, item 5: how soon the popup's "On this page" figures appear on a ~2,000-word article, measured from the
// popup's navigation start, side by side with the popup's own data (its deals and names) in the same openings.
// Run by `npm run bench` after the rest (BENCH_PAGE_FIGURES=0 skips it; BENCH_ONLY=page-figures runs only it) and
// written to docs/benchmarks.md, section "On this page (popup)". Not a timed test: the figures are read here only.

import { tabIdOf } from '../support/extension-browser.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import { openBrowser } from './harness.mjs';
import { watchPopupRender } from './probes.mjs';
import { markdownTable, ms, msRange, ratio, stats } from './report.mjs';

export const PAGE_FIGURES_HEADING = '## On this page (popup)';

// A second report of the seed deal AWS × Mexico (as tests/support/page-figures-demo.ts): one differing figure,
// two new, three known; then background paragraphs about the sector, which name no figure of the store, to bring
// the article to about 2,000 words as a long news story would.
const FIGURES = [
  'Amazon Web Services (AWS) will open its cloud infrastructure in Mexico, the company said on Monday, as President Claudia Sheinbaum welcomed the project. AWS will build three availability zones for the Mexican government.',
  'The AWS project will create some 9,000 jobs a year, according to the company.',
  'AWS expects it to add more than $10 million to the national GDP over the next 15 years.',
  'About 400,000 Mexicans will be trained in cloud technologies, and AWS will fund a $300 million programme for local start-ups.',
];
const CONTEXT = [
  'Officials in the capital described the announcement as part of a wider effort to bring public services online, from tax filing to health records, and said procurement rules would be updated over the coming months.',
  'Analysts said demand for local data storage has grown as banks, retailers and manufacturers move their systems away from ageing servers kept in their own offices, often in buildings never designed to cool them.',
  'Industry groups welcomed the news but asked for clearer rules on energy and water use, noting that large computing sites draw heavily on regional grids during the hottest weeks of the year.',
  'Universities in several states have begun courses in network engineering and security, and some technical schools now run evening classes for workers who want to change careers without leaving their jobs.',
  'Competitors have made similar promises in the region, and executives expect prices for storage and computing to fall as more capacity opens, although smaller firms worry about being locked into one provider.',
  'Local business chambers said suppliers of construction materials, electrical equipment and security services stand to gain the most in the first years, before the sites are running at full capacity.',
  'Privacy advocates asked the government to publish the contracts and to explain where citizens’ records will be kept, who may read them, and how long they will be retained after a service is closed.',
  'Economists cautioned that the effect on growth depends on how quickly small companies adopt the new services, and on whether the country can train enough engineers to build and maintain them.',
];

/** The article, and how many words its text holds. */
export function pageFiguresArticle(targetWords = 2000) {
  const paragraphs = [...FIGURES];
  let words = paragraphs.join(' ').split(/\s+/).length;
  for (let i = 0; words < targetWords; i++) {
    const text = CONTEXT[i % CONTEXT.length];
    paragraphs.splice(1 + (i % 3) + Math.floor(i / 3), 0, text);
    words += text.split(/\s+/).length;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>AWS opens its Mexican cloud infrastructure</title>
<meta property="og:site_name" content="Tech Wire"><meta name="author" content="Jordan Reyes">
<meta property="article:published_time" content="2025-06-02T09:00:00Z"></head>
<body><header><a href="/">Tech Wire</a></header><main><article>
<h1>AWS opens its Mexican cloud infrastructure</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;
  return { html, words };
}

/** In the popup, before its scripts: when the "On this page" figures were shown (their rows, or their answer). */
function watchPageFigures() {
  const observer = new MutationObserver(() => {
    const ready = document.querySelector('[data-page-figures]:not([data-page-figures="loading"])');
    if (ready && window.__benchFiguresShown === undefined) {
      window.__benchFiguresShown = performance.now();
      window.__benchFiguresState = ready.getAttribute('data-page-figures');
      window.__benchFiguresRows = document.querySelectorAll('[data-page-figure]').length;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Opens the popup `runs` times for the tab of the article (scanned first), each time from a fresh popup page:
 * navigation start → the popup's data shown, and → the figures section shown, in the same opening.
 */
export async function measurePageFigures({ dir, runs }) {
  const { html, words } = pageFiguresArticle();
  const server = await startStaticServer();
  const url = server.setPage('/aws-mexico-long.html', html);
  // The badge would read the page too, in the background, while the popup is measured: off for this measure.
  const browser = await openBrowser({ dir, settings: { badge: false } });
  try {
    const tab = await browser.openTab(url, 'ready');
    const tabId = await tabIdOf(browser.context, tab);
    const data = [];
    const section = [];
    let rows = null;
    let state = null;
    // One opening first, not counted: the first reading compiles the worker's code paths.
    for (let i = 0; i < runs + 1; i++) {
      const popup = await browser.context.newPage();
      await popup.addInitScript(watchPopupRender);
      await popup.addInitScript(watchPageFigures);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForFunction(
        () => window.__benchFiguresShown !== undefined && window.__benchPopupLoaded !== undefined,
        null,
        { timeout: 60_000, polling: 20 },
      );
      const shown = await popup.evaluate(() => ({
        data: window.__benchPopupLoaded,
        section: window.__benchFiguresShown,
        state: window.__benchFiguresState,
        rows: window.__benchFiguresRows,
      }));
      await popup.close();
      if (i === 0) continue;
      data.push(shown.data);
      section.push(shown.section);
      rows = shown.rows;
      state = shown.state;
    }
    return {
      words,
      rows,
      state,
      runs,
      data: stats(data),
      section: stats(section),
      ratios: stats(section.map((s, i) => s / data[i])),
      chromium: browser.browserVersion?.product ?? null,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The "On this page (popup)" section of docs/benchmarks.md. */
export function pageFiguresSection(result, { command, machine, commit }) {
  return [
    PAGE_FIGURES_HEADING,
    '',
    `Commit ${commit}, \`${command}\`; ${machine.cpu}, ${machine.cores} cores, ${result.chromium}; ${machine.date.slice(0, 10)}, load average ${machine.loadAverageStart} at the start. Issue 23 asks for the section within 300 ms of opening the popup on a 2,000-word article.`,
    '',
    `A ${result.words.toLocaleString('en-US')}-word English article reporting the seed deal AWS × Mexico again (${result.rows} figures: one differing, two new, three known; the rest of the text names no figure of the store), scanned in its tab; then the popup opened ${result.runs} times for that tab (\`popup.html?tab=…\`, one opening before them not counted), the badge off so that nothing else reads the page. Times from the popup's navigation start, both read in the same opening; medians (min–max).`,
    '',
    markdownTable(
      [
        'Popup opened → its deals and names shown, ms',
        'Popup opened → "On this page" figures shown, ms',
        'Figures / popup data',
      ],
      [[msRange(result.data), msRange(result.section), ratio(result.ratios?.median)]],
    ),
    '',
    `The figures come after the rest of the popup, by ${ms((result.section?.median ?? 0) - (result.data?.median ?? 0))} ms at the median: the background injects the extractor into the tab, reads the article (Readability on a clone of the document, in the extension's isolated world), then matches and compares it with the store in the worker; the popup's other sections do not wait for it.`,
    '',
    'Rerun only this line: `npm run build && BENCH_ONLY=page-figures BENCH_RUNS=10 node tests/bench/run-bench.mjs`.',
    '',
  ].join('\n');
}
