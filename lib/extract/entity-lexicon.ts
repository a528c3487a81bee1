import type { Language } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

/**
 * Word lists for spotting unknown names: what starts or joins a name, and what is never one. Folded (lower case,
 * no accents) except where noted; French, English and Spanish together where a French article quotes English
 * company names and Spanish ministries alike, per language where a word is a name in one and a preposition in
 * another ("Sur": French "on", Spanish "South").
 */

/** A set of words, folded like the tokens they are compared with ("Según" → "segun"). */
export function foldedSet(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter(Boolean).map(fold));
}

/** Lower-case words allowed INSIDE a name, never at its ends ("Tecnológico Nacional de México", "Belt and Road"). */
export const NAME_PARTICLES = foldedSet(
  'de del des du da di do dos von van der den of la le las los the and et y for pour para por bin ben ibn bint al',
);

/**
 * The particle sequences that may join two words of a name: a preposition with maybe an article ("de la",
 * "of the", "von der", "for", "para la"), a conjunction alone ("Belt and Road"), or a patronymic particle
 * ("Mohamed bin Salmán"). "et le", "pour le" and the like end a name: "le Conalep et le Tecnológico" is two.
 */
export const PARTICLE_SEQUENCE =
  /^(?:(?:de|del|des|du|da|di|do|dos|von|van|of|for|para|por)(?: (?:la|le|las|los|the|der|den|el))?|pour(?: (?:la|le|les))?|and|et|y|bin|ben|ibn|bint|al)$/u;

/** Conjunctions inside a name: such a name is split when its parts stand alone. */
export const CONJUNCTIONS = new Set(['and', 'et', 'y']);

/** Articles: capitalised in the middle of a sentence, they are part of a name ("El Salto", "Les Echos"). */
export const ARTICLES = foldedSet('the le la les l el los las');

const FRENCH_STOPWORDS =
  'de plus selon lors depuis après avant pendant grâce face entre vers chez voici voilà oui non tout tous toute ' +
  'toutes chaque plusieurs il elle ils elles on nous vous je tu ce cet cette ces cela ceci celui celle son sa ses ' +
  'leur leurs notre nos votre mais ou donc or ni car si quand lorsque comme alors ainsi enfin ensuite puis outre ' +
  'même aussi toutefois cependant désormais déjà hier demain aujourd’hui certes bref côté parmi surtout seul seule ' +
  'autre autres pourtant néanmoins d’abord ici là un une des du au aux à dans pour par sans avec le la les l en ' +
  'et y a sur sous est c’est certains certaines retrouvez gageons fin reste restent faut quant pourquoi comment ' +
  'combien chacun aucun rien beaucoup encore toujours jamais souvent parfois mieux ailleurs notamment ';

const ENGLISH_STOPWORDS =
  'the a an in on at for with without by of to from after before during since until according as about into ' +
  'he she it we they i you his her its our their this that these those there here what which who whom whose ' +
  'but and or so yet if when while although though because however meanwhile moreover also then now today ' +
  'yesterday tomorrow last next under over such some many most more other another each every both all no not ' +
  'once still even only just instead despite amid among across against through ' +
  // Contractions, pronouns and adverbs that open English sentences and headings.
  'i’m i’ve i’d i’ll you’re we’re they’re it’s that’s there’s here’s let’s don’t can’t won’t isn’t ' +
  'my your me us him them why how where often let wow yes well oh ok so like ';

const SPANISH_STOPWORDS =
  'de el la los las lo un una unos unas en y a con sin para por según durante desde hasta tras ante sobre bajo él ' +
  'ella ellos ellas nosotros este esta estos estas ese esa esos esas eso esto aquel su sus nuestro pero o cuando ' +
  'mientras aunque porque además también luego ahora hoy ayer mañana asimismo embargo así ya todo toda todos ' +
  'todas otro otra otros otras cada ello allí aquí ahí incluso actualmente cabe dicho dicha parece estaba ' +
  'estaban era eran es son fue fueron hay había habrá será serán tiene tienen puede pueden debe deben sigue ' +
  'siguen queda quedan mira come actualiza seamos opinión especial ensayo ';

/** Page chrome in any language: credits, links and buttons that open a line. */
const CHROME_WORDS =
  'source sources fuente fuentes photo photos foto fotos image images crédit crédits credit credits lire read leer ' +
  'voir see ver mise update actualización advertisement publicité publicidad subscribe abonnez suscríbete newsletter ' +
  'share partager compartir comments commentaires comentarios related vidéo video vídeo date fecha communiqué ' +
  'comunicado ';

/**
 * Capitalised words that start a sentence (or follow a quote) without naming anything, per text language: the
 * text's own function words, the few of the others that quoted names carry ("the", "la"), and page chrome. Kept
 * apart so that a French "Grâce" or "Sur" does not take an English "Grace" or a Spanish "Sur" with it.
 */
const STOPWORDS_BY_LANG: Record<Language, Set<string>> = {
  fr: foldedSet(`${FRENCH_STOPWORDS} the el los las ${CHROME_WORDS}`),
  en: foldedSet(`${ENGLISH_STOPWORDS} le la les l el los las ${CHROME_WORDS}`),
  es: foldedSet(`${SPANISH_STOPWORDS} the le les l ${CHROME_WORDS}`),
  und: foldedSet(`${FRENCH_STOPWORDS} ${ENGLISH_STOPWORDS} ${SPANISH_STOPWORDS} ${CHROME_WORDS}`),
};

/** The stopwords of a text's language ("Sur" is a preposition in French, a direction in Spanish). */
export function stopwords(lang: Language): ReadonlySet<string> {
  return STOPWORDS_BY_LANG[lang];
}

/**
 * Titles that head a person's name or a role ("Président Macron", "Prime Minister", "Chief Executive Officer").
 * `TITLES` stand alone; `TITLE_MODIFIERS` are titles only next to another title word ("Deputy Prime Minister",
 * "Chief Executive Officer"), since "General" and "Executive" also start company names.
 */
export const TITLES = foldedSet(
  'président présidente president presidente presidenta ministre minister ministro ministra secrétaire secretary ' +
    'secretario subsecretario subsecretaria undersecretary directeur directrice director directora pdg ceo cfo cto ' +
    'coo chairman chairwoman chairperson sénateur senator senador senadora député députée diputado diputada maire ' +
    'mayor alcalde alcaldesa gouverneur governor gobernador gobernadora roi king rey reine queen reina prince ' +
    'princess princesse príncipe princesa sheikh cheikh jeque emir émir docteur doctor dr m mme mr mrs ms sr sra ' +
    'monsieur madame señor señora don doña sir lord dame commissioner commissaire comisionado comisionada ambassador ' +
    'ambassadeur ambassadrice embajador embajadora chancellor chancelier chancelière canciller spokesperson spokesman ' +
    'spokeswoman porte-parole portavoz founder cofounder co-founder fondateur fondatrice cofondateur cofondatrice ' +
    'fundador fundadora cofundador cofundadora premier première vicepresidente vicepresidenta vice-président ' +
    'vice-présidente chair judge juge juez jueza minister-president gerente consejero consejera conseiller ' +
    'conseillère adviser advisor asesor asesora analyst analyste analista economist économiste economista leader ' +
    'president-elect attorney-general solicitor-general governor-general inspector-general secretary-general ' +
    'director-general directeur-général captain capitaine capitán colonel colonel coronel miss mlle aunt uncle ' +
    'writer editor reporter journalist journaliste periodista correspondent columnist professor professeur ' +
    'profesor profesora sheriff writer-director co-founder vice-president delegate délégué déléguée delegado ' +
    'delegada',
);

/** Words that are titles only next to another title word ("Chief Executive Officer", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS = foldedSet(
  'chief executive officer operating financial technology deputy vice prime managing general senior acting former ' +
    'opposition noted elect cabinet ' +
    'interim head délégué déléguée general adjoint adjointe ejecutivo ejecutiva delegado delegada',
);

/**
 * Portfolio words: what follows a minister's or secretary's title names a portfolio, not an entity ("ministra de
 * Economía y Finanzas", "Economy Secretary", "ministre du Plan et de l'Investissement").
 */
export const PORTFOLIO_WORDS = foldedSet(
  'economy economic économie economía finance finances finanzas hacienda treasury trésor trade commerce comercio ' +
    'industry industrie industria industrial energy énergie energía mines minas mining science sciences ciencia ' +
    'ciencias technology technologies technologie technologies tecnología tecnologías innovation innovación digital ' +
    'numérique transformation transformación transition communication communications comunicaciones ' +
    'telecommunications télécommunications telecomunicaciones information informations información affairs ' +
    'affaires asuntos foreign exterior exteriores étrangères relaciones interior intérieur defence defense défense ' +
    'defensa justice justicia health santé salud education éducation educación labour labor travail trabajo ' +
    'employment emploi empleo transport transports transportes infrastructure infrastructures infraestructura ' +
    'agriculture agricultura environment environnement ambiente medio tourism tourisme turismo culture cultura ' +
    'planning plan planificación investment investissement inversión inversiones development développement ' +
    'desarrollo production producción state home budget presupuesto public publique works travaux obras públicas ' +
    'housing logement vivienda security sécurité seguridad sport sports deportes youth jeunesse juventud social ' +
    'sociales cooperation coopération cooperación intelligence artificielle artificial ia ai data cyber space espace ' +
    'espacio research recherche investigación higher supérieur enseignement enseñanza water eau agua climate climat ' +
    'clima ecological écologique ecológica modernization modernisation modernización administration administración ' +
    'reform réforme reforma competitiveness competitividad productive productivo productiva ' +
    'e-government numérico digitalisation digitalización digitalization numérisation communications-technology ict tic tics mtic servicios services vivienda logement',
);

/** Compass words, alone a direction, not a place ("East", "le Sud du pays", "el Norte"). */
export const DIRECTIONS = foldedSet(
  'east west north south northeast northwest southeast southwest eastern western northern southern central ' +
    'midwest nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre norte sur este oeste noreste ' +
    'noroeste sureste suroeste sudeste sudoeste centro oriental occidental meridional septentrional orientale ' +
    'occidentale méridionale oriente occidente poniente levante north-east north-west south-east south-west',
);

/** Words that make a run of capitalised words a title-cased phrase ("Kiss Was Beautiful"), not a name. */
export const PHRASE_WORDS = foldedSet(
  'was were is are be been being had has have me my your our you we i do does did will would can could should ' +
    'shall may might must not why how what when who est sont était étaient es son fue era eran',
);

/** Acronyms that are common nouns, not names: AI, GDP, CEO, currencies… */
export const COMMON_ACRONYMS = foldedSet(
  'ia ai pib gdp pdg ceo cfo cto coo usd eur mxn pme sme tic ti it vé ve ev tv pc pdf ok faq cv rh hr ong ngo r&d ' +
    'm md mds mrd mrds bn mn k gw mw kw km ipo esg api gpu cpu ar vr 5g 4g iot saas b2b b2c am pm et pt pst est ' +
    'edt cet cest gmt utc bst isbn issn doi pmid pmc url html usb hdmi os id hdr ip vpn dns sms gb mb tb ghz ' +
    'ram ssd lte wifi cfa fcfa ksh kes xof xaf mad dh dhs usd eur gbp mxn pen clp cop brl ars cny rmb jpy inr ngn ' +
    'zar egp chf cad aud',
);

/** Words near a name that make it worth proposing: it is a party to something. */
export const DEAL_CUES =
  /(?:^|[^a-z])(?:partenariat|accord|signe|investi|contrat|annonce|alliance|coentreprise|rachat|acqui|collabor|partnership|agreement|sign|invest|deal|contract|announc|joint venture|memorandum|acuerdo|inversion|invert|invierte|firmo|firma|alianza|contrato|anuncio|asociacion|convenio|adquisicion)/u;

/**
 * Legal forms with dots, read as ONE word so that "Telefónica S.A." and "Globex Inc." stay whole (a plain word
 * pattern would cut them at every dot).
 */
export const DOTTED_LEGAL_FORM =
  'S\\.A\\.B\\.|S\\.A\\.S\\.|S\\.A\\.A\\.|S\\.A\\.C\\.|S\\.A\\.|S\\.L\\.|S\\.R\\.L\\.|S\\.C\\.|C\\.V\\.|N\\.V\\.|B\\.V\\.|S\\.p\\.A\\.|L\\.L\\.C\\.|E\\.S\\.P\\.|Inc\\.|Ltd\\.|Corp\\.|Co\\.|Cía\\.|Ltda\\.|Bhd\\.';

/** Legal forms (folded) that end a company's name: it is a company, and the form is left out of its key. */
export const LEGAL_FORMS = foldedSet(
  'inc inc. ltd ltd. llc l.l.c. sa s.a. sas s.a.s. sarl s.l. gmbh ag plc corp corp. n.v. b.v. s.p.a. spa co. ' +
    's.a.b. sab s.a.a. saa s.a.c. sac s.r.l. srl s.c. c.v. cv e.s.p. esp cía. ltda ltda. bhd bhd. berhad tbk pt pcl ' +
    'qpsc qsc pjsc psc asa oyj ab se kk nv bv limited incorporated corporation jsc ojsc llp lp pte sdn kft zrt ' +
    'sapi s.a.p.i. sae',
);

/**
 * Particles that join a name only inside an institution's name ("Japan Bank for International Cooperation",
 * "Plan Nacional … para la Competitividad"): elsewhere they join two names ("Kim Raff for The New York Times").
 */
export const WEAK_PARTICLES = foldedSet('for pour para por');

/** Legal forms that come before the name ("PT Indosat Tbk"). */
export const LEADING_LEGAL_FORMS = foldedSet('pt');
