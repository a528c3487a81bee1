import { fold } from '@/lib/text/fold';

/**
 * Nationality and regional adjectives (demonyms) and language names in French, English and Spanish, with their
 * inflections: "mexicain, mexicaine, Mexicains", "Peruvian(s)", "peruano, peruanas", "Southeast Asian". A people
 * or an adjective is not an entity to add ("les Mexicains", "the Thai utility"); the matcher already knows the
 * governments they point at through cue-required aliases ("gouvernement mexicain").
 *
 * Written as masculine singular bases; `inflect` adds the feminine and plural forms by the language's rules.
 */

const FR = `afghan albanais algérien allemand américain andin angolais anglais arabe argentin arménien asiatique
australien autrichien azerbaïdjanais bahreïni bangladais belge béninois biélorusse birman bolivien bosnien brésilien
britannique bulgare burkinabé cambodgien camerounais canadien caribéen centrafricain chilien chinois chypriote
colombien congolais coréen costaricien croate cubain danois djiboutien dominicain écossais égyptien émirati émirien
équatorien érythréen espagnol estonien éthiopien européen finlandais français gabonais gallois géorgien ghanéen grec
guatémaltèque guinéen haïtien hondurien hongrois indien indonésien irakien iranien irlandais islandais israélien
italien ivoirien jamaïcain japonais jordanien kazakh kényan kirghiz koweïtien laotien letton libanais libyen
lituanien luxembourgeois macédonien malaisien malgache malien maltais marocain mauricien mauritanien mexicain
moldave mongol monténégrin mozambicain namibien néerlandais népalais nicaraguayen nigérian nigérien norvégien
néo-zélandais omanais ougandais ouzbek pakistanais palestinien panaméen paraguayen péruvien philippin polonais
portoricain portugais qatari québécois roumain russe rwandais salvadorien saoudien sénégalais serbe singapourien
slovaque slovène somalien soudanais srilankais suédois suisse syrien taïwanais tanzanien tchadien tchèque
thaïlandais tunisien turc ukrainien uruguayen vénézuélien vietnamien yéménite zambien zimbabwéen africain
latino-américain sud-américain nord-américain centraméricain maghrébin nordique
scandinave balte hispanique francophone anglophone hispanophone lusophone arabophone hongkongais macanais
californien texan parisien londonien new-yorkais toulousain lyonnais marseillais bordelais montréalais
corse basque catalan andalou bavarois sicilien kurde tamoul ouïghour tibétain cantonais mandarin swahili hindi
persan hébreu pachtoune musulman chrétien catholique protestant juif islamiste républicain démocrate socialiste
communiste soviétique maori`;

const EN = `afghan albanian algerian american andean angolan arab arabian arabic argentine argentinian armenian asian
australian austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bolivian bosnian brazilian british
briton brit bulgarian burmese cambodian cameroonian canadian caribbean chilean chinese colombian congolese croatian
cuban cypriot czech danish dane djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian
ethiopian european filipino finnish french gabonese georgian german ghanaian greek guatemalan guinean haitian
honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kenyan korean kuwaiti kyrgyz lao laotian latvian lebanese libyan lithuanian luxembourgish macedonian
malagasy malaysian malian maltese mauritian mauritanian mexican moldovan mongolian montenegrin moroccan mozambican
namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan
peruvian philippine polish pole portuguese rican qatari romanian russian rwandan salvadoran salvadorean saudi scottish
scot senegalese serbian singaporean slovak slovenian somali spanish spaniard sudanese swedish swede swiss syrian
taiwanese tanzanian thai tunisian turkish turk ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
zambian zimbabwean african latin nordic scandinavian baltic hispanic latino latina anglophone francophone
hongkonger californian texan parisian londoner kurdish tamil uyghur tibetan cantonese mandarin swahili hindi urdu
persian hebrew bengali punjabi javanese balinese catalan basque andalusian bavarian sicilian muslim christian
catholic protestant jewish jew hindu buddhist sunni shia shiite islamist salafist republican democrat socialist
communist soviet maori samoan polynesian melanesian copt kurd`;

const ES = `afgano albanés argelino alemán americano andino angoleño árabe argentino armenio asiático australiano
austriaco azerbaiyano bahreiní bangladesí belga bielorruso birmano boliviano bosnio brasileño británico búlgaro
camboyano camerunés canadiense caribeño centroafricano checo chileno chino chipriota colombiano congoleño coreano
costarricense croata cubano danés dominicano ecuatoriano egipcio emiratí escocés eslovaco esloveno español
estadounidense estonio etíope europeo filipino finlandés francés galés georgiano ghanés griego guatemalteco guineano
haitiano holandés hondureño húngaro indio hindú indonesio iraquí iraní irlandés islandés israelí italiano
jamaicano japonés jordano kazajo keniano kuwaití laosiano letón libanés libio lituano luxemburgués macedonio
malasio malgache maliense maltés marroquí mauriciano mauritano mexicano moldavo mongol montenegrino mozambiqueño
namibio neerlandés nepalí nicaragüense nigeriano nigerino noruego neozelandés omaní pakistaní paquistaní palestino
panameño paraguayo peruano polaco portugués puertorriqueño catarí qatarí rumano ruso ruandés salvadoreño saudí
saudita senegalés serbio singapurense sirio somalí sudafricano sudanés sueco suizo tailandés taiwanés tanzano
tunecino turco ucraniano ugandés uruguayo uzbeko venezolano vietnamita yemení zambiano zimbabuense africano
latinoamericano sudamericano suramericano norteamericano centroamericano hispano iberoamericano nórdico
escandinavo báltico magrebí hispanohablante anglosajón porteño bonaerense capitalino
limeño bogotano caleño paisa antioqueño costeño tapatío regiomontano chilango jalisciense neoyorquino londinense
parisino californiano texano catalán vasco gallego andaluz madrileño barcelonés valenciano kurdo tamil uigur
tibetano cantonés mandarín suajili persa hebreo neuquino cordobés mendocino santafesino rosarino musulmán
cristiano católico protestante judío islamista republicano demócrata socialista comunista soviético`;

/** Parts of compound demonyms ("franco-mexicain", "sino-américain", "latinoamericano", "South Korean"). */
const PREFIXES = [
  'franco',
  'sino',
  'anglo',
  'afro',
  'euro',
  'indo',
  'ibero',
  'hispano',
  'latino',
  'luso',
  'italo',
  'germano',
  'austro',
  'russo',
  'turco',
  'greco',
  'arabo',
  'nippo',
  'americano',
  'mexico',
  'sud',
  'nord',
  'ouest',
  'est',
  'oeste',
  'este',
  'sur',
  'nor',
  'norte',
  'centro',
  'south',
  'north',
  'east',
  'west',
  'southeast',
  'northeast',
  'southwest',
  'northwest',
];

function inflectFr(base: string): string[] {
  if (/(?:ien|éen)$/u.test(base)) return [base, `${base}s`, `${base}ne`, `${base}nes`];
  if (/(?:ais|ois|as)$/u.test(base)) return [base, `${base}e`, `${base}es`];
  if (base.endsWith('c')) return [base, `${base}s`, `${base}que`, `${base}ques`];
  if (base.endsWith('e')) return [base, `${base}s`];
  return [base, `${base}s`, `${base}e`, `${base}es`];
}

function inflectEn(base: string): string[] {
  if (/(?:ese|ish|ch|ss|i|ic)$/u.test(base)) return [base, `${base}s`];
  return [base, `${base}s`];
}

function inflectEs(base: string): string[] {
  const stem = base.slice(0, -1);
  if (base.endsWith('o')) return [base, `${stem}a`, `${base}s`, `${stem}as`];
  if (/[éá]s$|án$|ín$/u.test(base)) {
    const plain = fold(base);
    return [base, `${plain}a`, `${plain}es`, `${plain}as`];
  }
  if (/[íú]$/u.test(base)) return [base, `${base}es`, `${base}s`];
  if (/[lnrz]$/u.test(base)) return [base, `${base}a`, `${base}es`, `${base}as`];
  return [base, `${base}s`];
}

function forms(list: string, inflect: (base: string) => string[]): string[] {
  return list
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((base) => inflect(base));
}

/** Demonyms of two words whose first word is neither a demonym nor a direction. */
const PHRASES = new Set(
  [
    'new zealander',
    'new zealanders',
    'costa rican',
    'costa ricans',
    'puerto rican',
    'puerto ricans',
    'sri lankan',
    'sri lankans',
    'middle eastern',
    'saudi arabian',
    'new yorker',
    'new yorkers',
    'hong konger',
    'hong kongers',
  ].map(fold),
);

/** Whether several words together are a demonym ("New Zealanders", "Costa Rican"). */
export function isDemonymPhrase(words: readonly string[]): boolean {
  return PHRASES.has(fold(words.join(' ')));
}

/** Every form, folded ("peruanas" → "peruanas", "Émiriens" → "emiriens"). */
const DEMONYMS: ReadonlySet<string> = new Set(
  [...forms(FR, inflectFr), ...forms(EN, inflectEn), ...forms(ES, inflectEs)].map(fold),
);

const FOLDED_PREFIXES = [...PREFIXES].sort((a, b) => b.length - a.length);

/**
 * Whether a word (any case, accents or not) is a nationality or regional adjective, a people or a language:
 * "Mexicains", "peruanos", "Thai", "franco-mexicaine", "sud-américains", "latinoamericano", "Swahili-language".
 */
export function isDemonym(word: string): boolean {
  const folded = fold(word).replace(/['’]s$/u, '');
  if (DEMONYMS.has(folded)) return true;
  const parts = folded.split('-');
  if (parts.length > 1) {
    // "franco-mexicaine", "sud-coréen", "Swahili-language", "Spanish-speaking".
    const last = parts.at(-1) ?? '';
    const head = parts.slice(0, -1);
    if (/^(?:language|speaking|born|style|led|owned|based)$/u.test(last)) return head.every(isDemonymPart);
    return parts.every(isDemonymPart) && DEMONYMS.has(last);
  }
  // Glued prefixes, as Spanish writes them: "latinoamericano", "surcoreano", "norteamericanos".
  for (const prefix of FOLDED_PREFIXES) {
    if (folded.length > prefix.length + 3 && folded.startsWith(prefix) && DEMONYMS.has(folded.slice(prefix.length))) {
      return true;
    }
  }
  return false;
}

function isDemonymPart(part: string): boolean {
  return DEMONYMS.has(part) || PREFIXES.includes(part);
}
