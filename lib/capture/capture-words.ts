/**
 * Word lists deal capture reads an article with (issue 20), in French, English and Spanish at once, matched on
 * folded text (lower case, no accents: lib/extract/fold). Each list answers one question about a clause; the
 * rules that use them live in the modules beside this one.
 */

/** A pattern over folded text: one of the stems, with no letter right before it. */
export const stems = (...list: string[]) => new RegExp(`(?:^|[^a-z])(?:${list.join('|')})`, 'u');

/** Verbs of investing, building and opening, as a company's own action ("Nexa invertirá", "AWS to build"). */
export const INVEST_VERBS = stems(
  'investi',
  'invest',
  'inverti',
  'invierte',
  'invertira',
  'construi',
  'construir',
  'build',
  'ouvri',
  'open',
  'abri',
  'abrira',
  'lance',
  'launch',
  'lanza',
  'deploi',
  'deploy',
  'desplega',
  'despliega',
  'implant',
  'install',
  'instala',
  'establish',
  'establec',
  'etabli',
  'annonce',
  'announc',
  'anunci',
  'signe',
  'sign(?:s|ed)?(?![a-z])',
  'firm[oóa]',
  'firmara',
  'plans? to',
  'prevoit',
  'planea',
  'prevé',
  'preve',
  'will create',
  'creera',
  'creara',
  'formera',
  'will train',
  'capacitara',
  'formara',
);

/**
 * Words that join a partner to a party: "avec", "with", "con", "between", "alongside" — right before the name,
 * or before a first partner and a conjunction ("junto al gobierno chileno y la Corfo", "with the ministry and").
 */
export const PARTNER_BEFORE =
  /(?:^|[^a-z])(?:avec|with|con|junto (?:a|al|con)|aux cotes d[eu]|alongside|together with|en alianza con|en partenariat avec|in partnership with|partnership with|partenariat avec|alianza con|entre|between)\s+(?:[^.;:]{0,80}?\s(?:et|and|y|e)\s+)?(?:[a-z'’\- ]{0,60}\s)?$/u;

/** Before a name, words that make it the investor's parent: "filiale d'Alphabet", "a unit of Amazon". */
export const PARENT_BEFORE =
  /(?:^|[^a-z])(?:filiale d[eu']|filiale de l'|subsidiary of|a unit of|unit of|arm of|owned by|filial de|propiedad de|perteneciente a|controlled by|controlee par|controlada por)\s*(?:(?:la|le|les|l'|el|los|las|the)\s+)?$/u;

/** Words that name no one on their own: "l'État", "el Estado", "the Government". */
export const GENERIC_NAMES = new Set([
  'etat',
  'estado',
  'state',
  'gouvernement',
  'gobierno',
  'government',
  'administration',
  'administracion',
  'nation',
  'pays',
  'country',
  'pais',
  'republique',
  'republica',
  'republic',
  'ministere',
  'ministerio',
  'ministry',
  'congres',
  'congreso',
  'congress',
  'senat',
  'senado',
  'senate',
  'parlement',
  'parlamento',
  'parliament',
  'assemblee',
  'asamblea',
  'assembly',
]);

/**
 * A conjunction between a party and a name: it joins a partner only to a party named right before it ("Nexa y
 * Corfo", "Pampa Nube (BYMA: PNUB) y el fondo japonés Kiyomizu Capital"), maybe through a ticker and a few
 * words that describe the partner.
 */
export const AND_BEFORE =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:et|and|y|e|&)\s+(?:[a-z'\- ]{0,40}\s)?(?:(?:la|le|les|l'|el|los|las|the)\s+)?$/u;

/** Words of a stake in the deal: a name in such a sentence holds part of it ("qui détiendra 30 % du projet"). */
export const STAKE_WORDS = stems(
  'detiendra',
  'detient',
  'detenir',
  'held by',
  'will hold',
  'holds?',
  'will own',
  'owns?',
  'stake',
  'participation',
  'participacion',
  'aportara',
  'tendra el',
  'controlara',
  'du capital',
  'del capital',
  'of the capital',
  'remainder',
  'le reste',
  'restante',
  'co-invest',
  'coinvest',
  'co-financ',
  'cofinanc',
);

/** Words of signing or announcing: a ministry or agency that signs or announces the deal is a party. */
export const SIGN_WORDS = stems(
  'sign',
  'firm',
  'annonc',
  'announc',
  'anunci',
  'a travers',
  'a traves de',
  'through',
  'par l.intermediaire',
  'via',
  'conclu',
  'concluido',
  'agreed',
  'accord avec',
  'acuerdo con',
  'agreement with',
  // Approving or licensing it: "the People's Committee approved the investment licence", "a délivré la licence".
  'approv',
  'approuv',
  'aprob',
  'autoris',
  'autoriz',
  'authoriz',
  'authoris',
  'delivre',
  'granted',
  'accorde',
  'otorg',
  'issued',
);

/** A figure for the whole world, not for one deal: "33 régions dans le monde", "$100bn globally". */
export const WORLD_SCOPE = stems(
  'dans le monde',
  'a travers le monde',
  'a l.echelle mondiale',
  'au niveau mondial',
  'mondialement',
  'worldwide',
  'world.?wide',
  'globally',
  'around the world',
  'across the world',
  'across the globe',
  'en el mundo',
  'a nivel mundial',
  'mundialmente',
  'en todo el mundo',
  'a escala mundial',
  'in total across',
  '\\d+ (?:countries|pays|paises|markets|marches|mercados)',
  'across its',
  'sur l.ensemble de',
  'en total en',
);

/** A ministry named after the economy ("ministre de l'Économie", "Secretaría de Economía"): no economic figure. */
export const ECONOMY_MINISTRY =
  /(?:ministre|ministere|ministerio|ministro|ministra|minister|ministry|secretaria|secretario|secretary|secretariat)(?: [a-z']+){0,3} (?:de l.|a l.|(?:de la|del|de|of the|of|for the|for|a la|al) )econom[a-z]*/gu;

/**
 * The digital economy is what a deal serves, not the country's economy: "pour soutenir l'économie numérique",
 * "Ghana's digital economy", "la economía digital". Its words are left out of the scope words, like a ministry's.
 */
export const DIGITAL_ECONOMY =
  /(?:econom(?:ie|ia)s? (?:numeriques?|digitale?s?|du numerique|de la donnee|de la connaissance|del conocimiento|de (?:los )?datos)|(?:digital|data|ai|knowledge|platform|internet|online|cloud) econom(?:y|ies))/gu;

/** What a country's economy measures, not a deal: GDP, growth, population, exports, inflation. */
export const ECONOMY_SCOPE = stems(
  'pib',
  'gdp',
  'producto interno',
  'produit interieur',
  'economie (?:du pays|nationale|chilienne|mexicaine|peruvienne)',
  'economy (?:grew|expanded|contracted|shrank)',
  'economic growth',
  'croissance economique',
  'crecimiento economico',
  'la economia',
  'l.economie',
  'the economy',
  '(?:the|to the|of the) [a-z]+ economy',
  'l.economie [a-z]+',
  'la economia [a-z]+',
  'national (?:target|plan|strategy|goal|objective)',
  'objectif national',
  'plan national',
  'strategie nationale',
  'meta nacional',
  'plan nacional',
  'estrategia nacional',
  'inflation',
  'inflacion',
  'population',
  'poblacion',
  'habitants',
  'inhabitants',
  'habitantes',
  'exportations',
  'exports',
  'exportaciones',
  'importations',
  'imports',
  'importaciones',
  'deficit',
  'dette publique',
  'public debt',
  'deuda publica',
  'chomage',
  'unemployment',
  'desempleo',
  'budget (?:de l.etat|national)',
  'presupuesto nacional',
);

/** A deal's effect on the economy, which is the deal's own figure: "contribuera", "will add", "aportará". */
export const CONTRIBUTION = stems(
  'contribuera',
  'contribuerait',
  'apportera',
  'ajoutera',
  'generera',
  'will (?:add|contribute|generate|inject|boost)',
  'would (?:add|contribute|generate)',
  'expected to (?:add|contribute|generate)',
  'aportara',
  'aportaria',
  'contribuira',
  'generara',
  'sumara',
  'impact',
  'impacto',
);

/**
 * Words that refer back to the deal or its investor without naming them: "le projet", "the company", "la
 * región", "elle", "it will". A clause with one of these and no other name is about what the article is about.
 */
export const DEAL_ANAPHORS = stems(
  'le projet',
  'ce projet',
  'l.investissement',
  'cet investissement',
  'la region',
  'cette region',
  'le centre',
  'les centres',
  'le campus',
  'l.accord',
  'cet accord',
  'le partenariat',
  'ce partenariat',
  'l.entreprise',
  'la societe',
  'le groupe',
  'la firme',
  'l.operateur',
  'la premiere phase',
  'la deuxieme phase',
  'the project',
  'this project',
  'the investment',
  'the region',
  'the new region',
  'the facility',
  'the facilities',
  'the data cent',
  'the campus',
  'the agreement',
  'the deal',
  'the partnership',
  'the company',
  'the firm',
  'the group',
  'the plan',
  'the programme',
  'the program',
  'the first phase',
  'the second phase',
  'el proyecto',
  'este proyecto',
  'la inversion',
  'esta inversion',
  'la nueva region',
  'el centro',
  'los centros',
  'el campus',
  'el acuerdo',
  'este acuerdo',
  'la alianza',
  'el convenio',
  'la empresa',
  'la compania',
  'la firma',
  'el grupo',
  'la primera fase',
  'la segunda fase',
  'el plan',
  'el programa',
  'le programme',
  'it will',
  'it plans',
  'le geant',
  'the [a-z-]*\\s?giant',
  'el gigante',
  'le groupe [a-z]+',
  'the [a-z]+ (?:company|firm|group)',
  'la (?:empresa|firma|compania|tecnologica) [a-z]+',
  'l.entreprise [a-z]+',
  'la societe [a-z]+',
  'elle (?:va|devrait|permettra|comptera|emploiera|creera|formera|sera|aura)',
  'il (?:va|devrait|permettra|comptera|sera|aura)',
);

/**
 * Another, earlier deal or a past investment: "already operates", "last year", "déjà", "el año pasado". A
 * figure in such a clause belongs to that other deal, even when the same company makes it.
 */
export const EARLIER_DEAL = stems(
  'already',
  'deja',
  'ya (?:opera|tiene|cuenta|invirtio|abrio|habia)',
  'last year',
  'l.an dernier',
  'l.annee derniere',
  'el ano pasado',
  'previous',
  'previously',
  'precedent',
  'auparavant',
  'anteriormente',
  'anterior',
  'earlier this year',
  'plus tot cette annee',
  'existing',
  'existant',
  'existente',
  'opened',
  'a ouvert',
  'avait ouvert',
  'abrio',
  'inauguro',
  'inaugurated',
  'a inaugure',
  'invested',
  'a investi',
  'avait investi',
  'invirtio',
  'habia invertido',
  'acquired',
  'a acquis',
  'adquirio',
  'founded',
  'fondee',
  'fundada',
  'creee en',
  'created in',
  'creada en',
  'listed',
  'cotee',
  'cotiza',
  'un an apres',
  'a year after',
  'un ano despues',
  'despues de que',
  'apres que',
  'suit l.engagement',
  'follows (?:a|the|its)',
  'following (?:a|the|its)',
  'tras (?:el|la|su) (?:acuerdo|anuncio|compromiso)',
);

/**
 * The deal's own history: its tender, its talks, its memorandum. A year before the article's in such a clause
 * dates a step of this deal ("la licitación, lanzada a finales de 2024"), not another, earlier one.
 */
export const DEAL_HISTORY = stems(
  'appel d.offres',
  'licitacion',
  // "the tender", "an international tender", never "legal tender".
  '(?:the|a|an|its|this|public|international) tender(?! offer)',
  'concurso publico',
  'negociations?',
  'negotiations?',
  'negociaciones',
  'talks',
  'pourparlers',
  'conversaciones',
  'memorandum',
  'memorando',
  'protocole d.accord',
  'lettre d.intention',
  'letter of intent',
  'carta de intencion',
);

/**
 * A government's own goal or programme, not the deal: "aims to train 50,000 engineers by 2030", "its goal of $5bn
 * in digital infrastructure", "l'objectif national", "la meta del gobierno".
 */
export const GOVERNMENT_GOAL = stems(
  'aims? to',
  'vise a',
  'entend',
  'busca',
  'pretende',
  'goal',
  'objectif',
  'meta (?:de|del)',
  'target of',
  'cible de',
  'national [a-z- ]{0,30}(?:programme|program|plan|strategy|target|goal|objective|agenda)',
  '(?:programme|plan|strategie|objectif) national',
  '(?:programa|plan|estrategia|meta) nacional',
);

/** A figure for a whole region of countries: "three regions in the Andean countries", "across Africa". */
export const REGION_SCOPE = stems(
  'in the [a-z]+ countries',
  'dans les pays [a-z]+',
  'en los paises [a-z]+',
  'across (?:latin america|africa|asia|europe|the region|the continent)',
  'dans toute l.(?:amerique|afrique|asie|europe)',
  'en toda (?:america|africa|asia|europa)',
  'sur le continent',
  'en el continente',
  'in the region',
  'dans la region',
  'en la region',
);

/** A figure of the market, not the deal: a share price, a stock move, a market value. */
export const MARKET_SCOPE = stems(
  'shares? (?:rose|fell|jumped|climbed|dropped|gained|lost)',
  'stock',
  'trading',
  'bourse',
  'l.action',
  'les actions',
  'acciones',
  'cotizacion',
  'market (?:value|capitali)',
  'valuing the company',
  'capitalisation',
  'capitalizacion',
  'valeur boursiere',
  'valor bursatil',
);

/**
 * Another kind of project than deals of this kind are made of: a plant, a factory, a mine, a port — "KenGen's
 * geothermal plant", "la planta de hidrógeno verde", "a display plant". A figure of such a project is not the
 * deal's, even when the same country or company is named.
 */
export const OTHER_PROJECT = stems(
  'hydrogen',
  'hydrogene',
  'hidrogeno',
  'geothermal plant',
  'centrale',
  'power plant',
  'plant',
  'power station',
  'wind (?:farm|park)',
  'solar (?:farm|park|plant)',
  'parc (?:eolien|solaire)',
  'parque (?:eolico|solar)',
  'planta (?:solar|eolica|geotermica|de)',
  'display plant',
  'factory',
  'factories',
  'usine',
  'fabrica',
  // Whole words: a stem "port" would take "Portuguese", "portal" and "portfolio" for a port.
  'mines?(?![a-z])',
  'minas?(?![a-z])',
  'ports?(?![a-z])',
  'puertos?(?![a-z])',
  'refinery',
  'raffinerie',
  'refineria',
  'highway',
  'autoroute',
  'autopista',
  'railway',
  'ferrocarril',
  'chemin de fer',
  'airport',
  'aeroport',
  'aeropuerto',
);

/**
 * A lead that reports another deal of parties that already have one: "its second region", "une autre région",
 * "un nuevo acuerdo adicional". An ordinal or "another" right before what deals are made of; "new" alone is
 * how every first announcement reads, so it does not count.
 */
export const ANOTHER_DEAL =
  /(?:^|[^a-z])(?:second|secondes?|deuxieme|segund[oa]|third|troisieme|tercer[oa]?|another|additional|un autre|une autre|otr[oa]|adicional|supplementaire)s? (?:(?:new|nouvel(?:le)?|nuev[oa]|cloud|de nube|grand[e]?|geothermal|geothermique|geotermico|ai|ia|hyperscale) )?(?:region|data ?cent|centre|centro|campus|agreement|accord|acuerdo|contract|contrat|contrato|investment|investissement|inversion|zone|site|facility|usine|planta)/u;

/** Stock exchanges, named in a ticker ("(NASDAQ: MSFT)"): never a party nor another company. */
export const STOCK_EXCHANGES = new Set(
  [
    'nasdaq',
    'nyse',
    'lse',
    'bmv',
    'bvl',
    'byma',
    'bvc',
    'b3',
    'tsx',
    'asx',
    'hkex',
    'sse',
    'szse',
    'euronext',
    'euronext paris',
    'xetra',
    'jse',
    'bse',
    'nse',
    'sgx',
    'krx',
    'tse',
    'six',
    'otc',
  ].map((name) => name.toLowerCase()),
);

/**
 * Words that make a government body sub-national: a province's, a state's or a city's government signs for
 * its territory, and the national government is then no party unless the article names it so.
 */
export const SUBNATIONAL = stems(
  'province',
  'provincia',
  'provincial',
  'city',
  'ciudad',
  'ville',
  'municipal',
  'municipalidad',
  'municipio',
  'mairie',
  'alcaldia',
  'people.s committee',
  'comite populaire',
  'comite popular',
  'region de',
  'regional',
  'gobierno del [a-z]',
  'gobierno de la provincia',
  'state of',
  'etat de',
  'estado de',
  'county',
  'comte',
  'departement',
  'departamento',
  'prefecture',
  'prefectura',
);

/** News agencies, which sign no deal: named in datelines and credits ("(Reuters)", "con información de EFE"). */
export const NEWS_AGENCIES = new Set(
  [
    'reuters',
    'afp',
    'agence france-presse',
    'ap',
    'associated press',
    'efe',
    'agencia efe',
    'bloomberg',
    'europa press',
    'notimex',
    'ansa',
    'dpa',
    'xinhua',
    'kyodo',
    'yonhap',
    'andina',
    'telam',
    'prensa latina',
    'sputnik',
    'anadolu',
  ].map((name) => name.toLowerCase()),
);
