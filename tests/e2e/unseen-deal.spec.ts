// Issue 15: a reader saves an article about a deal the store does not know, creates the deal it proposes, and
// finds it on another outlet's article: the new names highlighted, their card showing the deal's amount, the
// popup listing it. The articles are the unit tests' crafted ones (tests/unit/fixtures/unseen-deal.ts).
import { UNSEEN_DEAL_EN, UNSEEN_DEAL_FR, type UnseenDealArticle } from '../unit/fixtures/unseen-deal';
import { expect, test, waitForScan } from './fixtures';
import { expectReportedCounts, highlightTexts, hoverHighlight, openCard } from './page-layer';

/** An outlet's news page for one of the crafted articles: its title, outlet, date and paragraphs. */
function newsPage(article: UnseenDealArticle): string {
  const html = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const paragraphs = article.text
    .split('\n')
    .map((p) => `<p>${html(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8">
<title>${html(article.title)} – ${html(article.siteName)}</title>
<meta property="og:site_name" content="${html(article.siteName)}">
<meta property="og:title" content="${html(article.title)}">
<meta property="article:published_time" content="${article.publishedTime}">
</head><body><header><nav><a href="/">${html(article.siteName)}</a></nav></header>
<main><article><h1>${html(article.title)}</h1>
${paragraphs}
</article></main><footer>© ${html(article.siteName)}</footer></body></html>`;
}

test('an unseen deal, created from a saved French article, is found on an English outlet’s article', async ({
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
  // Two scans, a save with its extraction and proposal, a matcher recompiled after the new names, two popups and
  // a card: about 10 s alone, three times that on two busy cores.
  test.setTimeout(90_000);

  // Before the deal exists, the English article names none of its new parties.
  const other = await context.newPage();
  await other.goto(server.setPage('/crafted/unseen/andes-tech-wire.html', newsPage(UNSEEN_DEAL_EN)));
  await waitForScan(other);
  expect(await highlightTexts(other)).toEqual(['Chile', 'Chile', 'Chile', 'Latin America']);
  await other.close();

  // Save the French article as a reader does: the popup's save button for its tab.
  await page.goto(server.setPage('/crafted/unseen/courrier-du-cloud.html', newsPage(UNSEEN_DEAL_FR)));
  await waitForScan(page);
  const popup = await openPopup(await tabIdOf(page));
  await popup.getByRole('button', { name: 'Save this article' }).click();
  await expect(popup.getByRole('status')).toContainText(`Saved “${UNSEEN_DEAL_FR.title}”`);
  const [review] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Review the article' }).click(),
  ]);
  await expect(review.getByRole('heading', { level: 1 })).toHaveText(UNSEEN_DEAL_FR.title);

  // The saved-article page proposes the deal; its first button creates it, with its new names and figures.
  const proposal = review.locator('[data-candidate-deal]');
  await expect(proposal).toHaveAttribute('data-candidate-deal', 'new');
  await expect(proposal.getByLabel('Title')).toHaveValue('Cordillera Cloud × Chile');
  await expect(proposal.getByLabel('Headline amount').locator('option:checked')).toContainText('US$1.2bn');
  for (const party of ['Cordillera Cloud', 'Fundación Aprende', 'Government of Chile']) {
    await expect(proposal.locator('fieldset')).toContainText(party);
  }
  await proposal.getByRole('button').first().click();
  // Its three parties, and Ana Torres, who announced it.
  await expect(review.getByRole('status')).toContainText('Created “Cordillera Cloud × Chile”: 4 new names');
  await expect(review.locator('[data-candidate-deal]')).toHaveCount(0);

  // Another outlet's article on the same deal, in a new tab: the new names are highlighted.
  const english = await context.newPage();
  await english.goto(server.setPage('/crafted/unseen/andes-tech-wire-after.html', newsPage(UNSEEN_DEAL_EN)));
  await waitForScan(english);
  const tabId = await tabIdOf(english);
  // (Its "Chilean government" stays unpainted: the new government learnt only the French article's phrases.)
  await expectReportedCounts(serviceWorker, tabId, {
    'ana-torres': 1,
    'cordillera-cloud': 5,
    'fundacion-aprende': 1,
    chile: 3,
    'latin-america': 1,
  });
  expect(await highlightTexts(english)).toEqual([
    'Cordillera Cloud',
    'Chile',
    'Cordillera Cloud',
    'Chile',
    'Cordillera Cloud',
    'Cordillera Cloud',
    'Fundación Aprende',
    'Chile',
    'Latin America',
    'Ana Torres',
    'Cordillera Cloud',
  ]);

  // A real hover over the company's mention opens its card, with the deal and its headline amount.
  await hoverHighlight(english, 'Cordillera Cloud');
  const card = await openCard(english, extensionId);
  await expect(card.locator('.dl-card-body')).toHaveAttribute('data-entity', 'cordillera-cloud');
  const deal = card.locator('[data-deal="cordillera-cloud-chile"]');
  await expect(deal).toContainText('Cordillera Cloud × Chile');
  await expect(deal.locator('.dl-fact-value').filter({ hasText: /^US\$1\.2bn$/ })).toHaveCount(1);
  await expect(deal).toContainText('Le Courrier du Cloud');

  // The popup for that tab lists the new deal.
  const listed = (await openPopup(tabId)).locator('.dl-deals [data-deal="cordillera-cloud-chile"]');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Cordillera Cloud × Chile');

  errors.expectNone();
  externalRequests.expectNone();
});
