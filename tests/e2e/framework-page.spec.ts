// A page rendered by a framework (Preact, already a dependency) that updates text nodes in place, reorders a keyed
// list and mounts and unmounts nodes. Deal Lens paints ranges and never touches the page's nodes, so the page
// reads exactly what the framework rendered at every render, with Deal Lens on and after turning it off, and the
// highlights follow the text (none left on the wrong words, none missing once the page is still).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/news-page.mjs';
import { expect, test, waitForScan } from './fixtures';
import { highlightTexts, readHighlights } from './page-layer';

// The UMD builds (not in the package's exports map, so read from its folder).
const PREACT_DIR = path.join(REPO_ROOT, 'node_modules', 'preact');
const PREACT = readFileSync(path.join(PREACT_DIR, 'dist', 'preact.min.umd.js'), 'utf8');
const HOOKS = readFileSync(path.join(PREACT_DIR, 'hooks', 'dist', 'hooks.umd.js'), 'utf8');

const APP = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Live</title>
<script src="/crafted/framework/preact.js"></script><script src="/crafted/framework/hooks.js"></script></head>
<body><main><article id="app"></article></main><script>
const { h, render } = preact;
const { useState, useEffect, useLayoutEffect, useRef } = preactHooks;
const ITEMS = ['Huawei au Pérou', 'AWS au Mexique', 'Google Cloud au Salvador', 'Le Pérou et la Chine'];
window.mismatches = [];
window.renders = 0;
window.tick = 0;
/** What the framework means to show for a state, as text. */
const expectedText = (s) =>
  'Huawei a formé ' + s.n + ' jeunes au Pérou.' + s.order.map((i) => ITEMS[i]).join('') + (s.extra ? 'Claudia Sheinbaum salue AWS.' : '');
function App() {
  const [s, set] = useState({ n: 0, order: [0, 1, 2, 3], extra: false });
  window.state = s;
  useEffect(() => {
    const timer = setInterval(() => {
      if (window.paused) return;
      window.tick++;
      set((p) => ({ n: p.n + 1, order: [p.order[3], p.order[0], p.order[1], p.order[2]], extra: window.tick % 3 === 0 }));
    }, 40);
    return () => clearInterval(timer);
  }, []);
  const ref = useRef(null);
  useLayoutEffect(() => {
    window.renders++;
    const text = ref.current.textContent;
    if (text !== expectedText(s)) window.mismatches.push({ expected: expectedText(s), found: text });
  });
  return h('div', { ref },
    h('p', null, 'Huawei a formé ', String(s.n), ' jeunes au Pérou.'),
    h('ul', null, s.order.map((i) => h('li', { key: i }, ITEMS[i]))),
    s.extra ? h('p', null, 'Claudia Sheinbaum salue AWS.') : null);
}
render(h(App), document.getElementById('app'));
window.expectedText = () => expectedText(window.state);
</script></body></html>`;

const MENTIONS = new Set([
  'Huawei',
  'Pérou',
  'AWS',
  'Mexique',
  'Google Cloud',
  'Salvador',
  'Chine',
  'Claudia Sheinbaum',
]);

test('a Preact page that updates text in place reads exactly what it rendered, on and off', async ({
  page,
  server,
  openPopup,
  tabIdOf,
  errors,
}) => {
  server.setPage('/crafted/framework/preact.js', { body: PREACT, contentType: 'text/javascript' });
  server.setPage('/crafted/framework/hooks.js', { body: HOOKS, contentType: 'text/javascript' });
  await page.goto(server.setPage('/crafted/framework/app.html', APP));
  await waitForScan(page);
  // Let the app render a hundred times with Deal Lens on.
  await page.waitForFunction(() => (window as unknown as { renders: number }).renders > 100, null, { timeout: 30_000 });
  await page.evaluate(() => {
    (window as unknown as { paused: boolean }).paused = true;
  });
  const state = () =>
    page.evaluate(() => {
      const w = window as unknown as { mismatches: unknown[]; expectedText: () => string };
      return {
        mismatches: w.mismatches,
        text: document.getElementById('app')?.textContent,
        expected: w.expectedText(),
      };
    });
  let now = await state();
  expect(now.mismatches).toEqual([]);
  expect(now.text).toBe(now.expected);
  // Once the page is still, the highlights are on the words it shows now, each of them once.
  await waitForScan(page);
  await expect.poll(async () => (await highlightTexts(page)).filter((t) => !MENTIONS.has(t))).toEqual([]);
  const painted = await readHighlights(page);
  expect(painted.every((h) => h.box !== null)).toBe(true);
  await expect.poll(async () => (await highlightTexts(page)).filter((t) => t === 'Huawei').length).toBe(2);

  // Off, while the page keeps changing: still exactly what the framework rendered.
  const popup = await openPopup(await tabIdOf(page));
  await popup.getByRole('switch').click();
  await page.bringToFront();
  await expect(page.locator('html')).toHaveAttribute('data-deal-lens', 'off');
  const renders = await page.evaluate(() => (window as unknown as { renders: number }).renders);
  await page.evaluate(() => {
    (window as unknown as { paused: boolean }).paused = false;
  });
  await page.waitForFunction((r) => (window as unknown as { renders: number }).renders > r + 50, renders, {
    timeout: 30_000,
  });
  now = await state();
  expect(now.mismatches).toEqual([]);
  expect(now.text).toBe(now.expected);
  expect(await readHighlights(page)).toEqual([]);
  errors.expectNone();
});
