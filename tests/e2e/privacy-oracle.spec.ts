// Issue 22: a hostile page tries to learn which names the reader's store holds without the reader doing
// anything. It writes 200 invented names and one person the reader added privately, then reads everything a page
// can read: the highlight registry, the performance timeline, its DOM and attributes, the size and hit tests of
// every name and of our host, its own observers (mutation, resize, intersection), animations, scroll sizes. The
// same page is loaded before and after the person enters the store: the page must see no difference at all,
// while the reader does see the new highlight.
import { expect, test, waitForScan } from './fixtures';
import { describeLayer, listMentions, readHighlights } from './page-layer';
import { putRecords, userEntity } from './store-writes';

const PRIVATE = 'Ilse Brandvold';
const FIRST = ['Velmira', 'Oskar', 'Tamsin', 'Ruelle', 'Kasimir', 'Odalys', 'Perrin', 'Sabeth', 'Lorcan', 'Mireva'];
const LAST = ['Ostrakova', 'Thornquist', 'Delacourt', 'Vantrell', 'Hargreave', 'Quillon', 'Sorensby', 'Maravel'];
/** 200 invented names, none in any catalog; the private person's among them, in view. */
const NAMES = Array.from({ length: 200 }, (_, i) => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 8]}${i}`);
NAMES.splice(7, 0, PRIVATE);

const ORACLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Who do you know?</title>
<style>body { font: 16px/1.5 monospace; margin: 16px; } li { margin: 2px 0; }</style><script>
  const HOST = /^x[a-z0-9]{10}-[a-z0-9]{6}$/;
  const nameOf = (n) => (n.nodeType === 1 ? (HOST.test(n.localName) ? 'HOST' : n.localName) : '#' + n.nodeType);
  const seen = (window.__seen = { records: [], resized: 0, intersected: 0 });
  new MutationObserver((records) => {
    for (const r of records) {
      seen.records.push([r.type, nameOf(r.target), r.attributeName, [...r.addedNodes].map(nameOf).join(','),
        [...r.removedNodes].map(nameOf).join(','), r.attributeName ? r.target.getAttribute(r.attributeName) : null].join('|'));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('DOMContentLoaded', () => {
    const ro = new ResizeObserver((entries) => (seen.resized += entries.length));
    const io = new IntersectionObserver((entries) => (seen.intersected += entries.length));
    for (const el of document.querySelectorAll('.n, body, html')) { ro.observe(el); io.observe(el); }
  });
  window.__fingerprint = () => {
    const host = [...document.documentElement.children].find((c) => HOST.test(c.localName));
    const rect = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; };
    const names = [...document.querySelectorAll('.n')].map((el) => {
      const [x, y, w, h] = rect(el);
      return [el.textContent, x, y, w, h, document.elementsFromPoint(x + w / 2, y + h / 2).map(nameOf).join('>'),
        document.elementFromPoint(x + 2, y + 2) === el];
    });
    return {
      registry: typeof CSS.highlights === 'undefined' ? 0 : CSS.highlights.size,
      userTiming: performance.getEntriesByType('mark').concat(performance.getEntriesByType('measure')).map((e) => e.name),
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      dom: document.documentElement.outerHTML.replace(/x[a-z0-9]{10}-[a-z0-9]{6}/g, 'HOST'),
      host: host ? [host.attributes.length, host.getAttribute('style'), host.childNodes.length, String(host.shadowRoot),
        rect(host), getComputedStyle(host).display, host.getClientRects().length] : null,
      names,
      animations: document.getAnimations().length,
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, document.body.scrollWidth,
        document.body.scrollHeight],
      frames: window.frames.length,
      active: document.activeElement && document.activeElement.localName,
      observed: { records: seen.records, resized: seen.resized, intersected: seen.intersected },
    };
  };
</script></head><body><main><h1>Who do you know?</h1><ul>
${NAMES.map((name) => `<li><span class="n">${name}</span> said something about the weather.</li>`).join('\n')}
</ul></main></body></html>`;

test('a page with 200 invented names and a privately added person learns nothing of the store; the reader sees it', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  const url = server.setPage('/crafted/oracle.html', ORACLE);
  /** Loads the oracle, lets every frame and timer of ours settle, and returns all it could observe. */
  const observe = async () => {
    await page.goto(url);
    await waitForScan(page);
    // Long enough for every redraw, observer and idle callback of ours to have run.
    await page.waitForTimeout(600);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.evaluate(() => (window as unknown as { __fingerprint: () => unknown }).__fingerprint());
  };
  const box = async () => {
    const rect = await page.locator('.n', { hasText: PRIVATE }).boundingBox();
    if (!rect) throw new Error('no box for the private name');
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height + 3 };
  };

  const before = await observe();
  expect(await listMentions(page)).toEqual([]);
  const plain = await page.screenshot({ clip: await box() });

  await putRecords(context, extensionId, { entities: [userEntity('ilse-brandvold', PRIVATE)] });
  const after = await observe();

  // The reader sees the person highlighted: listed, drawn by the layer, and the pixels under the name changed…
  const highlights = await readHighlights(page);
  expect(highlights.map((h) => h.text)).toEqual([PRIVATE]);
  await expect.poll(async () => (await describeLayer(page)).drawn.length).toBe(1);
  expect(Buffer.compare(await page.screenshot({ clip: await box() }), plain)).not.toBe(0);
  // …and the page sees exactly what it saw when the store did not know her.
  expect(after).toEqual(before);
  const seen = after as { registry: number; userTiming: string[]; host: unknown[] | null };
  expect(seen.registry).toBe(0);
  expect(seen.userTiming).toEqual([]);
  // Our one host, the same on every page: no box, no child in the page's tree, a closed root.
  expect(seen.host).toEqual([
    1,
    'all: initial !important; display: contents !important',
    0,
    'null',
    [0, 0, 0, 0],
    'contents',
    0,
  ]);
});
