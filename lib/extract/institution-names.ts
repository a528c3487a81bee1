import { isDemonym } from './demonyms';
import { foldedSet, PORTFOLIO_WORDS } from './entity-lexicon';
import type { Token } from './name-runs';

/**
 * French and Spanish write an institution's name with one capital: "l’Agence nationale de cybersécurité", "la
 * Chambre franco-mexicaine de commerce et d’industrie", "la Banque européenne d’investissement". After such a
 * head the name goes on in lower case, as adjectives and complements ("de …", "des …", "pour …"), and stops at
 * the first word that is neither (a verb, a comma, a new clause).
 */

/** Heads that start an institution's name in French and Spanish. */
const HEADS = foldedSet(
  'agence agencia banque banco caisse caja chambre camara commission comision conseil consejo autorite autoridad ' +
    'haute institut instituto office oficina fondation fundacion federation federacion association asociacion ' +
    'societe compagnie ministere ministerio secretariat direction direccion cour tribunal universite universidad ' +
    'ecole escuela centre centro observatoire observatorio syndicat sindicato union assemblee asamblea fonds fondo ' +
    'conservatoire comite comité délégation delegacion inspection inspeccion superintendencia regie',
);

/** Adjectives that follow the head ("nationale", "publique", "européenne"), besides nationality adjectives. */
const ADJECTIVES = foldedSet(
  'national nationale nationaux nationales nacional nacionales public publique publics publiques publico publica ' +
    'federal federale general generale generales superieur superieure superior regional regionale municipal ' +
    'municipale departemental departementale international internationale internacional interamericain ' +
    'interamericano interamericana mondial mondiale mundial central centrale economique economico economica ' +
    'social sociale technique tecnico tecnica technologique tecnologico tecnologica scientifique cientifico ' +
    'cientifica numerique industriel industrielle industrial financier financiere financiero financiera ' +
    'consultatif consultative consultivo permanent permanente autonome autonomo autonoma independant independante ' +
    'independiente etatique estatal territorial territoriale nucleaire nuclear maritime maritimo aerien aerienne ' +
    'ferroviaire agricole alimentaire sanitaire electoral electorale audiovisuel constitutionnel constitucional ' +
    'supreme supremo supremo ecologique environnemental ambiental energetique energetico',
);

/** What may join a complement to the name (folded, an elided "d’" or "l’" written "d" or "l"). */
const JOINERS = new Set(
  [
    'd',
    'de',
    'du',
    'des',
    'de la',
    'de l',
    'pour',
    'pour la',
    'pour le',
    'pour les',
    'pour l',
    'del',
    'de los',
    'de las',
    'para',
    'para el',
    'para la',
    'en',
    'sur',
    'sur la',
    'sur le',
    'sur les',
    'sur l',
    'a la',
    'au',
    'aux',
  ].flatMap((j) => [j, `et ${j}`, `y ${j}`]),
);
const JOINER_START = foldedSet('de du des pour del para en sur a au aux et y');
const ARTICLE = foldedSet('la le les el los las');
/** Words that can never be the complement's noun: articles, pronouns, verbs of a new clause. */
const NEVER_NOUN = foldedSet(
  'le la les un une des du de l el los las lo a au aux qui que quoi dont ou et y o est sont ont fut sera es son ' +
    'fue ha han se sa ses il elle ils elles ce cette on nous vous ne pas plus tres muy',
);
const MAX_WORDS = 10;
/** French and Spanish adjective endings: "polytechnique", "normale", "régionale", "técnica", "superior". */
const ADJECTIVE_ENDING =
  /(?:ique|iques|ale|ales|aux|elle|elles|ienne|iennes|aire|aires|ieure|ieures|ive|ives|able|ables|ible|ibles|ico|ica|icos|icas|ario|aria|ivo|iva)$/u;
/** Heads whose portfolio goes on after a comma: "Ministère de la Communication, des Télécommunications et du Numérique". */
const ENUMERATING = foldedSet(
  'ministere ministerio ministry secretaria secretariat departement departamento department',
);

/** Whether a run's last word heads an institution whose name may go on in lower case. */
export function isInstitutionHead(token: Token | undefined): boolean {
  return token !== undefined && HEADS.has(token.folded);
}

/**
 * The lower-case words that continue an institution's name after `run` (empty when none do): adjectives, then
 * complements joined by a preposition ("de …", "des …", "pour …", "et d’…"), ending on a noun or an adjective.
 * `words` are the tokens after the run in its sentence; anything but spaces or an elided article between two of
 * them (a comma, a parenthesis) ends the name, and so does a capitalised word.
 */
export function institutionTail(text: string, run: readonly Token[], words: readonly Token[]): Token[] {
  let last = run.at(-1);
  const head = isInstitutionHead(run[0]) ? run[0] : isInstitutionHead(last) ? last : undefined;
  if (!last || !head) return [];
  const enumerating = ENUMERATING.has(head.folded);
  const taken: Token[] = [];
  let pending: Token[] = [];
  let proper = false;
  for (const word of words) {
    const between = text.slice(last.end, word.start);
    const gap = /^[ \u00A0]+(?:([dlDL])['’])?$/u.exec(between);
    // "Ministère de la Communication, des Télécommunications…", "Ministerio de Comunicación, Telecomunicaciones y…".
    const comma =
      enumerating &&
      /^,[ \u00A0]+$/u.test(between) &&
      (JOINER_START.has(word.folded) || PORTFOLIO_WORDS.has(word.folded));
    if ((!gap && !comma) || taken.length + pending.length >= MAX_WORDS) break;
    const folded = word.folded;
    const elision = gap?.[1]?.toLowerCase();
    const capital = /^\p{Lu}/u.test(word.text);
    if (capital && comma) {
      taken.push(word);
      proper = true;
    } else if (capital) {
      // A proper name after a complement's preposition: "Université virtuelle du Sénégal", "… et de la
      // Digitalisation", "Comité populaire de Hô Chi Minh-Ville".
      if (pending.length === 0 && !elision && !proper) break;
      taken.push(...pending, word);
      pending = [];
      proper = true;
    } else if (comma) {
      pending.push(word);
      proper = false;
    } else if (pending.length === 0 && !elision) {
      proper = false;
      if (ADJECTIVES.has(folded) || isDemonym(word.text) || ADJECTIVE_ENDING.test(folded)) taken.push(word);
      else if (JOINER_START.has(folded)) pending.push(word);
      else break;
    } else {
      proper = false;
      const sequence = [...pending.map((p) => p.folded), ...(elision ? [elision] : [])].join(' ');
      const lastPending = pending.at(-1)?.folded ?? '';
      if (!elision && ARTICLE.has(folded) && pending.length > 0) pending.push(word);
      else if (!elision && JOINER_START.has(folded) && (lastPending === 'et' || lastPending === 'y'))
        pending.push(word);
      else if (JOINERS.has(sequence) && !NEVER_NOUN.has(folded) && folded.length > 1) {
        taken.push(...pending, word);
        pending = [];
      } else break;
    }
    last = word;
  }
  return taken.map((t) => (/^\p{Lu}/u.test(t.text) ? t : { ...t, lower: true }));
}
