import { fold } from '@/lib/text/fold';

/**
 * Word lists for spotting unknown names: what starts or joins a name, what does not, and what a name's words
 * say about what it names. Folded (lower case, no accents) except where noted; fr, en and es together, since a
 * French article quotes English company names and Spanish ministries alike.
 */

/** Lower-case words allowed INSIDE a name, never at its ends ("Tecnológico Nacional de México", "Belt and Road"). */
export const NAME_PARTICLES = new Set(
  'de del des du da di do dos von van der den of la le las los the and et y'.split(' '),
);

/**
 * The particle sequences that may join two words of a name: a preposition with maybe an article ("de la",
 * "of the", "von der"), or a conjunction alone ("Belt and Road"). "et le", "pour le" and the like end a name:
 * "le Conalep et le Tecnológico" is two.
 */
export const PARTICLE_SEQUENCE =
  /^(?:(?:de|del|des|du|da|di|do|dos|von|van|of)(?: (?:la|le|las|los|the|der|den))?|and|et|y)$/u;

/** Conjunctions inside a name: such a name is split when its parts also stand alone in the text. */
export const CONJUNCTIONS = new Set(['and', 'et', 'y']);

/** A set of words, folded like the tokens they are compared with ("Según" → "segun"). */
function foldedSet(words: string): Set<string> {
  return new Set(words.split(' ').map(fold));
}

/** Capitalised words that start a sentence (or follow a quote) without naming anything. */
export const STOPWORDS = foldedSet(
  'le la les l un une des du de d au aux a à en dans pour par sur sous avec sans selon lors depuis après avant pendant ' +
    'il elle ils elles on nous vous je tu ce cet cette ces cela ceci celui celle son sa ses leur leurs notre nos votre ' +
    'mais et ou donc or ni car si quand lorsque comme alors ainsi enfin ensuite puis outre même aussi toutefois cependant ' +
    'de plus conformément grâce face entre vers chez voici voilà oui non tout tous toute toutes chaque plusieurs ' +
    'the a an in on at for with without by of to from after before during since until according as about into ' +
    'he she it we they i you his her its our their this that these those there here what which who whom whose ' +
    'but and or so yet if when while although though because however meanwhile moreover also then now today ' +
    'el la los las un una unos unas en con sin para por según durante desde hasta tras ante entre sobre bajo ' +
    'él ella ellos ellas nosotros este esta estos estas ese esa esos esas eso esto aquel su sus nuestro ' +
    'pero y o si cuando mientras aunque porque además también luego ahora hoy asimismo sin embargo',
);

/** Titles and generic capitalised nouns that are not a name on their own ("le Président", "Premier ministre"). */
export const TITLES = foldedSet(
  'président présidente president presidente premier première prime ministre minister ministro ministra ' +
    'secrétaire secretary secretario directeur directrice director directora pdg ceo cfo cto ' +
    'sénateur senator senador député diputado maire mayor alcalde roi king rey reine queen reina prince ' +
    'docteur doctor dr m mme mr mrs ms sr sra monsieur madame señor señora gouverneur governor gobernador ' +
    'source fuente photo foto image crédit credit lire read leer voir see ver mise update actualización',
);

/** Acronyms that are common nouns, not names: AI, GDP, CEO, currencies… */
export const COMMON_ACRONYMS = foldedSet(
  'ia ai pib gdp pdg ceo cfo cto coo usd eur mxn pme sme tic ti it vé ve ev tv pc pdf ok faq cv rh hr ong ngo r&d m md mds mrd mrds bn mn k',
);

/** Words near a name that make it worth proposing: it is a party to something. */
export const DEAL_CUES =
  /(?:^|[^a-z])(?:partenariat|accord|signe|investi|contrat|annonce|alliance|coentreprise|rachat|acqui|collabor|partnership|agreement|sign|invest|deal|contract|announc|joint venture|memorandum|acuerdo|inversion|invert|invierte|firmo|firma|alianza|contrato|anuncio|asociacion|convenio|adquisicion)/u;

/**
 * A verb of saying right after a name, maybe after an apposition ("Nayib Bukele, le président du pays, a
 * déclaré"): a name of two or three words there is likely a person's. Matched on the folded text after the name.
 */
export const SPEECH_AFTER =
  /^(?:,[^,.;]{0,80},)?\s*(?:a declare|a affirme|a precise|a souligne|a indique|a explique|a ajoute|a dit|a estime|estime|said|says|told|stated|added|explained|dijo|afirmo|explico|declaro|senalo|aseguro|indico)(?![a-z])/u;

/** "According to" right before a name (folded text before it). */
export const SPEECH_BEFORE = /(?:^|[^a-z])(?:selon|d'apres|according to|segun|de acuerdo con)\s+$/u;

/** Common first names (folded): a name starting with one is a person's. A small list, on purpose. */
export const FIRST_NAMES = foldedSet(
  'jean pierre marie michel thomas nicolas emmanuel francois philippe sophie anne claire isabelle nathalie ' +
    'catherine paul louis julien laurent olivier christine martine elisabeth bruno gabriel alain patrick eric ' +
    'dominique sebastien jacques ursula christine john james michael david robert william mary jennifer elizabeth ' +
    'sarah satya sundar tim mark elon jeff andy bill joe donald kamala peter george richard susan karen emily ' +
    'jessica daniel matthew anthony steven andrew kevin brian laura lisa nancy sam jensen lisa jose juan luis ' +
    'carlos jorge miguel manuel francisco antonio pedro andres alejandro fernando ricardo javier gustavo marcelo ' +
    'maria ana carmen lucia claudia paula dina silvia gabriela patricia rosa isabel veronica monica sofia ' +
    'daniela andrea cristina nayib pablo diego xi li wang zhang lula javier gabriel',
);

/** Honorifics and roles written right before a person's name ("la présidente Claudia Sheinbaum"). */
export const PERSON_TITLES_BEFORE =
  /(?:^|[^a-z])(?:m|mme|mr|mrs|ms|dr|sr|sra|president|presidente|presidenta|ministre|minister|ministro|ministra|pdg|ceo|directeur|directrice|director|directora|secretaire|secretary|secretario|secretaria|senateur|senator|senador|depute|diputado|maire|mayor|alcalde|journaliste|journalist|periodista|fondateur|founder|fundador|fundadora|porte-parole|spokesperson|spokesman|spokeswoman|portavoz|dirigeant|chairman|chairwoman|patron)\.?\s+$/u;

/** What a name's own words say it names. Checked on folded words of the name, in this order. */
export const KIND_WORDS: {
  kind: 'company' | 'government' | 'organization' | 'program' | 'place';
  words: Set<string>;
}[] = [
  {
    kind: 'company',
    words: new Set(
      'inc ltd llc sa sas sarl gmbh ag plc corp corporation group groupe grupo holding holdings technologies company compagnie companies labs systems motors airlines telecom'.split(
        ' ',
      ),
    ),
  },
  {
    kind: 'government',
    words: new Set(
      'ministry ministere ministerio government gouvernement gobierno secretaria secretariat department departement departamento senate senat senado congress congres congreso parliament parlement parlamento presidency presidence presidencia embassy ambassade embajada municipality mairie municipalidad ayuntamiento prefecture prefectura'.split(
        ' ',
      ),
    ),
  },
  {
    kind: 'organization',
    words: new Set(
      'university universite universidad institute institut instituto foundation fondation fundacion association asociacion agency agence agencia council conseil consejo organization organisation organizacion union fund fonds fondo commission comision tecnologico college colegio school ecole escuela center centre centro forum foro news times post journal daily press tribune herald gazette review magazine bank banque banco'.split(
        ' ',
      ),
    ),
  },
  {
    kind: 'program',
    words: new Set(
      'initiative iniciativa program programme programa plan project projet proyecto strategy strategie estrategia mission'.split(
        ' ',
      ),
    ),
  },
  {
    kind: 'place',
    words: new Set(
      'port puerto province provincia region city ville ciudad valley vallee valle island ile isla lake lac lago mount mont monte street rue calle avenue avenida district distrito county comte'.split(
        ' ',
      ),
    ),
  },
];

/** A lower-case word right before a name that says what it names ("l'entreprise X", "la ville de X"). */
export const KIND_BEFORE: { kind: 'company' | 'government' | 'organization' | 'program' | 'place'; pattern: RegExp }[] =
  [
    {
      kind: 'company',
      pattern:
        /(?:societe|entreprise|groupe|geant|firme|start-up|startup|company|firm|giant|empresa|compania|gigante)\s+(?:\S+\s+)?$/u,
    },
    {
      kind: 'program',
      pattern: /(?:initiative|programme|plan|projet|program|project|iniciativa|programa|proyecto)\s+$/u,
    },
    { kind: 'place', pattern: /(?:ville|port|region|province|city|town|ciudad|puerto|provincia)\s+(?:de\s+|of\s+)?$/u },
    {
      kind: 'organization',
      pattern: /(?:universite|association|agence|university|agency|universidad|agencia)\s+(?:de\s+|of\s+)?$/u,
    },
  ];

/**
 * Legal forms with dots, read as ONE word so that "Telefónica S.A." and "Globex Inc." stay whole (a plain word
 * pattern would cut them at every dot).
 */
export const DOTTED_LEGAL_FORM =
  'S\\.A\\.S\\.|S\\.A\\.|S\\.L\\.|N\\.V\\.|B\\.V\\.|S\\.p\\.A\\.|L\\.L\\.C\\.|Inc\\.|Ltd\\.|Corp\\.|Co\\.';

/** Legal forms (folded) that end a company's name: it is a company, and the form is left out of its key. */
export const LEGAL_FORMS = foldedSet(
  'inc inc. ltd ltd. llc l.l.c. sa s.a. sas s.a.s. sarl s.l. gmbh ag plc corp corp. n.v. b.v. s.p.a. spa co.',
);
