// A hostile page tries everything it can to read the reader's store through Deal Lens, and to drive it. It
// defines the card's custom element names first and upgrades any element we add to capture its internals,
// patches attachShadow, forges mentions, events and window messages, and reads every attribute, every shadow root
// it can reach, the highlight registry and the frames. It must learn no store text, no private note and no
// entity id, before or after the reader really hovers a mention; and the card must still work there.
import type { Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { cardFrame, hasCardFrame, hoverHighlight, openCard, readHighlights } from './page-layer';

/** What the reader keeps in the store that the page must never see (the page's own text has none of it). */
const SECRETS = [
  'SECRET-DESCRIPTION-9137', // a reader-made entity's description
  'SECRET-NOTE-4711', // the reader's private note on a figure
  'secret-corp', // that entity's id
  'huawei-peru', // a deal id
  'government-of-peru', // an entity id the page never writes
  'Chinese technology company', // Huawei's description in the seed catalog
  'former 20 000 jeunes', // a quote from the store
];

const HOSTILE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title><script>
  const seen = (window.__seen = { attributes: [], shadows: [], internals: [], messages: [], highlights: [], errors: [] });
  // 1. Names Deal Lens used to use, defined first, keeping their internals.
  for (const name of ['deal-lens-card', 'deal-lens-mark']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); try { seen.internals.push(this.attachInternals()); } catch (e) { seen.errors.push(String(e)); } }
    });
  }
  // 2. Any shadow root anyone attaches from this world: forced open and kept.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    seen.shadows.push(root);
    return root;
  };
  // 3. Every element added anywhere: upgraded to a custom element of ours if its name allows it.
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      const name = node.localName;
      if (name.includes('-') && !customElements.get(name)) {
        try {
          customElements.define(name, class extends HTMLElement {
            constructor() { super(); try { seen.internals.push(this.attachInternals()); } catch (e) { seen.errors.push(String(e)); } }
          });
        } catch (e) { seen.errors.push(String(e)); }
      }
      if (node.shadowRoot) seen.shadows.push(node.shadowRoot);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('message', (e) => seen.messages.push(e.data));
  // Everything the page can read, as one string.
  window.__readAll = () => {
    const parts = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.name + '=' + a.value);
    for (const root of seen.shadows) parts.push(root.innerHTML);
    for (const i of seen.internals) parts.push(String(i.shadowRoot && i.shadowRoot.innerHTML));
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    for (const [name, h] of CSS.highlights) {
      parts.push(name);
      for (const r of h) parts.push(JSON.stringify(Object.keys(r)) + String(r.startContainer.data).slice(r.startOffset, r.endOffset));
    }
    for (let i = 0; i < frames.length; i++) { try { parts.push(frames[i].document.documentElement.outerHTML); } catch (e) { parts.push('frame closed: ' + e.name); } }
    parts.push(JSON.stringify(seen.messages));
    parts.push(performance.getEntries().map((e) => e.name).join(' '));
    parts.push(document.cookie, JSON.stringify(localStorage), JSON.stringify(sessionStorage));
    return parts.join('\\n');
  };
</script></head><body><article>
<h1>Secret Corp and Huawei in Lima</h1>
<p id="first">Secret Corp met Huawei in Lima to talk about cloud regions.</p>
<p>Analysts expect more announcements from Huawei this year.</p>
</article></body></html>`;

/** Forges every way in the page has: fake marks, synthetic events at a mention, window messages, hidden text. */
async function forgeEverything(page: Page) {
  await page.evaluate(() => {
    const p = document.getElementById('first') as HTMLElement;
    const forged = document.createElement('deal-lens-mark');
    forged.setAttribute('data-entity', 'huawei');
    forged.tabIndex = 0;
    forged.textContent = 'Huawei';
    p.append(' ', forged);
    const range = document.createRange();
    range.selectNodeContents(p.firstChild as Text);
    const box = range.getBoundingClientRect();
    const at = { clientX: box.x + 10, clientY: box.y + box.height / 2, bubbles: true, composed: true };
    for (const target of [p, forged, document, document.body]) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) {
        target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
      }
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    // The navigation shortcut, then a step and Enter, once each.
    for (const key of [
      { key: 'K', code: 'KeyK', altKey: true, shiftKey: true },
      { key: 'ArrowDown', code: 'ArrowDown' },
      { key: 'Enter', code: 'Enter' },
    ]) {
      document.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
    }
    forged.focus();
    for (const message of [
      { dl: 'revealMention', data: { entityId: 'huawei' } },
      { dl: 'cardEvent', data: { token: 'x', showId: 1, event: 'rendered', width: 300, height: 300 } },
      { type: 'show', showId: 1, state: { status: 'ready' }, scheme: 'light', focus: true },
      { type: 'close', showId: 1, returnFocus: true },
    ]) {
      window.postMessage(message, '*');
    }
  });
}

test('a hostile page reads no store text, no private note, no entity id, and cannot drive Deal Lens', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  // The reader's own entity with a private description, and a private note on a figure.
  const admin = await context.newPage();
  await admin.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(admin.locator('[data-deal]').first()).toBeVisible();
  await admin.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entities', 'facts', 'meta'], 'readwrite');
      const alias = { lang: 'en', case: 'insensitive', weak: false, cuesBefore: [], vetoBefore: [], vetoAfter: [] };
      tx.objectStore('entities').put({
        id: 'secret-corp',
        name: 'Secret Corp',
        kind: 'company',
        description: 'SECRET-DESCRIPTION-9137',
        aliases: [{ ...alias, text: 'Secret Corp' }],
        excludes: [],
        relations: [],
        origin: 'user',
      });
      tx.objectStore('facts').put({
        id: 'secret-fact',
        subject: { type: 'entity', id: 'secret-corp' },
        label: 'Cloud budget',
        value: 5,
        unit: 'people',
        quote: 'a quote',
        note: 'SECRET-NOTE-4711',
        articleId: 'seed-huawei-peru',
        origin: 'user',
      });
      tx.objectStore('meta').put({ key: 'catalog-version', value: `test-${Date.now()}` });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await admin.close();

  await page.goto(server.setPage('/crafted/hostile.html', HOSTILE));
  await waitForScan(page);
  const readAll = () => page.evaluate(() => (window as unknown as { __readAll: () => string }).__readAll());
  // The extension's id is a secret too: with it a page could fingerprint the reader, or forge what a framework
  // built on it listens to (WXT's content-script context posted it to every page, then stopped on a DOM event).
  const leaks = (text: string) => [...SECRETS, extensionId].filter((secret) => text.includes(secret));

  // Highlights are there, and carry nothing but their text.
  expect((await readHighlights(page)).map((h) => h.text)).toEqual([
    'Secret Corp',
    'Huawei',
    'Lima',
    'Secret Corp',
    'Huawei',
    'Lima',
    'Huawei',
  ]);
  expect(leaks(await readAll())).toEqual([]);

  // Nothing it forges opens a card, or stops Deal Lens (not even the event WXT's context obeyed).
  await page.evaluate((id) => {
    // (as if the page had learnt the id; only the DOM event, so that the page's own record holds no id)
    for (const type of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
    }
  }, extensionId);
  await forgeEverything(page);
  // Had Deal Lens taken any of it, a mention would now be active: the shortcut and keys act at once, and a
  // pointer is hit-tested at the next frame (the card itself would follow after the hover delay).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect((await readHighlights(page)).filter((h) => h.kind === 'active')).toEqual([]);
  expect(hasCardFrame(page, extensionId)).toBe(false);
  expect(leaks(await readAll())).toEqual([]);
  // Still highlighting: the text of the page's forged element is page text like any other, and gets its range.
  await expect.poll(async () => (await readHighlights(page)).length).toBe(8);

  // The reader really hovers the reader-made entity: the card works, and shows the private text…
  await hoverHighlight(page, 'Secret Corp');
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('SECRET-DESCRIPTION-9137');
  await expect(card).toContainText('SECRET-NOTE-4711');
  expect((await cardFrame(page, extensionId)).url()).toMatch(
    new RegExp(`^chrome-extension://${extensionId}/card\\.html#`),
  );
  // …which the page still cannot read, with the card open.
  const whileOpen = await readAll();
  expect(leaks(whileOpen)).toEqual([]);
  const seen = await page.evaluate(() => {
    const s = (window as unknown as { __seen: { internals: ElementInternals[]; shadows: ShadowRoot[] } }).__seen;
    return {
      internals: s.internals.map((i) => i.shadowRoot === null),
      shadows: s.shadows.length,
      frames: window.frames.length,
    };
  });
  // It upgraded our host and got its internals, but no shadow root through them; it caught no shadow root, and the
  // card frame is not in its frame list.
  expect(seen.internals.length).toBeGreaterThan(0);
  expect(seen.internals.every((none) => none)).toBe(true);
  expect(seen.shadows).toBe(0);
  expect(seen.frames).toBe(0);

  // Forging again with the card open neither closes it nor reaches inside.
  await forgeEverything(page);
  await expect(card).toBeVisible();
  expect(leaks(await readAll())).toEqual([]);
});
