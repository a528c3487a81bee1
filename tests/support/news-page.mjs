// Realistic, self-contained news pages for the demo site and the end-to-end tests.
//
// The seed articles are plain text (seeds/*.txt) with metadata in seeds/catalog.json. To see the extension work on
// them we wrap each one in what a reader actually meets: a masthead, a nav bar, an <article> with a byline and a
// <time>, an aside and a footer. The pages request nothing from the network (no fonts, images or scripts), so any
// external request seen while one is open was made by the extension. Every seed line is kept verbatim as one <p>,
// only HTML-escaped, with `white-space: pre-wrap` so even runs of spaces survive in `innerText`.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in tests/support/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Escapes text for HTML element content and double-quoted attribute values.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Page furniture in the article's language. */
const LABELS = {
  fr: {
    sections: ['Actualités', 'Économie', 'Tech', 'International', 'Opinions'],
    by: 'Par',
    published: 'Publié le',
    related: 'À lire aussi',
    footer: 'Page de démonstration générée localement pour Deal Lens. Aucune ressource externe.',
    index: 'Articles de démonstration',
    home: 'Accueil',
    tagline: 'Technologie, investissement et pouvoirs publics',
    navLabel: 'Rubriques',
  },
  en: {
    sections: ['News', 'Business', 'Tech', 'World', 'Opinion'],
    by: 'By',
    published: 'Published',
    related: 'Read also',
    footer: 'Demo page generated locally for Deal Lens. No external resources.',
    index: 'Demo articles',
    home: 'Home',
    tagline: 'Technology, investment and government',
    navLabel: 'Sections',
  },
  es: {
    sections: ['Noticias', 'Economía', 'Tecnología', 'Internacional', 'Opinión'],
    by: 'Por',
    published: 'Publicado el',
    related: 'Lea también',
    footer: 'Página de demostración generada localmente para Deal Lens. Sin recursos externos.',
    index: 'Artículos de demostración',
    home: 'Inicio',
    tagline: 'Tecnología, inversión y gobierno',
    navLabel: 'Secciones',
  },
};

/** @param {string | undefined} lang */
function labelsFor(lang) {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return LABELS[/** @type {keyof typeof LABELS} */ (base)] ?? LABELS.fr;
}

/**
 * Formats a full or partial date (YYYY, YYYY-MM, YYYY-MM-DD) for display in the page's language.
 * @param {string} date
 * @param {string} lang
 */
export function formatPartialDate(date, lang) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const when = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const locale = lang && lang !== 'und' ? lang : 'fr';
  /** @type {Intl.DateTimeFormatOptions} */
  const options = {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(when);
  } catch {
    return date;
  }
}

const STYLE = `
  *, *::before, *::after { box-sizing: border-box; }
  html { background: #f4f1ea; color: #1d1d1b; }
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; }
  a { color: #8a1c1c; }
  .masthead { background: #fffdf8; border-bottom: 3px double #1d1d1b; text-align: center; padding: 18px 12px 10px; }
  .masthead .brand { font: 700 38px/1.1 Georgia, serif; letter-spacing: 0.5px; color: inherit; text-decoration: none; }
  .masthead .tagline { font: italic 14px/1.4 Georgia, serif; color: #5b5b57; margin: 4px 0 0; }
  nav.sections { background: #1d1d1b; }
  nav.sections ul { list-style: none; margin: 0 auto; padding: 0 12px; max-width: 1040px; display: flex; gap: 22px; flex-wrap: wrap; }
  nav.sections a { display: block; padding: 9px 0; color: #f4f1ea; text-decoration: none; font: 600 14px/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 1px; }
  .layout { max-width: 1040px; margin: 0 auto; padding: 28px 16px 40px; display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 40px; }
  @media (max-width: 820px) { .layout { grid-template-columns: 1fr; } }
  article h1 { font: 700 34px/1.2 Georgia, serif; margin: 0 0 12px; }
  .byline { font: 14px/1.5 system-ui, sans-serif; color: #5b5b57; border-top: 1px solid #d7d2c4; border-bottom: 1px solid #d7d2c4; padding: 8px 0; margin-bottom: 20px; }
  .byline .author { font-weight: 700; color: #1d1d1b; }
  article p { margin: 0 0 1.1em; white-space: pre-wrap; overflow-wrap: anywhere; }
  article h2.intertitle { font: 700 21px/1.3 Georgia, serif; margin: 1.4em 0 0.6em; }
  article .dateline { font-weight: 700; letter-spacing: 0.3px; }
  aside.related { border-top: 4px solid #8a1c1c; padding-top: 10px; font: 15px/1.45 system-ui, sans-serif; }
  aside.related h2 { font: 700 16px/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 1px; margin: 0 0 10px; }
  aside.related ul { list-style: none; padding: 0; margin: 0; }
  aside.related li { padding: 8px 0; border-bottom: 1px solid #d7d2c4; }
  footer.site { border-top: 1px solid #1d1d1b; background: #fffdf8; padding: 18px 16px; text-align: center; font: 13px/1.5 system-ui, sans-serif; color: #5b5b57; }
  .index-list { list-style: none; padding: 0; margin: 0; }
  .index-list li { padding: 14px 0; border-bottom: 1px solid #d7d2c4; }
  .index-list a { font: 700 22px/1.3 Georgia, serif; text-decoration: none; }
  .index-list .meta { display: block; font: 14px/1.5 system-ui, sans-serif; color: #5b5b57; }
`;

/**
 * The page shell shared by articles and the index.
 * @param {{ title: string, lang?: string, publisher: string, head?: string, main: string, labels: typeof LABELS.fr }} parts
 */
function shell({ title, lang, publisher, head = '', main, labels }) {
  const langAttr = lang && lang !== 'und' ? ` lang="${escapeHtml(lang)}"` : '';
  const nav = labels.sections.map((s) => `<li><a href="index.html">${escapeHtml(s)}</a></li>`).join('');
  return `<!doctype html>
<html${langAttr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
<a class="brand" href="index.html">${escapeHtml(publisher)}</a>
<p class="tagline">${escapeHtml(labels.tagline)}</p>
</header>
<nav class="sections" aria-label="${escapeHtml(labels.navLabel)}"><ul><li><a href="index.html">${escapeHtml(labels.home)}</a></li>${nav}</ul></nav>
${main}
<footer class="site"><p>© ${escapeHtml(publisher)} — ${escapeHtml(labels.footer)}</p></footer>
</body>
</html>
`;
}

/** The masthead name when the catalog names no publisher: plainly a demo, so nobody mistakes it for a real outlet. */
const DEMO_PUBLISHER = 'Deal Lens — Revue de démonstration';

/**
 * Whether a paragraph reads as an intertitle: short, not the first, and ending without sentence punctuation
 * ("Deux centres de données redondants"). News pages set these as headings between paragraphs.
 * @param {string} paragraph
 * @param {number} index
 */
export function isIntertitle(paragraph, index) {
  return index > 0 && paragraph.split(/\s+/).length <= 10 && !/[.!?…:;»”"')\]]\s*$/u.test(paragraph);
}

/**
 * The article body: one `<p>` per paragraph, kept verbatim (only HTML-escaped). A `dateline` that opens the first
 * paragraph is set in its own `<span class="dateline">`, as wire copy prints it; with `intertitles`, short
 * unpunctuated paragraphs become `<h2 class="intertitle">`. Either way the body's text is the paragraphs'.
 * @param {string[]} paragraphs
 * @param {{ dateline?: string | null, intertitles?: boolean }} options
 */
function articleBody(paragraphs, { dateline, intertitles = false }) {
  return paragraphs
    .map((p, i) => {
      if (intertitles && isIntertitle(p, i)) return `<h2 class="intertitle">${escapeHtml(p)}</h2>`;
      if (i === 0 && dateline && p.startsWith(dateline)) {
        return `<p><span class="dateline">${escapeHtml(dateline)}</span>${escapeHtml(p.slice(dateline.length))}</p>`;
      }
      return `<p>${escapeHtml(p)}</p>`;
    })
    .join('\n');
}

/**
 * A complete news-article page.
 * @param {import('./news-page.d.mts').NewsPageInput} input
 * @returns {string}
 */
export function renderNewsPage({
  title,
  lang,
  publisher,
  author,
  publishedDate,
  publishedTime,
  url,
  dateline,
  intertitles = false,
  paragraphs,
  related = [],
}) {
  const labels = labelsFor(lang);
  const siteName = publisher || DEMO_PUBLISHER;
  // A full timestamp, when given, is what the page declares; the byline shows its calendar date.
  const declared = publishedTime || publishedDate;
  const shownDate = publishedTime ? publishedTime.slice(0, 10) : publishedDate;
  const meta = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    publisher ? `<meta property="og:site_name" content="${escapeHtml(publisher)}">` : '',
    url ? `<meta property="og:url" content="${escapeHtml(url)}">` : '',
    url ? `<link rel="canonical" href="${escapeHtml(url)}">` : '',
    author ? `<meta name="author" content="${escapeHtml(author)}">` : '',
    declared ? `<meta property="article:published_time" content="${escapeHtml(declared)}">` : '',
  ]
    .filter(Boolean)
    .map((line) => `${line}\n`)
    .join('');
  const byline = [
    author ? `${escapeHtml(labels.by)} <span class="author" rel="author">${escapeHtml(author)}</span>` : '',
    declared && shownDate
      ? `${escapeHtml(labels.published)} <time datetime="${escapeHtml(declared)}">${escapeHtml(formatPartialDate(shownDate, lang ?? 'fr'))}</time>`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const body = articleBody(paragraphs, { dateline, intertitles });
  const aside = related.length
    ? `<aside class="related" aria-labelledby="related-title"><h2 id="related-title">${escapeHtml(labels.related)}</h2><ul>${related
        .map((r) => `<li><a href="${escapeHtml(r.href)}">${escapeHtml(r.title)}</a></li>`)
        .join('')}</ul></aside>`
    : `<aside class="related" aria-labelledby="related-title"><h2 id="related-title">${escapeHtml(labels.related)}</h2><ul><li><a href="index.html">${escapeHtml(labels.index)}</a></li></ul></aside>`;
  const main = `<div class="layout">
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${byline ? `<p class="byline">${byline}</p>\n` : ''}<div class="article-body">
${body}
</div>
</article>
</main>
${aside}
</div>`;
  return shell({ title: `${title} — ${siteName}`, lang, publisher: siteName, head: meta, main, labels });
}

/**
 * The news page of one outlet's article of the deal-story corpus (tests/fixtures/deal-corpus): the outlet in the
 * masthead and `og:site_name`, its author and publication time in the byline and metadata, its address as the
 * canonical URL, the dateline set apart at the start of the first paragraph, intertitles as headings.
 * @param {import('./news-page.d.mts').StoryPageInput} outlet
 * @param {{ related?: { title: string, href: string }[] }} [options]
 * @returns {string}
 */
export function renderStoryPage(outlet, { related = [] } = {}) {
  return renderNewsPage({
    title: outlet.title,
    lang: outlet.lang,
    publisher: outlet.siteName,
    author: outlet.author,
    publishedTime: outlet.publishedTime,
    url: outlet.url,
    dateline: outlet.dateline,
    intertitles: true,
    paragraphs: outlet.paragraphs,
    related,
  });
}

/**
 * The demo site's index page.
 * @param {import('./news-page.d.mts').SeedNewsPage[]} pages
 */
export function renderIndexPage(pages) {
  const labels = LABELS.fr;
  const items = pages
    .map(({ path: href, article }) => {
      const meta = [
        article.publisher,
        article.author,
        article.publishedDate ? formatPartialDate(article.publishedDate, article.language) : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(article.title)}</a>${meta ? `<span class="meta">${escapeHtml(meta)}</span>` : ''}</li>`;
    })
    .join('\n');
  const main = `<div class="layout"><main><h1>${escapeHtml(labels.index)}</h1><ul class="index-list">
${items}
</ul></main></div>`;
  return shell({ title: `${labels.index} — Deal Lens`, lang: 'fr', publisher: DEMO_PUBLISHER, main, labels });
}

/**
 * Splits a seed file into paragraphs: one per non-blank line, each kept exactly (only a CR of a CRLF ending is dropped).
 * @param {string} text
 * @returns {string[]}
 */
export function seedParagraphs(text) {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
    .filter((line) => line.trim() !== '');
}

/**
 * A slug (lowercase letters, digits, dashes) from a seed file name.
 * @param {string} seedFile
 */
export function slugFromFile(seedFile) {
  return (
    path
      .basename(seedFile, path.extname(seedFile))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}

/**
 * A title for a seed with no catalog entry: its first line, shortened at a word boundary when long.
 * @param {string} firstLine
 */
function titleFromLine(firstLine) {
  const line = firstLine.trim();
  if (line.length <= 140) return line;
  const cut = line.slice(0, 140);
  const space = cut.lastIndexOf(' ');
  return `${(space > 80 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Reads seeds/catalog.json leniently: while it is being written it may be missing, invalid or partial.
 * @param {string} seedsDir
 * @returns {Promise<any[]>}
 */
async function readCatalogArticles(seedsDir) {
  const file = path.join(seedsDir, 'catalog.json');
  if (!existsSync(file)) return [];
  try {
    const catalog = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(catalog?.articles) ? catalog.articles : [];
  } catch (error) {
    console.warn(`news-page: ignoring ${file}: ${error instanceof Error ? error.message : error}`);
    return [];
  }
}

/**
 * One news page per seed article: catalog entries first (in catalog order), then any seed file the catalog lacks.
 * @param {{ seedsDir?: string }} [options]
 * @returns {Promise<import('./news-page.d.mts').SeedNewsPage[]>}
 */
export async function seedNewsPages({ seedsDir = path.join(REPO_ROOT, 'seeds') } = {}) {
  const entries = await readCatalogArticles(seedsDir);
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  /** @type {{ seedFile: string, entry: any }[]} */
  const plan = [];
  const planned = new Set();
  for (const entry of entries) {
    const seedFile = typeof entry?.seedFile === 'string' ? path.basename(entry.seedFile) : '';
    if (!seedFile || !files.includes(seedFile) || planned.has(seedFile)) {
      if (seedFile && !files.includes(seedFile)) console.warn(`news-page: catalog names missing seed file ${seedFile}`);
      continue;
    }
    planned.add(seedFile);
    plan.push({ seedFile, entry });
  }
  for (const seedFile of files) if (!planned.has(seedFile)) plan.push({ seedFile, entry: {} });

  const drafts = await Promise.all(
    plan.map(async ({ seedFile, entry }) => {
      const text = await readFile(path.join(seedsDir, seedFile), 'utf8');
      const paragraphs = seedParagraphs(text);
      const str = (/** @type {unknown} */ v) => (typeof v === 'string' && v.trim() ? v : undefined);
      const slug = str(entry.id) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id) ? entry.id : slugFromFile(seedFile);
      /** @type {import('./news-page.d.mts').SeedNewsArticle} */
      const article = {
        id: slug,
        seedFile,
        title: str(entry.title) ?? titleFromLine(paragraphs[0] ?? slug),
        publisher: str(entry.publisher),
        author: str(entry.author),
        publishedDate: str(entry.publishedDate),
        language: str(entry.language) ?? 'fr',
        paragraphs,
      };
      return { slug, path: `${slug}.html`, article };
    }),
  );
  return drafts.map(({ slug, path: pagePath, article }) => {
    const related = drafts
      .filter((d) => d.slug !== slug)
      .slice(0, 4)
      .map((d) => ({ title: d.article.title, href: d.path }));
    const html = renderNewsPage({
      title: article.title,
      lang: article.language,
      publisher: article.publisher,
      author: article.author,
      publishedDate: article.publishedDate,
      paragraphs: article.paragraphs,
      related,
    });
    return { slug, path: pagePath, html, article };
  });
}

/**
 * Writes the demo site (one page per seed article plus index.html) into `dir`.
 * @param {string} dir
 * @param {{ seedsDir?: string }} [options]
 * @returns {Promise<import('./news-page.d.mts').SeedNewsPage[]>}
 */
export async function writeDemoSite(dir, options) {
  const pages = await seedNewsPages(options);
  await mkdir(dir, { recursive: true });
  await Promise.all(pages.map((page) => writeFile(path.join(dir, page.path), page.html, 'utf8')));
  await writeFile(path.join(dir, 'index.html'), renderIndexPage(pages), 'utf8');
  return pages;
}
