// Issue 6: save a local news page from the popup, review what it proposes, and find its facts on other pages.
import type { Page } from '@playwright/test';
import { expect, test, waitForScan } from './fixtures';
import { expectReportedCounts, highlightTexts, hoverHighlight, openCard } from './page-layer';

const NEWS = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Huawei investira 300 millions de dollars au Pérou – Le Courrier Andin</title>
<meta property="og:site_name" content="Le Courrier Andin">
<meta property="og:title" content="Huawei investira 300 millions de dollars au Pérou">
<meta name="author" content="Lucía Quispe">
<meta property="article:published_time" content="2025-03-12T09:30:00-05:00">
<link rel="canonical" href="http://127.0.0.1/articles/huawei-perou-300-millions">
</head><body><header><nav><a href="/">Accueil</a> · <a href="/eco">Économie</a></nav></header>
<main><article><h1>Huawei investira 300 millions de dollars au Pérou</h1>
<p class="byline">Par Lucía Quispe, le 12 mars 2025</p>
<p>Le géant chinois Huawei a annoncé mercredi un investissement de 300 millions de dollars au Pérou sur cinq ans,
dans le prolongement de l'accord de formation signé avec le gouvernement péruvien.</p>
<p>Selon le ministère de la Production, le programme créera 1 200 emplois directs à Lima et à Arequipa, et
formera 5 000 techniciens supplémentaires d'ici 2027.</p>
<p>La société Andina Cloud Partners, qui opérera le futur centre de données, a signé un accord de partenariat avec
Huawei le 10 mars. Andina Cloud Partners prévoit d'ouvrir un second site en 2026.</p>
<p>« Cet investissement confirme la place du Pérou dans la stratégie régionale du groupe », a déclaré un porte-parole.</p>
</article></main><footer>© Le Courrier Andin</footer></body></html>`;

async function savedPopup(
  page: Page,
  openPopup: (tabId?: number) => Promise<Page>,
  tabIdOf: (p: Page) => Promise<number>,
) {
  const popup = await openPopup(await tabIdOf(page));
  await popup.getByRole('button', { name: /Save this article|Save again/ }).click();
  return popup;
}

test('save from the popup, accept a figure, see it in cards on another page; saving again keeps one copy', async ({
  context,
  page,
  server,
  openPopup,
  tabIdOf,
  serviceWorker,
  extensionId,
  errors,
  externalRequests,
}) => {
  await page.goto(server.setPage('/crafted/news/huawei-300m.html', NEWS));
  await waitForScan(page);
  const popup = await savedPopup(page, openPopup, tabIdOf);
  await expect(popup.getByRole('status')).toContainText('Saved “Huawei investira 300 millions de dollars au Pérou”');

  // The review page: the text with its mentions, the figures to accept, the new names to add.
  const [review] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Review the article' }).click(),
  ]);
  await expect(review.getByRole('heading', { level: 1 })).toHaveText(
    'Huawei investira 300 millions de dollars au Pérou',
  );
  await expect(review.locator('mark.dl-mention[data-entity="huawei"]').first()).toBeVisible();
  await expect(review.getByText('Le Courrier Andin · Lucía Quispe · 12 March 2025')).toBeVisible();
  const money = review.locator('[data-candidate-fact]').filter({ hasText: 'US$300M' });
  await expect(money).toHaveCount(1);
  await money.getByLabel('About').selectOption({ label: 'Huawei' });
  await money.getByRole('button', { name: 'Accept' }).click();
  await expect(review.locator('[data-candidate-fact]').filter({ hasText: 'US$300M' })).toHaveCount(0);
  // A new name, added as a company, is highlighted everywhere from now on.
  const andina = review.locator('[data-candidate-entity="Andina Cloud Partners"]');
  await andina.getByLabel('Kind').selectOption('company');
  await andina.getByRole('button', { name: 'Add' }).click();
  await expect(andina).toHaveCount(0);

  // Another page that names Huawei: its card shows the new figure and counts the saved article.
  const other = await context.newPage();
  await other.goto(
    server.setPage(
      '/crafted/news/other.html',
      '<!doctype html><html lang="en"><article><p>Huawei and Andina Cloud Partners opened a lab in Lima.</p></article></html>',
    ),
  );
  await waitForScan(other);
  expect(await highlightTexts(other)).toEqual(['Huawei', 'Andina Cloud Partners', 'Lima']);
  await expectReportedCounts(serviceWorker, await tabIdOf(other), {
    huawei: 1,
    'andina-cloud-partners': 1,
    lima: 1,
  });
  await hoverHighlight(other, 'Huawei');
  const card = await openCard(other, extensionId);
  await expect(card).toContainText('300 millions de dollars');
  await expect(card).toContainText('Also mentioned in 2 saved articles');
  await expect(card).toContainText('Huawei investira 300 millions de dollars au Pérou');

  // Saving the same article again (another query string, same canonical URL) updates the one copy.
  await page.goto(server.setPage('/crafted/news/huawei-300m.html?utm_source=x', NEWS));
  await waitForScan(page);
  const again = await savedPopup(page, openPopup, tabIdOf);
  await expect(again.getByRole('status')).toContainText('Updated “Huawei investira 300 millions de dollars au Pérou”');
  const count = await again.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    return new Promise<number>((resolve) => {
      const request = db.transaction('articles').objectStore('articles').count();
      request.onsuccess = () => resolve(request.result);
    });
  });
  expect(count).toBe(4);
  errors.expectNone();
  externalRequests.expectNone();
});

test('a page with no article and a page in German get a clear message and store nothing', async ({
  page,
  server,
  openPopup,
  tabIdOf,
}) => {
  await page.goto(server.setPage('/crafted/empty.html', '<!doctype html><html><body><nav>Menu</nav></body></html>'));
  let popup = await savedPopup(page, openPopup, tabIdOf);
  await expect(popup.getByRole('alert')).toHaveText('No article found on this page: nothing was saved.');
  const german = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Digitalisierung</title></head><body><article>
    <h1>Die Regierung beschließt ein Gesetz</h1>${'<p>Die Bundesregierung hat am Montag ein neues Gesetz beschlossen, das die Digitalisierung der Verwaltung beschleunigen soll und den Ländern mehr Mittel gibt.</p>'.repeat(8)}
    </article></body></html>`;
  await page.goto(server.setPage('/crafted/german.html', german));
  popup = await savedPopup(page, openPopup, tabIdOf);
  await expect(popup.getByRole('alert')).toContainText('this page is in another language: nothing was saved');
});

test('the same story saved from two tabs at once is stored once', async ({ context, server, openPopup, tabIdOf }) => {
  // Two copies of the story at two addresses with one canonical URL, their text slightly different (a live
  // update between the two loads).
  const first = await context.newPage();
  await first.goto(server.setPage('/crafted/news/twice-home.html', NEWS));
  const second = await context.newPage();
  await second.goto(
    server.setPage('/crafted/news/twice-social.html', NEWS.replace('un porte-parole.', 'un porte-parole du groupe.')),
  );
  const [popupA, popupB] = [await openPopup(await tabIdOf(first)), await openPopup(await tabIdOf(second))];
  const buttons = [popupA, popupB].map((p) => p.getByRole('button', { name: 'Save this article' }));
  await Promise.all(buttons.map((b) => expect(b).toBeEnabled()));
  await Promise.all(buttons.map((b) => b.click()));
  for (const popup of [popupA, popupB]) {
    await expect(popup.locator('.dl-save').getByRole('status')).toContainText(/^(Saved|Updated) “Huawei investira/);
  }
  const urls = await popupA.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    return new Promise<string[]>((resolve) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () =>
        resolve((request.result as { canonicalUrl?: string }[]).map((a) => a.canonicalUrl ?? ''));
    });
  });
  expect(urls.filter((u) => u.includes('huawei-perou-300-millions'))).toHaveLength(1);
});
