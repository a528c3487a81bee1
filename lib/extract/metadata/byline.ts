import { fold } from '@/lib/text/fold';
import { cleanByline } from '../article-metadata';
import { restoreCase } from '../text-frame';

/** Who wrote an article and who published it, kept apart. */
export interface ArticleSource {
  /** The people who signed it ("Faris Mokhtar, Grace Sihombing"); none for a newsroom, an agency or the site. */
  author?: string;
  /** The site or outlet ("The Guardian", "El Tiempo"). */
  publisher?: string;
}

/** Wire agencies: a byline that is one of them names no author. */
const AGENCIES = [
  'reuters',
  'afp',
  'agence france-presse',
  'agence france presse',
  'ap',
  'associated press',
  'the associated press',
  'efe',
  'agencia efe',
  'europa press',
  'bloomberg',
  'bloomberg news',
  'dpa',
  'ansa',
  'xinhua',
  'kyodo',
  'yonhap',
  'notimex',
  'telam',
  'andina',
  'agencias',
  'agences',
  'ap news',
];

/** Bylines that sign for a newsroom, not a person ("Redacción Economía", "La Rédaction", "Staff"). */
const NEWSROOM =
  /^(?:la |el |the |por )?(?:redaccion|redaction|staff|newsroom|editorial|editors|editorial board|equipo|equipe|team|desk|admin|web desk|agencias|agences|wires?)(?:\s|$)/u;

/** Words of a journalist's role after the name ("Global technology editor", "envoyée spéciale à Lima"). */
const ROLE =
  /(?:^|\s)(?:editor|correspondent|reporter|writer|journalist|columnist|contributor|chroniqueur|chroniqueuse|envoye|envoyee|correspondant|correspondante|journaliste|redacteur|redactrice|corresponsal|periodista|redactor|redactora|enviado|enviada|columnista|cronista)(?:\s|$)/u;
const ROLE_ADJECTIVES = new Set(
  'global senior chief deputy technology tech business political politics economics economy foreign financial finance science special speciale especial staff contributing associate investigative international national regional local health climate energy europe asia africa latin america washington bureau managing executive digital data news sports media culture a au en in for de del'.split(
    ' ',
  ),
);

const SEPARATORS = /\s*(?:\||·|•|\/|–|—|\s-\s|,)\s*/u;

/** "http://www.tmz.com/" → "tmz.com"; anything else trimmed. */
function cleanSite(site: string | undefined): string | undefined {
  const text = site
    ?.trim()
    .replace(/^https?:\/\//iu, '')
    .replace(/^www\./iu, '')
    .replace(/\/+$/u, '');
  return text ? text : undefined;
}

/** Cuts a role written after the name: "Dan Milmo Global technology editor" → "Dan Milmo". */
function withoutRole(name: string): string {
  const words = name.split(/\s+/u);
  const folded = words.map(fold);
  const at = folded.findIndex((w) => ROLE.test(` ${w} `));
  if (at < 0) return name;
  let cut = at;
  while (cut > 0 && (ROLE_ADJECTIVES.has(folded[cut - 1] ?? '') || /^\p{Ll}/u.test(words[cut - 1] ?? ''))) cut--;
  return words.slice(0, cut).join(' ');
}

/** Removes the site's name from the end or the start of a byline, glued or behind a separator. */
function withoutSite(byline: string, site: string | undefined): string {
  if (!site) return byline;
  const target = fold(site);
  let text = byline.trim();
  for (let i = 0; i < 2; i++) {
    const folded = fold(text);
    if (folded.endsWith(target) && folded.length > target.length) {
      text = text.slice(0, text.length - site.length).replace(/[\s|·•/,–—-]+$/u, '');
    } else if (
      folded.startsWith(target) &&
      folded.length > target.length &&
      SEPARATORS.test(text.slice(site.length, site.length + 3))
    ) {
      text = text.slice(site.length).replace(/^[\s|·•/,–—-]+/u, '');
    }
  }
  return text;
}

/** Whether a piece of a byline is a person's name: one to five words, not an agency, a newsroom or the site. */
function isPersonName(piece: string, site: string | undefined): boolean {
  const folded = fold(piece);
  if (!folded || AGENCIES.includes(folded) || NEWSROOM.test(folded)) return false;
  if (site && folded === fold(site)) return false;
  const words = piece.split(/\s+/u);
  return words.length <= 5 && /^\p{Lu}/u.test(piece) && !/\d|@|https?:/u.test(piece);
}

/**
 * Separates a page's byline from its site: the author is one or more people (a byline that is the site's name,
 * an agency or a newsroom names none), never glued to the site ("Marc Lefebvre Les Echos" → "Marc Lefebvre");
 * a role after the name is dropped ("Dan Milmo Global technology editor"), an all-caps name re-cased ("By MARK
 * STEVENSON Associated Press" → "Mark Stevenson"), several people joined with ", ". The publisher is the site.
 */
export function articleSource(byline: string | undefined, siteName: string | undefined): ArticleSource {
  const publisher = cleanSite(siteName);
  let text = cleanByline(byline) ?? '';
  if (AGENCIES.includes(fold(text))) text = '';
  // "Le Point Afrique" on Le Point: the site and a section of it, no one's name.
  if (
    publisher &&
    fold(text).startsWith(`${fold(publisher)} `) &&
    !SEPARATORS.test(text.slice(publisher.length, publisher.length + 3))
  ) {
    text = '';
  }
  text = withoutSite(text, publisher);
  // An agency glued after the name ("Mark Stevenson Associated Press"): the agency is not the author.
  for (const agency of AGENCIES) {
    if (fold(text).endsWith(` ${agency}`)) text = text.slice(0, text.length - agency.length).trim();
  }
  const people = text
    .split(/\s*(?:\||·|•|\/|–|—|\s-\s|,|;)\s*|\s+(?:and|et|y|&)\s+/u)
    .map((piece) => withoutRole(piece.trim()))
    .map((piece) => (piece === piece.toUpperCase() && /\p{Lu}/u.test(piece) ? restoreCase(piece) : piece))
    .filter((piece) => isPersonName(piece, publisher));
  const author = [...new Set(people)].join(', ');
  return { ...(author ? { author } : {}), ...(publisher ? { publisher } : {}) };
}
