import { foldedSet } from './entity-lexicon';

/**
 * What the words of a name and the words around it say it names. Matched on folded text (lower case, no accents,
 * straight apostrophes). French, English and Spanish together.
 */

export type KindGuess = 'company' | 'organization' | 'person' | 'government' | 'program' | 'place' | 'country';

/** Generic heads of a name, by the kind they name ("Groupe", "Ministère", "Universidad", "Initiative", "Port"). */
export const KIND_WORDS: { kind: Exclude<KindGuess, 'person'>; words: Set<string> }[] = [
  {
    kind: 'company',
    words: foldedSet(
      'inc ltd llc sa sas sarl gmbh ag plc corp corporation group groupe grupo holding holdings technologies ' +
        'technology company compagnie companies compania labs systems motors airlines airways telecom telecoms ' +
        'securities capital partners ventures energy energie energia electric electrique electrica power mining ' +
        'minerals resources pharma pharmaceuticals robotics semiconductors semiconductor software networks cloud ' +
        'shipping logistics automotive financiero financiere financial insurance assurances seguros investments ' +
        'solutions industries industrias enterprises manufacturing media studios ratings consulting ' +
        'telecomunicaciones petroleum petroleos petroleo oil gas chemicals foods retail brands ' +
        'electronics electronica airline societe sociedad compute computing grid infra nube',
    ),
  },
  {
    kind: 'government',
    words: foldedSet(
      'ministry ministere ministerio government gouvernement gobierno secretaria secretariat department ' +
        'departement departamento senate senat senado congress congres congreso parliament parlement parlamento ' +
        'presidency presidence presidencia embassy ambassade embajada municipality mairie municipalidad ayuntamiento ' +
        'alcaldia prefecture prefectura agency agence agencia authority autorite autoridad commission comision ' +
        'regulator board bureau tribunal court cour corte council conseil consejo service servicio assembly ' +
        'assemblee asamblea cabinet gabinete superintendencia superintendence administration administracion ' +
        'procuraduria fiscalia contraloria defensoria elysee committee comite',
    ),
  },
  {
    kind: 'organization',
    words: foldedSet(
      'university universite universidad institute institut instituto foundation fondation fundacion association ' +
        'asociacion organization organisation organizacion union fund fonds fondo college colegio school ecole ' +
        'escuela center centre centro forum foro news times post journal daily press tribune herald gazette review ' +
        'magazine bank banque banco chamber chambre camara federation federacion syndicat sindicato movement ' +
        'movimiento alliance alianza coalition tecnologico polytechnic polytechnique politecnico academy academie ' +
        'academia observatory observatoire observatorio club league liga confederation confederacion network',
    ),
  },
  {
    kind: 'program',
    words: foldedSet(
      'initiative iniciativa program programme programa plan project projet proyecto strategy strategie ' +
        'estrategia mission vision agenda policy politique politica regimen scheme fabric',
    ),
  },
  {
    kind: 'place',
    words: foldedSet(
      'port puerto province provincia region city ville ciudad valley vallee valle island islands ile iles isla islas ' +
        'lake lac lago mount mont monte street rue calle avenue avenida district distrito county comte park parc ' +
        'parque corridor corredor zone zona bay bahia baie coast peninsula delta basin desert canal technopolis ' +
        'palace palais palacio plaza square airport aeroport aeropuerto stadium stade estadio tower torre ' +
        'estado etat',
    ),
  },
  { kind: 'country', words: foldedSet('republic republique republica kingdom royaume reino emirates principality') },
];

/** A lower-case noun (maybe with up to three adjectives) right before a name that says what it names. */
export const KIND_BEFORE: { kind: Exclude<KindGuess, 'person'>; pattern: RegExp }[] = [
  {
    kind: 'company',
    pattern:
      /(?:^|[^a-z])(?:societe|entreprise|groupe|grupo|group|geant|firme|start-up|startup|company|firm|giant|empresa|compania|gigante|operateur|operator|operadora|operador|fabricant|fabricante|maker|manufacturer|constructeur|proveedor|fournisseur|provider|developer|desarrolladora|petrolera|minera|carrier|utility|filiale|subsidiary|filial|unit|consultora|consultancy|cabinet|rival|competitor|concurrent|competidor|lender|insurer|chipmaker|conglomerate|conglomerat|conglomerado|multinacional|multinationale|multinational|telecos?|operadoras?)(?:\s+(?!(?:a|de|du|des|en|in|at|of|from|para|por|pour|with|avec|con|par|sur|on|to|y|et|and)\b)[a-z'-]+){0,5}\s*[«"“]?\s*$/u,
  },
  {
    // "inversiones de Intel", "analysts at Maybank", "les analystes de Société Générale": what firms do or have.
    kind: 'company',
    pattern:
      /(?:^|[^a-z])(?:inversiones|inversion|investments?|investissements?|acquisition|adquisicion|rachat|shares|actions|acciones|analysts|analystes|analistas|economists|economistes|strategists|clients|clientes|customers|shareholders|accionistas|actionnaires)\s+(?:de|d'|of|at|from|par|del|chez|en)\s+$/u,
  },
  {
    // "el gobierno regional de Piura", "la centrale solaire de Bokhol".
    kind: 'place',
    pattern:
      /(?:^|[^a-z])(?:(?:gobierno|government|gouvernement|conseil|consejo)\s+(?:regional|provincial|municipal|local|departemental|estatal)|centrale|usine|fabrica|planta|mine|mina|gisement|yacimiento|aeroport|aeropuerto|airport|campus)(?:\s+[a-z'-]+){0,2}\s+(?:de|du|d'|of|in|en|a)\s+$/u,
  },
  {
    kind: 'program',
    pattern:
      /(?:^|[^a-z])(?:initiative|programme|plan|projet|program|project|iniciativa|programa|proyecto|strategie|strategy|estrategia|regimen|dispositif|scheme)(?:\s+[a-z'-]+){0,2}\s*[«"“]?\s*$/u,
  },
  {
    kind: 'place',
    pattern:
      /(?:^|[^a-z])(?:ville|port|region|province|city|town|ciudad|puerto|provincia|comuna|commune|municipio|distrito|district|island|ile|isla|village|pueblo|localidad|quartier|barrio|estado|etat|state)\s+(?:(?:de|of|du|del|d')\s*)?$/u,
  },
  {
    kind: 'organization',
    pattern:
      /(?:^|[^a-z])(?:universite|association|university|universidad|asociacion|think tank|centre de recherche|centro de investigacion|research centre|research center|ong|ngo|syndicat|sindicato|union|fondation|foundation|fundacion|organisation|organization|organizacion|federation|federacion|fonds|fund|fondo|banque publique|public bank|organismo|organisme|trade body)(?:\s+[a-z'-]+){0,3}\s*[«"“]?\s*$/u,
  },
  {
    kind: 'government',
    pattern:
      /(?:^|[^a-z])(?:regulator|regulateur|regulador|agency|agence|agencia|ministry|ministere|ministerio)(?:\s+[a-z'-]+){0,2}\s*[«"“]?\s*$/u,
  },
];

/**
 * Words after a name that make it a company: its shares, its chief executive, an apposition that calls it a
 * company ("Safaricom, East Africa's largest telecom operator", "Foxconn, el mayor ensamblador").
 */
export const COMPANY_AFTER =
  /^(?:'s\s+)?(?:shares|stock|chief executive|ceo|subsidiary|board|shareholders|annual revenue|quarterly)\b|^'s\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|mine|refinery|smelter|subsidiary|unit|brand|products?|platform|chips?|network|data cent(?:re|er)s?)\b|^,\s*(?:(?:the|a|an|le|la|l'|un|une|el|una)\s+(?:[\w'’-]+\s+){0,4}?|(?:[\w'’-]+\s+){0,3}?(?:largest|biggest|leading|main|top|major|premier|plus grand|plus grande|principal|principale|mayor)\s+(?:[\w'’-]+\s+){0,2}?)(?:company|firm|operator|maker|provider|group|startup|start-up|giant|carrier|utility|lender|developer|manufacturer|conglomerate|groupe|societe|entreprise|operateur|fabricant|geant|firme|filiale|empresa|compania|grupo|operador|operadora|fabricante|firma|gigante|filial|petrolera|ensamblador|proveedor|fournisseur|brazo inversor)\b|^\s*\((?:[a-z .]+:\s*)?[a-z0-9.]{1,10}\)\s+(?:a|has|is|said|will)\b|^\s+(?:deja\s+|already\s+|ya\s+)?(?:exploite|opere|opera|operates|runs|possede|owns|fabrique|manufactures|produit|produces|produce|vend|sells|vende|emploie|employs|emplea|cotise|cotiza)\b/u;

/**
 * A verb of saying right after a name, maybe after an apposition ("Nayib Bukele, le président du pays, a
 * déclaré"): a name of two or three words there is likely a person's. Matched on the folded text after the name.
 */
export const SPEECH_AFTER =
  /^(?:,[^,.;]{0,80},)?\s*(?:a declare|a affirme|a precise|a souligne|a indique|a explique|a ajoute|a dit|a estime|estime|explique|souligne|said|says|told|stated|added|explained|warned|dijo|afirmo|explico|declaro|senalo|aseguro|indico|agrego|sostuvo|comento|destaco|advirtio)(?![a-z])/u;

/** "According to" or a verb of saying right before a name (folded text before it): "said Maria Lopez". */
export const SPEECH_BEFORE =
  /(?:^|[^a-z])(?:selon|d'apres|according to|segun|de acuerdo con|said|says|added|told|dijo|afirmo|explico|declaro|senalo|aseguro|indico|agrego|sostuvo|comento|a declare|a dit|explique|souligne|estime|ajoute|precise|indique|affirme|s'est felicite|s'est felicitee)\s+$/u;

/** Honorifics and roles written right before a person's name ("la présidente Claudia Sheinbaum"). */
export const PERSON_TITLES_BEFORE =
  /(?:^|[^a-z])(?:m|mme|mr|mrs|ms|dr|sr|sra|president|presidente|presidenta|ministre|minister|ministro|ministra|pdg|ceo|directeur|directrice|director|directora|secretaire|secretary|secretario|secretaria|senateur|senator|senador|depute|diputado|maire|alcalde|journaliste|journalist|periodista|fondateur|founder|fundador|fundadora|cofondateur|cofounder|cofundador|porte-parole|spokesperson|spokesman|spokeswoman|portavoz|dirigeant|chairman|chairwoman|patron|gouverneur|governor|gobernador|gobernadora|economiste|economist|economista|analyste|analyst|analista|chercheur|chercheuse|researcher|investigador|investigadora|billionaire|milliardaire|multimillonario|magnate|entrepreneur|empresario|empresaria|prince|princesse|principe|cheikh|sheikh|jeque|roi|king|rey|reine|queen|reina|executive|officer|chief|head|boss|ejecutivo|ejecutiva|gerente)\.?\s+$/u;

/**
 * An apposition after a name that makes it a person: an age ("Whitfield, 54,"), or a role ("Peter Kyle, the
 * science secretary", "Aisén Etcheverry, ministra de Ciencia", "Ricardo Roa, président de…").
 */
export const PERSON_AFTER =
  /^,\s*(?:\d{2}\s*(?:,|ans|anos|years)|(?:the|a|an|le|la|l'|el|un|una|une|su|sa|son|its|his|her|their)?\s*(?:[\w'’-]+\s+){0,3}?(?:minister|ministre|ministra|ministro|secretary|secretaire|secretario|secretaria|president|presidente|presidenta|director|directeur|directrice|directora|chief|head|founder|fondateur|fondatrice|fundador|fundadora|cofounder|co-founder|cofondateur|cofundador|ceo|pdg|gerente|analyst|analyste|analista|economist|economiste|economista|spokes\w+|porte-parole|portavoz|researcher|chercheur|chercheuse|investigador|investigadora|professor|professeur|profesor|profesora|governor|gouverneur|gobernador|gobernadora|maire|alcalde|alcaldesa|senator|senateur|senador|senadora|executive|chairman|chairwoman|vice|deputy|adviser|advisor|conseiller|conseillere|asesor|asesora|manager|responsable|jefe|jefa|partner|associe|associee|socio|socia|journalist|journaliste|periodista|dirigeant|dirigeante|ambassador|ambassadeur|embajador|embajadora|commissioner|commissaire|comisionado)\b)/u;

/** A preposition of place right before a one-word name ("en Bogotá", "in Sydney", "à Rabat"). */
export const PLACE_BEFORE =
  /(?:^|[^a-z])(?:au|aux|en|in|near|pres de|cerca de|hacia|based in|headquartered in|basee a|base a|situe a|situee a|con sede en|ubicada en|ubicado en)\s+(?:(?:la|le|les|el|los|las|the|l')\s*)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest)\s+)?$/u;

/** A lower-case noun right after a name that says what it names ("the Colombia Inteligente program"). */
export const KIND_AFTER: { kind: Exclude<KindGuess, 'person'>; pattern: RegExp }[] = [
  { kind: 'program', pattern: /^\s+(?:program|programme|initiative|project|strategy|scheme)\b/u },
  { kind: 'place', pattern: /^\s+(?:province|state|region|city|county|district|island|valley|area)\b/u },
  { kind: 'company', pattern: /^\s+(?:unit|subsidiary|shares|stock)\b/u },
];

/** A title, then its portfolio, then a comma: "la ministre des Sciences, Aisén Etcheverry". */
export const PERSON_AFTER_TITLE =
  /(?:^|[^a-z])(?:president|presidente|presidenta|ministre|minister|ministro|ministra|secretaire|secretary|secretario|secretaria|subsecretario|subsecretaria|director|directora|directeur|directrice|governor|gouverneur|gobernador|gobernadora|alcalde|alcaldesa|maire|ceo|pdg|chief executive|fondateur|founder|fundador|porte-parole|spokesperson|portavoz|gerente general|directeur general|director general|executive|officer|chairman|chairwoman|head|vice-presidente|vicepresidente|vice president|viceministro|viceministra|senateur|senator|senador|senadora|diputado|diputada|depute)(?:[\s,]+[\w'’-]+){0,10},\s*$/u;

/** An apposition after a name that makes it a place: "Oaxaca and Chiapas, two of the poorest states". */
export const PLACE_APPOSITION =
  /^,\s*(?:in|en|dans|near|pres de|cerca de)\s+(?:the|la|le|el|l')?\s*\p{L}|^,\s*(?:[\w'’-]+\s+){0,5}?(?:city|cities|town|towns|state|states|province|provinces|region|regions|capital|port|village|ciudad|ciudades|capitale|ville|villes|estado|estados|provincia|provincias|region|regiones|puerto|pueblo|commune|comuna|municipio|departement|departamento)\b/u;

/** Right after a name: "-based" or "-born" ("a Nairobi-based researcher"), or ", State" as in "Austin, Texas". */
export const PLACE_AFTER = /^-(?:based|born|area)\b|^,\s*(?:calif|texas|ny|fla|mass|wash|ill)\b/u;
