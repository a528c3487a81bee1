// Issue 5: hover cards (pointer and keyboard), cross-references through relations, isolation from page CSS,
// text-only rendering of stored data.
import type { Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';

/** The open card's dialog, inside the one <deal-lens-card> host's open shadow root. */
const card = (page: Page) => page.locator('deal-lens-card .dl-card');

const huaweiSlug = (slugs: { slug: string; article: { id: string } }[]) =>
  slugs.find((p) => p.article.id === 'seed-huawei-peru')?.slug;

test('hovering "Huawei" shows the Peru AI-training deal, the 20,000 figure and its exact quote', async ({
  page,
  server,
  errors,
  externalRequests,
}) => {
  await page.goto(server.demoUrl(huaweiSlug(server.demoPages)));
  await waitForScan(page);
  const mark = page.locator('article p deal-lens-mark[data-entity="huawei"]').first();
  await mark.hover();
  await expect(card(page)).toHaveAttribute('data-status', 'ready');
  await expect(card(page)).toContainText('Huawei × Peru');
  await expect(card(page)).toContainText('AI training');
  await expect(card(page)).toContainText('20,000');
  await expect(card(page)).toContainText("former 20 000 jeunes au Pérou dans le domaine de l'IA");
  await expect(card(page)).toContainText('SCMP');
  // One host for every card, with an open shadow root.
  expect(await page.locator('deal-lens-card').count()).toBe(1);
  expect(await page.evaluate(() => document.querySelector('deal-lens-card')?.shadowRoot?.mode)).toBe('open');
  // The card never covers the hovered text, and fits in the viewport.
  const [markBox, cardBox, viewport] = [await mark.boundingBox(), await card(page).boundingBox(), page.viewportSize()];
  expect(markBox && cardBox && viewport).toBeTruthy();
  if (markBox && cardBox && viewport) {
    const overlaps = cardBox.y < markBox.y + markBox.height && cardBox.y + cardBox.height > markBox.y;
    expect(overlaps).toBe(false);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width);
  }
  // The card stays open while the pointer is over it, and closes shortly after it leaves both.
  await card(page).hover();
  await page.waitForTimeout(600);
  await expect(card(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card(page)).toHaveCount(0);
  errors.expectNone();
  externalRequests.expectNone();
});

test('the same by keyboard: Tab to the highlight, Enter opens, Escape closes and returns focus', async ({
  page,
  server,
}) => {
  await page.goto(server.demoUrl(huaweiSlug(server.demoPages)));
  await waitForScan(page);
  const mark = page.locator('article p deal-lens-mark[data-entity="huawei"]').first();
  // Reach it with Tab from the element before it.
  await mark.evaluate((el) => {
    const before = document.createElement('a');
    before.href = '#start';
    before.textContent = 'start';
    before.id = 'dl-test-start';
    el.parentElement?.insertBefore(before, el);
  });
  await page.locator('#dl-test-start').focus();
  await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveAttribute('data-status', 'ready');
  await expect(card(page)).toContainText("former 20 000 jeunes au Pérou dans le domaine de l'IA");
  await expect(card(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(mark).toBeFocused();
});

test('on a page about Mexico, the card of "Claudia Sheinbaum" reaches the AWS deal through her government', async ({
  page,
  server,
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
  await page.locator('deal-lens-mark[data-entity="claudia-sheinbaum"]').first().hover();
  await expect(card(page)).toHaveAttribute('data-status', 'ready');
  await expect(card(page)).toContainText('Claudia Sheinbaum');
  await expect(card(page)).toContainText('Government of Mexico');
  await expect(card(page)).toContainText('AWS × Mexico');
  await expect(card(page).locator('[data-deal="aws-mexico"]')).toHaveCount(1);
});

test('a hostile page stylesheet does not change the card', async ({ page, server }) => {
  const article = (extraHead: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>${extraHead}</head><body><article>
     <p>Huawei aurait conclu un accord avec le Pérou sur la technologie de l'IA.</p></article></body></html>`;
  const hostile = `<style>
    * { font-family: "Comic Sans MS", cursive !important; color: red !important; background: lime !important;
        font-size: 31px !important; line-height: 3 !important; padding: 9px !important; margin: 13px !important;
        border: 5px dashed blue !important; display: block !important; }
    div, button, mark, section, h2, h3, h4, ul, li { visibility: hidden !important; opacity: 0.1 !important; }
    deal-lens-card { display: none !important; position: static !important; transform: scale(0.2) !important;
        filter: blur(4px) !important; }
    html { font-size: 40px !important; }
  </style>`;
  const styles = async (url: string) => {
    await page.goto(url);
    await waitForScan(page);
    await page.locator('deal-lens-mark[data-entity="huawei"]').first().hover();
    await expect(card(page)).toHaveAttribute('data-status', 'ready');
    return card(page).evaluate((el) => {
      const pick = (node: Element) => {
        const s = getComputedStyle(node);
        return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.padding, s.visibility, s.opacity, s.display];
      };
      const host = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null;
      const hostStyle = host ? getComputedStyle(host) : null;
      return {
        card: pick(el),
        title: pick(el.querySelector('.dl-card-name') as Element),
        button: pick(el.querySelector('button') as Element),
        width: el.getBoundingClientRect().width,
        host: hostStyle ? [hostStyle.display, hostStyle.position, hostStyle.transform, hostStyle.filter] : null,
      };
    });
  };
  const plain = await styles(server.setPage('/crafted/plain-card.html', article('')));
  const attacked = await styles(server.setPage('/crafted/hostile-card.html', article(hostile)));
  expect(attacked).toEqual(plain);
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
  await page.locator('deal-lens-mark[data-entity="evil-corp"]').hover();
  await expect(card(page)).toHaveAttribute('data-status', 'ready');
  await expect(card(page)).toContainText('<img src=x onerror="window.__dlPwned=1"><script>window.__dlPwned=2</script>');
  expect(await card(page).locator('img, script').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __dlPwned?: number }).__dlPwned)).toBeUndefined();
});
