// A DOM Document for extraction tests, built with jsdom (the unit tests run in the Node environment).
import { JSDOM, VirtualConsole } from 'jsdom';

export const PAGE_URL = 'https://news.example/2024/05/article.html';

/** Parses `html` as a page at `url`; scripts do not run and nothing is fetched. */
export function documentOf(html: string, url = PAGE_URL): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** A page with enough paragraphs for Readability to find an article. */
export function articlePage(head: string, body = ''): string {
  const paragraph =
    'Google Cloud et le gouvernement du Salvador ont conclu un partenariat de 7 ans pour numériser les ' +
    'infrastructures du pays dans divers secteurs, selon un communiqué publié le 29 août 2023 par les deux parties. ';
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${paragraph.repeat(2)} (${i + 1})</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head>${head}</head><body><header><nav><a href="/">Accueil</a></nav></header>
    <article><h1>Un partenariat de 7 ans</h1>${body}${paragraphs}</article><footer>© Exemple</footer></body></html>`;
}
