// `npm run demo`: the built extension on a local demo site, the whole loop a reader goes through (issue 25).
//
// The site serves the three seed articles as news pages, then two made-up outlets' articles on a deal the store
// does not have (tests/demo/deal-story.json, written for the demo only).
//
// Without a display (or with DEAL_LENS_DEMO_HEADLESS=1) it runs headless and does what a reader would, writing a
// screenshot of each step to tests/demo/screenshots/ and printing their paths:
//   seed-<article>-highlights.png, …-card.png, …-popup.png   each seed article
//   01-save-first-outlet.png        the popup after saving the first outlet's article
//   02-review-proposed-deal.png     its saved-article page, proposing the deal
//   03-deal-created.png             the deal created with one click
//   04-save-second-outlet.png       the second outlet's article saved
//   05-review-second-outlet.png     its page, proposing to file it under the deal just created
//   06-deal-confirmed.png           filed: figures the first outlet gave now cite both
//   07-card-second-outlet.png       the new company's card on the second outlet's page, with the deal
//   08-popup-second-outlet.png      the popup for that page
//   storyboard.png                  highlight → card → save → review → deal → card on another outlet, in one picture
// With `--docs` it also writes the storyboard to docs/demo-loop.png, the README's picture.
//
// With a display it opens Chromium on the demo site's index, which says what to try, and waits until the
// window is closed. Requests to anything but this machine are blocked and listed. Chromium: $CHROMIUM or
// /usr/bin/chromium.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
  assertLaunchable,
  extensionDir,
  extensionLaunchOptions,
  extensionServiceWorker,
  installNetworkGuard,
  startNetworkSink,
} from '../support/extension-browser.mjs';
import { escapeHtml, REPO_ROOT, renderStoryPage, writeDemoSite } from '../support/news-page.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import {
  cardFrame,
  DemoStepError,
  fileProposal,
  hoverForCard,
  openPopup,
  proposedDeal,
  saveFromPopup,
  waitForScan,
} from './demo-steps.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// DEAL_LENS_DEMO_SCREENSHOTS: elsewhere (the end-to-end test of the demo writes to a folder of its own).
const SCREENSHOTS = process.env.DEAL_LENS_DEMO_SCREENSHOTS
  ? path.resolve(process.env.DEAL_LENS_DEMO_SCREENSHOTS)
  : path.join(HERE, 'screenshots');
const DOCS_PICTURE = path.join(REPO_ROOT, 'docs', 'demo-loop.png');

/**
 * @typedef {{ slug: string, title: string, lang: string, siteName: string, author: string, publishedTime: string,
 *   dateline: string | null, paragraphs: string[] }} Outlet
 */
/** @type {{ outlets: [Outlet, Outlet] }} */
const STORY = JSON.parse(readFileSync(path.join(HERE, 'deal-story.json'), 'utf8'));

/** A storyboard tile's close-up: at least this big, with this much room around what it shows (px). */
const TILE = { width: 720, height: 500, maxHeight: 540, margin: 24 };

/**
 * Where the open card is, with the name it belongs to above it (viewport coordinates).
 * @param {import('@playwright/test').Page} page
 * @param {string} extensionId
 */
async function cardBox(page, extensionId) {
  const frame = cardFrame(page, extensionId);
  const box = frame ? await (await frame.frameElement()).boundingBox() : null;
  return box ? { ...box, y: box.y - 60, height: box.height + 60 } : null;
}

/** The company the demo's deal is about: its card is the loop's last step. */
const COMPANY = 'Ceibo Compute';

/** @param {string} file */
const rel = (file) => path.relative(process.cwd(), file) || file;

/** What the index page (and the console, with a display) suggests trying. */
const TRY_THIS = [
  'Open a seed article and rest the pointer on a highlighted name: its card shows the deals and figures your store holds, each with its quote and source.',
  `Open “${STORY.outlets[0].title}” (${STORY.outlets[0].siteName}). Nothing about ${COMPANY} is known yet. Click the Deal Lens toolbar button, then “Save this article”, then “Review the article”.`,
  'On the review page, Deal Lens proposes the deal the article reports: click “Create the deal”.',
  `Open the second outlet's article (${STORY.outlets[1].siteName}): ${COMPANY} is now highlighted, and its card shows the deal. Save it too: it is filed under the same deal, and the figures both outlets give now cite both.`,
];

/**
 * Writes the demo site: the seed pages, the two outlets' pages, and an index that lists them and says what to try.
 * @param {string} dir
 * @param {(p: string) => string} urlFor
 */
async function writeSite(dir, urlFor) {
  const seeds = await writeDemoSite(dir);
  if (seeds.length === 0) throw new Error(`no seed articles found in ${path.join(REPO_ROOT, 'seeds')}`);
  const outlets = STORY.outlets.map((outlet) => ({ ...outlet, path: `${outlet.slug}.html` }));
  for (const outlet of outlets) {
    const html = renderStoryPage({ ...outlet, url: urlFor(`/demo/${outlet.path}`) });
    await writeFile(path.join(dir, outlet.path), html);
  }
  const link = (/** @type {string} */ href, /** @type {string} */ title, /** @type {string} */ meta) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a><span class="meta">${escapeHtml(meta)}</span></li>`;
  const index = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deal Lens demo</title>
<style>body{font:17px/1.55 system-ui,sans-serif;max-width:860px;margin:32px auto;padding:0 16px;color:#1d232b}
.note{border-left:4px solid #0b5cad;background:#f3f7fc;padding:10px 18px;margin:18px 0}
.meta{display:block;color:#56606b;font-size:14px}li{margin:8px 0}</style></head><body>
<h1>Deal Lens demo</h1>
<section class="note" aria-label="What to try"><p><strong>What to try</strong> (Deal Lens is loaded in this window; nothing leaves this machine):</p>
<ol>${TRY_THIS.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ol></section>
<h2>Seed articles (already in your store)</h2>
<ul>${seeds.map((s) => link(s.path, s.article.title, s.article.publisher ?? '')).join('\n')}</ul>
<h2>A deal your store does not have yet: two outlets</h2>
<ul>${outlets.map((o) => link(o.path, o.title, `${o.siteName} · ${o.author}`)).join('\n')}</ul>
</body></html>`;
  await writeFile(path.join(dir, 'index.html'), index);
  return { seeds, outlets };
}

async function main() {
  const started = Date.now();
  const docs = process.argv.includes('--docs');
  const dir = extensionDir();
  assertLaunchable(dir);
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-demo-'));
  const server = await startStaticServer({ roots: [{ prefix: '/demo/', dir: siteDir }] });
  const site = await writeSite(siteDir, (p) => server.urlFor(p));
  const headed = Boolean(process.env.DISPLAY) && process.env.DEAL_LENS_DEMO_HEADLESS !== '1' && !docs;

  /** @type {import('../support/extension-browser.d.mts').BlockedRequest[]} */
  const blocked = [];
  let browserInternal = 0;
  /** @param {import('../support/extension-browser.d.mts').BlockedRequest} request */
  const record = (request) => {
    // Chromium's own update and account calls: refused, counted, not the extension's doing.
    if (request.initiator === 'browser') {
      browserInternal += 1;
      return;
    }
    blocked.push(request);
    console.warn(`  blocked external request: ${request.method} ${request.url} (from ${request.initiator})`);
  };
  const sink = await startNetworkSink(record);
  const context = await chromium.launchPersistentContext('', {
    ...extensionLaunchOptions({ dir, headless: !headed, proxyServer: sink.server }),
    ...(headed ? { viewport: null } : { viewport: { width: 1280, height: 860 } }),
  });
  let failed = false;
  try {
    await installNetworkGuard(context, record);
    const worker = await extensionServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    console.log(`Deal Lens ${extensionId} loaded from ${rel(dir)}`);
    console.log(`Demo site: ${server.urlFor('/demo/index.html')}`);
    if (headed) await runHeaded(context, server.urlFor('/demo/index.html'));
    else failed = !(await runHeadless(context, server, site, extensionId, docs));
  } finally {
    await context.close().catch(() => {});
    await sink.close();
    await server.close();
    await rm(siteDir, { recursive: true, force: true });
  }
  if (blocked.length > 0) console.warn(`${blocked.length} external request(s) were blocked (listed above).`);
  else console.log('No external request was made by the pages or the extension.');
  if (browserInternal > 0) console.log(`(Chromium's own update/account calls, blocked as well: ${browserInternal}.)`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (failed) process.exitCode = 1;
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} indexUrl
 */
async function runHeaded(context, indexUrl) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(indexUrl);
  await page.bringToFront();
  console.log('\nChromium is open on the demo site. What to try:');
  for (const [i, line] of TRY_THIS.entries()) console.log(`  ${i + 1}. ${line}`);
  console.log('Close the browser window to finish.');
  await new Promise((resolve) => {
    context.on('close', resolve);
    // Closing the last window closes every page; the context follows.
    const check = () => {
      if (context.pages().length === 0) resolve(undefined);
    };
    context.on('page', (p) => p.on('close', check));
    for (const p of context.pages()) p.on('close', check);
  });
}

/**
 * Every step a reader takes, a screenshot each. Returns false when a step did not happen (said why).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('../support/static-server.d.mts').StaticServer} server
 * @param {Awaited<ReturnType<typeof writeSite>>} site
 * @param {string} extensionId
 * @param {boolean} docs
 */
async function runHeadless(context, server, site, extensionId, docs) {
  await mkdir(SCREENSHOTS, { recursive: true });
  // Only this run's pictures: an older run's would pass for this one's.
  for (const file of await readdir(SCREENSHOTS)) if (file.endsWith('.png')) await unlink(path.join(SCREENSHOTS, file));
  /** @type {string[]} */
  const written = [];
  /** @type {string[]} */
  const notes = [];
  const page = context.pages()[0] ?? (await context.newPage());
  context.on('page', (p) => p.on('pageerror', (error) => notes.push(`error on ${p.url()}: ${error.message}`)));
  page.on('pageerror', (error) => notes.push(`error on ${page.url()}: ${error.message}`));
  /**
   * @param {import('@playwright/test').Page} shot
   * @param {string} name
   * @param {boolean} [fullPage]
   */
  const screenshot = async (shot, name, fullPage = false) => {
    const file = path.join(SCREENSHOTS, name);
    await shot.screenshot({ path: file, fullPage });
    written.push(file);
    return file;
  };
  /** @type {Record<string, Buffer>} the storyboard's tiles: close-ups of what each step is about */
  const tiles = {};
  /**
   * A close-up of a page around a box (viewport coordinates), at least TILE wide and high (its top at most TILE.maxHeight
   * high), inside the viewport.
   * @param {import('@playwright/test').Page} shot
   * @param {{ x: number, y: number, width: number, height: number } | null} around
   */
  const closeUp = async (shot, around) => {
    const view = shot.viewportSize() ?? { width: 1280, height: 860 };
    const box = around ?? { x: 0, y: 0, width: view.width, height: view.height };
    const width = Math.min(view.width, Math.max(TILE.width, box.width + 2 * TILE.margin));
    const height = Math.min(view.height, TILE.maxHeight, Math.max(TILE.height, box.height + 2 * TILE.margin));
    const x = Math.max(0, Math.min(view.width - width, box.x - TILE.margin));
    const y = Math.max(0, Math.min(view.height - height, box.y - TILE.margin));
    return shot.screenshot({ clip: { x, y, width, height } });
  };
  let ok = true;
  let step = 'seed articles';
  try {
    for (const { slug, path: file, article } of site.seeds) {
      step = `seed article ${slug}`;
      console.log(`\n${article.title}`);
      await page.goto(server.urlFor(`/demo/${file}`), { waitUntil: 'load' });
      await waitForScan(page);
      await screenshot(page, `${slug}-highlights.png`);
      tiles.highlights ??= await closeUp(page, await page.locator('article').first().boundingBox());
      const hovered = await hoverForCard(context, page, extensionId);
      console.log(`  hovered “${hovered}”: its card is open`);
      await screenshot(page, `${slug}-card.png`);
      tiles.card ??= await closeUp(page, await cardBox(page, extensionId));
      await page.mouse.move(0, 0);
      const popup = await openPopup(context, page, extensionId);
      await screenshot(popup, `${slug}-popup.png`);
      await popup.close();
    }

    const [first, second] = site.outlets;
    step = `saving the first outlet's article (${first.siteName})`;
    console.log(`\n${first.title} (${first.siteName})`);
    await page.goto(server.urlFor(`/demo/${first.path}`), { waitUntil: 'load' });
    await waitForScan(page);
    const saved = await saveFromPopup(context, page, extensionId);
    console.log(`  saved: ${saved.said}`);
    await screenshot(saved.popup, '01-save-first-outlet.png');
    tiles.save = await saved.popup.screenshot();
    await saved.popup.close();

    step = 'reviewing the proposed deal';
    const proposal = await proposedDeal(saved.review);
    console.log(
      `  proposed: ${
        (await proposal
          .getByLabel('Title')
          .inputValue()
          .catch(() => '')) || 'a deal'
      }`,
    );
    await screenshot(saved.review, '02-review-proposed-deal.png');
    tiles.review = await closeUp(saved.review, await proposal.boundingBox());
    step = 'creating the deal';
    const created = await fileProposal(saved.review, proposal);
    console.log(`  ${created}`);
    await screenshot(saved.review, '03-deal-created.png');
    tiles.deal = await closeUp(saved.review, await saved.review.getByRole('status').first().boundingBox());
    await saved.review.close();

    step = `saving the second outlet's article (${second.siteName})`;
    console.log(`\n${second.title} (${second.siteName})`);
    await page.bringToFront();
    await page.goto(server.urlFor(`/demo/${second.path}`), { waitUntil: 'load' });
    await waitForScan(page);
    const again = await saveFromPopup(context, page, extensionId);
    console.log(`  saved: ${again.said}`);
    await screenshot(again.popup, '04-save-second-outlet.png');
    await again.popup.close();
    step = 'filing the second outlet under the deal';
    const attach = await proposedDeal(again.review);
    if ((await attach.getAttribute('data-candidate-deal')) === 'new') {
      notes.push('the second outlet was proposed as a new deal, not filed under the first one');
    }
    await screenshot(again.review, '05-review-second-outlet.png');
    const filed = await fileProposal(again.review, attach);
    console.log(`  ${filed}`);
    await screenshot(again.review, '06-deal-confirmed.png');
    await again.review.close();

    step = `the card of ${COMPANY} on the second outlet's page`;
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await waitForScan(page);
    await hoverForCard(context, page, extensionId, COMPANY);
    const card = cardFrame(page, extensionId);
    const deal = card?.locator('[data-deal]').filter({ hasText: COMPANY }).first();
    if (!deal || (await deal.count()) === 0) throw new DemoStepError(`the card of ${COMPANY} shows no deal`);
    console.log(`  the card of ${COMPANY} shows “${await deal.locator('.dl-deal-title').textContent()}”`);
    await screenshot(page, '07-card-second-outlet.png');
    tiles.another = await closeUp(page, await cardBox(page, extensionId));
    await page.mouse.move(0, 0);
    const popup = await openPopup(context, page, extensionId);
    await screenshot(popup, '08-popup-second-outlet.png');
    await popup.close();

    step = 'the storyboard';
    const storyboard = await writeStoryboard(context, tiles);
    written.push(storyboard);
    if (docs) {
      await copyFile(storyboard, DOCS_PICTURE);
      written.push(DOCS_PICTURE);
    }
  } catch (error) {
    ok = false;
    const why = error instanceof DemoStepError ? error.message : String(error);
    notes.push(`FAILED at ${step}: ${why}`);
    await screenshot(page, 'failed.png').catch(() => undefined);
  }

  console.log('\nScreenshots:');
  for (const file of written) console.log(`  ${rel(file)}`);
  if (notes.length > 0) {
    console.log('\nNotes:');
    for (const note of notes) console.log(`  - ${note}`);
  }
  return ok;
}

/**
 * One picture of the loop, for the README: six steps side by side, each with its caption, laid out and
 * screenshot by the same browser.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Record<string, Buffer>} tiles
 */
async function writeStoryboard(context, tiles) {
  const steps = [
    ['highlights', '1. Known names highlighted'],
    ['card', '2. Point at one: what your store knows'],
    ['save', '3. Save an article on a new deal'],
    ['review', '4. Review what it proposes'],
    ['deal', '5. One click creates the deal'],
    ['another', '6. Another outlet: the deal in the card'],
  ];
  const figures = [];
  for (const [key, caption] of steps) {
    const tile = tiles[key];
    if (!tile) throw new DemoStepError(`no screenshot for the storyboard's “${caption}”`);
    const data = tile.toString('base64');
    figures.push(
      `<figure><div class="shot"><img src="data:image/png;base64,${data}" alt=""></div><figcaption>${escapeHtml(caption)}</figcaption></figure>`,
    );
  }
  const page = await context.newPage();
  await page.setViewportSize({ width: 1500, height: 800 });
  await page.setContent(`<!doctype html><html><head><style>
  body{margin:0;padding:14px;background:#eef1f5;font:600 17px/1.3 system-ui,sans-serif;color:#1d232b}
  main{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
  figure{margin:0;background:#fff;border:1px solid #cfd6de;border-radius:8px;overflow:hidden}
  .shot{height:330px;overflow:hidden;display:flex;justify-content:center;align-items:flex-start;background:#f8f9fb}
  .shot img{max-height:330px;max-width:100%;object-fit:contain;object-position:top center}
  figcaption{padding:8px 12px}
  </style></head><body><main>${figures.join('')}</main></body></html>`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const file = path.join(SCREENSHOTS, 'storyboard.png');
  await page.locator('main').screenshot({ path: file });
  await page.close();
  return file;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`\nnpm run demo failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
