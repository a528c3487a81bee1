// Hover cards: an extension page in a frame, opened by a real pointer hover over a painted mention or from the
// keyboard; cross-references through relations; isolation from page CSS; stored markup shown as text.
import { expect, test, waitForScan } from './fixtures';
import { cardFrame, cardFrameBox, hasCardFrame, hoverHighlight, openCard, readHighlights } from './page-layer';

const huaweiSlug = (slugs: { slug: string; article: { id: string } }[]) =>
  slugs.find((p) => p.article.id === 'seed-huawei-peru')?.slug;

test('hovering "Huawei" shows the Peru AI-training deal, the 20,000 figure and its exact quote', async ({
  page,
  server,
  extensionId,
  errors,
  externalRequests,
}) => {
  await page.goto(server.demoUrl(huaweiSlug(server.demoPages)));
  await waitForScan(page);
  const mention = await hoverHighlight(page, 'Huawei', 1);
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('Huawei × Peru');
  await expect(card).toContainText('AI training');
  await expect(card).toContainText('20,000');
  await expect(card).toContainText("former 20 000 jeunes au Pérou dans le domaine de l'IA");
  await expect(card).toContainText('SCMP');
  // The hovered mention is the active highlight while its card is open.
  expect((await readHighlights(page)).filter((h) => h.kind === 'active').map((h) => h.text)).toEqual(['Huawei']);
  // The card never covers the hovered text, and fits in the viewport.
  const box = await cardFrameBox(page, extensionId);
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (box && viewport) {
    const overlaps = box.y < mention.y + mention.height && box.y + box.height > mention.y;
    expect(overlaps).toBe(false);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
  // The card stays open while the pointer is over it…
  if (!box) throw new Error('no card box');
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 3 });
  await expect(card).toBeVisible();
  await expect.poll(() => hasCardFrame(page, extensionId), { timeout: 1_500 }).toBe(true);
  // …and closes shortly after the pointer leaves both.
  await page.mouse.move(5, 5, { steps: 3 });
  await expect.poll(() => hasCardFrame(page, extensionId)).toBe(false);
  errors.expectNone();
  externalRequests.expectNone();
});

test('by keyboard: the shortcut starts navigation, arrows move, Enter opens with focus inside, Escape twice returns', async ({
  page,
  server,
  extensionId,
}) => {
  await page.goto(server.demoUrl(huaweiSlug(server.demoPages)));
  await waitForScan(page);
  // Focus starts on a link of the page.
  await page.locator('a').first().focus();
  const link = await page.evaluate(() => document.activeElement?.textContent);
  const active = async () => (await readHighlights(page)).filter((h) => h.kind === 'active');
  await page.keyboard.press('Alt+Shift+K');
  await expect.poll(async () => (await active()).length).toBe(1);
  const first = (await readHighlights(page)).findIndex((h) => h.kind === 'active');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await readHighlights(page)).findIndex((h) => h.kind === 'active')).toBe(first + 1);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await readHighlights(page)).findIndex((h) => h.kind === 'active')).toBe(first + 2);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(async () => (await readHighlights(page)).findIndex((h) => h.kind === 'active')).toBe(first + 1);
  const current = (await active())[0]?.text;
  // Tab and the arrows moved the highlight, not the page's focus.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(link);

  await page.keyboard.press('Enter');
  const card = await openCard(page, extensionId);
  await expect(card).toContainText(current ?? '');
  // Focus is inside the card frame, on the dialog: Tab now moves within the card (to its close button), not to
  // the next mention.
  const frame = await cardFrame(page, extensionId);
  await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
  await page.keyboard.press('Tab');
  await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
  expect((await active()).map((h) => h.text)).toEqual([current]);
  await page.keyboard.press('Escape');
  await expect.poll(() => hasCardFrame(page, extensionId)).toBe(false);
  // Still navigating, on the same mention.
  expect((await active()).map((h) => h.text)).toEqual([current]);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await active()).length).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(link);
});

test('on a page about Mexico, the card of "Claudia Sheinbaum" reaches the AWS deal through her government', async ({
  page,
  server,
  extensionId,
}) => {
  const url = server.setPage(
    '/crafted/mexico.html',
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>México</title></head><body><article>
     <h1>México acelera su transformación digital</h1>
     <p>La presidenta Claudia Sheinbaum presentó este lunes un plan nacional de infraestructura digital.</p>
     <p>Sheinbaum dijo que el país atraerá nuevas inversiones en centros de datos.</p></article></body></html>`,
  );
  await page.goto(url);
  await waitForScan(page);
  await hoverHighlight(page, 'Claudia Sheinbaum');
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('Claudia Sheinbaum');
  await expect(card).toContainText('Government of Mexico');
  await expect(card).toContainText('AWS × Mexico');
  await expect(card.locator('[data-deal="aws-mexico"]')).toHaveCount(1);
});

test('a hostile page stylesheet changes neither the card nor its frame', async ({ page, server, extensionId }) => {
  const article = (extraHead: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>${extraHead}</head><body><article>
     <p>Huawei aurait conclu un accord avec le Pérou sur la technologie de l'IA.</p></article></body></html>`;
  const hostile = `<style>
    * { font-family: "Comic Sans MS", cursive !important; color: red !important; background: lime !important;
        font-size: 31px !important; line-height: 3 !important; padding: 9px !important; margin: 13px !important;
        border: 5px dashed blue !important; display: block !important; }
    html > :not(head):not(body) { display: none !important; position: static !important;
        transform: scale(0.2) !important; filter: blur(4px) !important; opacity: 0 !important; }
    iframe { display: none !important; width: 1px !important; }
    html { font-size: 40px !important; }
  </style>`;
  const styles = async (url: string) => {
    await page.goto(url);
    await waitForScan(page);
    await hoverHighlight(page, 'Huawei');
    const card = await openCard(page, extensionId);
    const box = await cardFrameBox(page, extensionId);
    const inside = await card.evaluate((el) => {
      const pick = (node: Element) => {
        const s = getComputedStyle(node);
        return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.padding, s.visibility, s.opacity, s.display];
      };
      return {
        card: pick(el),
        title: pick(el.querySelector('.dl-card-name') as Element),
        button: pick(el.querySelector('button') as Element),
        width: el.getBoundingClientRect().width,
      };
    });
    // The height follows the room the page leaves beside the mention, which the hostile fonts change.
    expect(box?.height).toBeGreaterThan(150);
    return { inside, width: box?.width };
  };
  const plain = await styles(server.setPage('/crafted/plain-card.html', article('')));
  const attacked = await styles(server.setPage('/crafted/hostile-card.html', article(hostile)));
  expect(attacked).toEqual(plain);
  expect(plain.width).toBe(380);
});

test('markup in stored data is shown as text and never runs', async ({ page, server, context, extensionId }) => {
  const xss = '<img src=x onerror="window.__dlPwned=1"><script>window.__dlPwned=2</script>';
  // Store an entity and a fact carrying markup, from the extension's own origin (as an import would).
  const admin = await context.newPage();
  await admin.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(admin.locator('[data-deal]').first()).toBeVisible();
  await admin.evaluate(async (payload) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entities', 'facts', 'meta'], 'readwrite');
      tx.objectStore('entities').put({
        id: 'evil-corp',
        name: 'Evil Corp',
        kind: 'company',
        description: payload,
        aliases: [
          {
            text: 'Evil Corp',
            lang: 'en',
            case: 'insensitive',
            weak: false,
            cuesBefore: [],
            vetoBefore: [],
            vetoAfter: [],
          },
        ],
        excludes: [],
        relations: [],
        origin: 'user',
      });
      tx.objectStore('facts').put({
        id: 'evil-fact',
        subject: { type: 'entity', id: 'evil-corp' },
        label: 'Hostile quote',
        value: 1,
        unit: 'people',
        quote: payload,
        articleId: 'seed-huawei-peru',
        origin: 'user',
      });
      tx.objectStore('meta').put({ key: 'catalog-version', value: `test-${Date.now()}` });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, xss);
  await admin.close();

  await page.goto(
    server.setPage('/crafted/evil.html', '<!doctype html><article><p>Evil Corp buys a cloud region.</p></article>'),
  );
  await waitForScan(page);
  await hoverHighlight(page, 'Evil Corp');
  const card = await openCard(page, extensionId);
  await expect(card).toContainText('<img src=x onerror="window.__dlPwned=1"><script>window.__dlPwned=2</script>');
  expect(await card.locator('img, script').count()).toBe(0);
  const frame = await cardFrame(page, extensionId);
  expect(await frame.evaluate(() => (window as { __dlPwned?: number }).__dlPwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as { __dlPwned?: number }).__dlPwned)).toBeUndefined();
});
