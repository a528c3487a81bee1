// Issue 23's demo page, for the Chromium (tests/e2e/page-figures.spec.ts) and Firefox (tests/firefox) tests: a
// second report of the seed deal AWS × Mexico. It restates three seed figures (GDP contribution, its 15-year
// horizon, 400,000 Mexicans trained), adds two (three availability zones, a $300 million programme) and gives
// another number of jobs a year (9,000, where the seed says 7,000).
export const AWS_MEXICO_UPDATE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>AWS opens its Mexican cloud infrastructure</title>
<meta property="og:site_name" content="Tech Wire"><meta name="author" content="Jordan Reyes">
<meta property="article:published_time" content="2025-06-02T09:00:00Z"></head>
<body><header><a href="/">Tech Wire</a></header><main><article>
<h1>AWS opens its Mexican cloud infrastructure</h1>
<p>Amazon Web Services (AWS) will open its cloud infrastructure in Mexico, the company said on Monday, as President
Claudia Sheinbaum welcomed the project. AWS will build three availability zones for the Mexican government.</p>
<p>The AWS project will create some 9,000 jobs a year, according to the company.</p>
<p>AWS expects it to add more than $10 million to the national GDP over the next 15 years.</p>
<p>About 400,000 Mexicans will be trained in cloud technologies, and AWS will fund a $300 million programme for
local start-ups.</p>
</article></main></body></html>`;

/** The statuses the popup shows for it, in its order: differing first, then new, then known. */
export const AWS_MEXICO_UPDATE_STATUSES = ['differs', 'new', 'new', 'known', 'known', 'known'];
