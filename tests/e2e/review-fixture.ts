// A made-up English story for the review page's end-to-end tests (issue 21): a deal the seed store does not
// know, with figures, new names of several kinds, and one figure written in words that extraction misses, so
// the reader has something to add by selecting it.

/** The outlet's page for the story, as a reader opens it. */
export const REVIEW_STORY_TITLE = 'Nordwind Data to build $850m AI campus in Uruguay';

export const REVIEW_STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${REVIEW_STORY_TITLE} – Southern Cone Tech</title>
<meta property="og:site_name" content="Southern Cone Tech">
<meta property="og:title" content="${REVIEW_STORY_TITLE}">
<meta name="author" content="Martina Ferreira">
<meta property="article:published_time" content="2025-06-10T09:00:00Z">
</head><body><header><nav><a href="/">Southern Cone Tech</a></nav></header>
<main><article><h1>${REVIEW_STORY_TITLE}</h1>
<p>Nordwind Data will invest $850 million in an artificial-intelligence campus near Montevideo, the company said on Tuesday.</p>
<p>The German operator signed an agreement with the Government of Uruguay on June 9, 2025 to build three data halls with a combined capacity of 120 megawatts.</p>
<p>The project will create 1,100 jobs during construction and 300 permanent positions, according to the Ministry of Industry, Energy and Mining.</p>
<p>Nordwind Data will also train 5,000 students in data engineering with Universidad Técnica del Sur over four years.</p>
<p>“Uruguay offers clean power and a stable framework,” said Katrin Vogel, chief executive of Nordwind Data.</p>
<p>Power will come from Ventisca Energía, which runs wind farms in the north of the country. Ventisca Energía will supply the campus under a fifteen-year contract.</p>
<p>The first hall is due to open in 2027, with the remaining two by 2029.</p>
<p>Analysts at Pampa Research estimate the campus could add half a percentage point to national output by the end of the decade.</p>
</article></main><footer>© Southern Cone Tech</footer></body></html>`;

/** A second outlet on the same deal, a day later: the same amount, another capacity. */
export const REVIEW_SECOND_TITLE = 'Nordwind Data confirms Uruguay AI campus';

export const REVIEW_SECOND_STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${REVIEW_SECOND_TITLE} – River Plate Business</title>
<meta property="og:site_name" content="River Plate Business">
<meta property="og:title" content="${REVIEW_SECOND_TITLE}">
<meta property="article:published_time" content="2025-06-11T12:00:00Z">
</head><body><main><article><h1>${REVIEW_SECOND_TITLE}</h1>
<p>Nordwind Data will invest $850 million in its artificial-intelligence campus in Uruguay, the German company confirmed on Wednesday.</p>
<p>Under the agreement signed with the Government of Uruguay, the campus near Montevideo will have a combined capacity of 150 megawatts, more than first reported.</p>
<p>Nordwind Data said construction would start in September.</p>
</article></main></body></html>`;
