// Deterministic generators for the benchmark: catalogs of N entities (three aliases each) and a ~5 MB news page.
//
// Everything comes from a seeded PRNG, so every run of the benchmark works on byte-identical inputs. The names are
// made to look like what a deal-news catalog holds: multi-word company and bank names in French, English and
// Spanish with accents ("Société Générale de Câblage", "Banco Andino de Inversión"), acronyms ("NXTL"), people
// with one or two surnames, governments and programmes of (invented) countries. The page is prose in the three
// languages about investment deals that names seed entities (Huawei, Pérou, AWS, Mexique, Google Cloud,
// "au Salvador"…) and, here and there, generated ones, so that bigger catalogs also produce highlights.

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Accent-free, lower-case form used to keep generated names and aliases unique. */
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

// Syllables for invented proper names (brands, places, surnames): pronounceable in the three languages.
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'l',
  'm',
  'n',
  'p',
  'qu',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'tr',
  'ch',
  'gr',
  'st',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'io', 'au', 'ei'];
const ACCENTED = ['é', 'á', 'í', 'ó', 'ú', 'è', 'ô', 'ñ'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'x', 'm', 'nd', 'rt', 'st'];
const ENDINGS = ['ra', 'no', 'x', 's', 'r', 'na', 'm', 'l', 'va', 'ne', 'n', 'ta', 'co', 'ria', 'lia'];

function inventWord(r) {
  const syllables = 1 + r.int(2);
  // At most one accented letter, in about one word in four ("Quérétal", "Andúbar"), as in real names.
  const accentAt = r.chance(0.25) ? r.int(syllables) : -1;
  let word = '';
  for (let i = 0; i < syllables; i++) {
    const vowel = i === accentAt ? r.pick(ACCENTED.slice(0, 7)) : r.pick(VOWELS);
    word += r.pick(ONSETS) + vowel + (i === syllables - 1 ? '' : r.pick(CODAS));
  }
  return capitalize(word + r.pick(ENDINGS));
}

const FR_SECTORS = [
  'Câblage',
  'Télécommunications',
  'Énergie',
  'Infrastructures',
  'Logistique',
  'Réseaux',
  'Données',
  'Câbles Sous-Marins',
  'Semi-conducteurs',
  'Transports',
  'Mines',
  'Électricité',
];
const FR_ADJECTIVES = ['Générale', 'Nationale', 'Atlantique', 'Andine', 'Continentale', 'Industrielle', 'Numérique'];
const FR_FORMS = ['Société', 'Compagnie', 'Groupe', 'Banque', 'Caisse', 'Fonds'];
const ES_SECTORS = [
  'Inversión',
  'Desarrollo',
  'Fomento',
  'Energía',
  'Telecomunicaciones',
  'Minería',
  'Infraestructura',
  'Comercio Exterior',
  'Logística',
  'Tecnología',
];
const ES_ADJECTIVES = ['Nacional', 'Continental', 'Austral', 'Global', 'Regional', 'Industrial', 'Federal'];
const ES_MASCULINE_ADJECTIVES = ['Andino', 'Pacífico', 'Centroamericano', 'Mexicano', 'Interamericano'];
const ES_FORMS = ['Banco', 'Grupo', 'Corporación', 'Compañía', 'Fondo', 'Consorcio'];
const EN_SECTORS = [
  'Capital',
  'Networks',
  'Semiconductor',
  'Data Centers',
  'Logistics',
  'Energy',
  'Cloud',
  'Robotics',
  'Ports',
  'Satellite',
  'Fintech',
  'Mining',
];
const EN_SUFFIXES = ['Holdings', 'Group', 'Partners', 'Corporation', 'Technologies', 'Systems', 'Ventures', 'Inc.'];

const FIRST_NAMES = [
  'María',
  'José',
  'Hélène',
  'François',
  'Lucía',
  'Andrés',
  'Chloé',
  'Thomas',
  'Sofía',
  'Jérôme',
  'Camila',
  'Ángel',
  'Margaret',
  'David',
  'Inés',
  'Raúl',
  'Amélie',
  'Wei',
  'Priya',
  'Olúwaseun',
];
const SURNAMES = [
  'Quispe',
  'Rojas',
  'Marchetti',
  'Duval',
  'Fernández',
  'Lefèvre',
  'Huamán',
  'Castañeda',
  'Okafor',
  'Nakamura',
  'Gómez',
  'Brossard',
  'Valderrama',
  'Ibáñez',
  'Château',
  'Zhou',
  'Mbeki',
  'Álvarez',
];

// Acronyms a page often holds for other reasons: never generated.
const ACRONYM_BLOCKLIST = new Set(
  'THE AND FOR NOT BUT CEO CFO USA NEWS CNN BBC NASA FBI CIA EU UK US UN AI IT TV GDP NATO OPEC IMF WHO FAQ PDF HTML CSS API SEC FDA NBA NFL MLB NHL GMT EST PST AM PM OK APP CBS ABC NBC AP AFP ESPN HBO IBM HP GE GM BMW AWS GCP PRC BRI BTC GDC SCMP OBOR USD EUR GBP TOP NEW'.split(
    ' ',
  ),
);

function acronymOf(r, words, taken) {
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => fold(w).charAt(0).toUpperCase())
    .join('');
  for (let attempt = 0; attempt < 200; attempt++) {
    // The initials first ("SGC"), then the first initials padded with random consonants ("SGXT", "SGKRL").
    let candidate = attempt === 0 ? initials.slice(0, 5) : initials.slice(0, 2);
    const length = attempt === 0 ? 3 : attempt < 100 ? 4 : 5;
    while (candidate.length < length) candidate += 'BCDFGHJKLMNPQRSTVWXZ'[r.int(20)];
    if (!ACRONYM_BLOCKLIST.has(candidate) && !taken.has(candidate)) return candidate;
  }
  throw new Error('no free acronym');
}

/**
 * A catalog of `count` entities, each with exactly three aliases, valid against lib/schema/entity.ts. Entity `i`
 * is the same whatever `count` is (a bigger catalog extends a smaller one), so the 10,000-entity catalog holds the
 * 1,000-entity one.
 * @param {number} count
 * @param {{ seed?: number }} [options]
 */
export function generateCatalog(count, { seed = 0xdea1 } = {}) {
  const r = prng(seed);
  const takenAliases = new Set();
  const takenAcronyms = new Set();
  const entities = [];
  const claim = (text) => {
    const key = fold(text);
    if (takenAliases.has(key)) return false;
    takenAliases.add(key);
    return true;
  };
  const alias = (text, lang, aliasCase = 'insensitive', weak = false) => ({
    text,
    lang,
    case: aliasCase,
    weak,
    cuesBefore: [],
    vetoBefore: [],
    vetoAfter: [],
  });

  while (entities.length < count) {
    const n = entities.length;
    const roll = r.next();
    const brand = inventWord(r);
    let kind;
    let name;
    let aliases;
    if (roll < 0.2) {
      kind = 'company';
      const form = r.pick(FR_FORMS);
      const sector = r.pick(FR_SECTORS);
      const adjective = r.pick(FR_ADJECTIVES);
      const joiner = /^[ÉE]/.test(sector) ? "d'" : 'de ';
      name = r.chance(0.5) ? `${form} ${adjective} ${brand} ${joiner}${sector}` : `${form} ${brand} ${joiner}${sector}`;
      const short = `${brand} ${sector}`;
      aliases = [alias(name, 'fr'), alias(short, 'fr')];
    } else if (roll < 0.4) {
      kind = 'company';
      const form = r.pick(ES_FORMS);
      const feminine = form.endsWith('ía') || form.endsWith('ón');
      const adjectives = feminine ? ES_ADJECTIVES : [...ES_ADJECTIVES, ...ES_MASCULINE_ADJECTIVES];
      name = `${form} ${r.pick(adjectives)} ${brand} de ${r.pick(ES_SECTORS)}`;
      aliases = [alias(name, 'es'), alias(`${form} ${brand}`, 'es')];
    } else if (roll < 0.6) {
      kind = 'company';
      const sector = r.pick(EN_SECTORS);
      name = `${brand} ${sector} ${r.pick(EN_SUFFIXES)}`;
      aliases = [alias(name, 'en'), alias(`${brand} ${sector}`, 'und', 'capitalized')];
    } else if (roll < 0.78) {
      kind = 'person';
      const first = r.pick(FIRST_NAMES);
      const surname = `${r.chance(0.5) ? r.pick(SURNAMES) : inventWord(r)}${r.chance(0.3) ? `-${inventWord(r)}` : ''}`;
      const second = r.chance(0.5) ? ` ${r.pick(SURNAMES)}` : '';
      name = `${first} ${surname}${second}`;
      // A surname alone is ambiguous: weak, as the seed catalog's Bukele or Sheinbaum.
      aliases = [
        alias(name, 'und'),
        alias(`${first.charAt(0)}. ${surname}`, 'und', 'capitalized'),
        alias(surname, 'und', 'capitalized', true),
      ];
    } else if (roll < 0.9) {
      kind = 'government';
      const country = brand;
      name = `Government of ${country}`;
      aliases = [alias(name, 'en'), alias(`gouvernement de ${country}`, 'fr'), alias(`Gobierno de ${country}`, 'es')];
    } else {
      kind = r.chance(0.5) ? 'program' : 'organization';
      const lang = r.pick(['fr', 'es', 'en']);
      name =
        lang === 'fr'
          ? `Programme ${brand} pour les ${r.pick(['Réseaux', 'Données', 'Énergies', 'Infrastructures'])}`
          : lang === 'es'
            ? `Iniciativa ${brand} de ${r.pick(ES_SECTORS)}`
            : `${brand} ${r.pick(['Digital', 'Green', 'Trade', 'Silk'])} Initiative`;
      const noun = lang === 'en' ? 'Initiative' : lang === 'fr' ? 'Programme' : 'Programa';
      aliases = [alias(name, lang), alias(`${brand} ${noun}`, lang)];
    }
    if (!aliases.every((a) => !takenAliases.has(fold(a.text)))) continue;
    if (aliases.length < 3) {
      const acronym = acronymOf(r, name.split(/[\s'-]+/), takenAcronyms);
      if (takenAliases.has(fold(acronym))) continue;
      takenAcronyms.add(acronym);
      aliases.push(alias(acronym, 'und', 'sensitive'));
    }
    if (!aliases.every((a) => claim(a.text))) continue;
    entities.push({
      id: `bench-${String(n + 1).padStart(5, '0')}`,
      name,
      kind,
      description: 'Generated by the Deal Lens benchmark.',
      aliases,
      excludes: [],
      relations: [],
      origin: 'user',
    });
  }
  return entities;
}

// --- the news page -------------------------------------------------------------------------------------------

/** Seed names the prose uses, per language and role (as a journalist writes them; "au Salvador" cues the weak alias). */
const SEED = {
  fr: {
    org: ['Huawei', 'AWS', 'Google Cloud', 'Amazon Web Services', 'Binance', 'Cosco', 'Google', 'Huawei Technologies'],
    place: ['au Pérou', 'au Mexique', 'au Salvador', 'en Chine', 'aux États-Unis', 'en Amérique latine', 'à Lima'],
    person: ['Nayib Bukele', 'Claudia Sheinbaum', 'Dina Boluarte', 'Thomas Kurian', 'Marcelo Ebrard'],
    gov: ['le gouvernement du Salvador', 'le gouvernement mexicain', 'le gouvernement péruvien'],
  },
  en: {
    org: ['Huawei', 'AWS', 'Google Cloud', 'Amazon Web Services', 'Binance', 'COSCO Shipping', 'Google'],
    place: [
      'in Peru',
      'in Mexico',
      'in El Salvador',
      'in China',
      'in the United States',
      'in Latin America',
      'in Lima',
    ],
    person: ['Nayib Bukele', 'Claudia Sheinbaum', 'Dina Boluarte', 'Thomas Kurian', 'Paula Bellizia'],
    gov: ['the Government of El Salvador', 'the Mexican government', 'the Peruvian government'],
  },
  es: {
    org: ['Huawei', 'AWS', 'Google Cloud', 'Amazon Web Services', 'Binance', 'Cosco', 'Google'],
    place: ['en el Perú', 'en México', 'en El Salvador', 'en China', 'en Estados Unidos', 'en América Latina'],
    person: ['Nayib Bukele', 'Claudia Sheinbaum', 'Dina Boluarte', 'Marcelo Ebrard', 'Silvia Rodríguez'],
    gov: ['el Gobierno de El Salvador', 'el gobierno mexicano', 'el gobierno peruano'],
  },
};

const TEMPLATES = {
  fr: [
    '{ORG} a annoncé un investissement de {N} millions de dollars {PLACE} pour construire {THING}.',
    'Selon {PERSON}, le projet devrait créer {N} emplois directs d’ici {YEAR}.',
    '{GOV} a signé avec {ORG} un accord de {YRS} ans portant sur {THING}.',
    'Les analystes estiment que {ORG} cherche surtout à renforcer sa présence {PLACE}.',
    'La société {GEN} participe également au financement, aux côtés de {ORG}.',
    'Le contrat, évalué à {N} millions d’euros, prévoit {THING} et la formation de techniciens locaux.',
    'Interrogé sur le calendrier, un porte-parole a indiqué que les travaux commenceraient au deuxième semestre.',
    'Plusieurs associations ont demandé davantage de transparence sur les conditions de l’accord.',
    '{PERSON} a salué « une étape décisive » lors d’une conférence de presse {PLACE}.',
    'De son côté, {GEN} a confirmé sa participation à hauteur de {N} millions.',
    'Les autorités locales attendent encore les études d’impact environnemental.',
    'Le marché régional des centres de données progresse de {N} % par an, selon un rapport publié en {YEAR}.',
  ],
  en: [
    '{ORG} announced a {N} million dollar investment {PLACE} to build {THING}.',
    'According to {PERSON}, the project should create {N} direct jobs by {YEAR}.',
    '{GOV} signed a {YRS}-year agreement with {ORG} covering {THING}.',
    'Analysts say {ORG} is mainly trying to strengthen its footprint {PLACE}.',
    '{GEN} is also taking part in the financing, alongside {ORG}.',
    'The contract, valued at {N} million dollars, includes {THING} and the training of local engineers.',
    'Asked about the timetable, a spokesperson said construction would begin in the second half of the year.',
    'Several civil-society groups have called for more transparency about the terms of the deal.',
    '{PERSON} hailed "a decisive step" at a press conference {PLACE}.',
    'For its part, {GEN} confirmed a stake worth {N} million.',
    'Local authorities are still waiting for the environmental impact studies.',
    'The regional data-center market is growing {N} percent a year, according to a report published in {YEAR}.',
  ],
  es: [
    '{ORG} anunció una inversión de {N} millones de dólares {PLACE} para construir {THING}.',
    'Según {PERSON}, el proyecto debería crear {N} empleos directos antes de {YEAR}.',
    '{GOV} firmó con {ORG} un acuerdo de {YRS} años sobre {THING}.',
    'Los analistas consideran que {ORG} busca sobre todo reforzar su presencia {PLACE}.',
    'La empresa {GEN} también participa en el financiamiento, junto a {ORG}.',
    'El contrato, valorado en {N} millones de dólares, prevé {THING} y la formación de técnicos locales.',
    'Consultado sobre el calendario, un portavoz indicó que las obras comenzarían en el segundo semestre.',
    'Varias organizaciones pidieron más transparencia sobre las condiciones del acuerdo.',
    '{PERSON} celebró «un paso decisivo» durante una conferencia de prensa {PLACE}.',
    'Por su parte, {GEN} confirmó una participación de {N} millones.',
    'Las autoridades locales aún esperan los estudios de impacto ambiental.',
    'El mercado regional de centros de datos crece un {N} % al año, según un informe publicado en {YEAR}.',
  ],
};

/** Sentences naming nobody: most of a news page's prose. */
const NEUTRAL = {
  fr: [
    'Le chantier doit durer près de trois ans et mobiliser plusieurs centaines d’ouvriers.',
    'Les élus de la région réclament depuis longtemps une meilleure couverture du territoire.',
    'La facture d’électricité des entreprises a augmenté de moitié en deux ans.',
    'Dans les quartiers périphériques, l’accès à internet reste lent et coûteux.',
    'Les syndicats doivent être reçus la semaine prochaine au ministère.',
    'Cette décision intervient après des mois de négociations discrètes.',
    'Les banques de la place restent prudentes face à des projets aussi coûteux.',
    'Une consultation publique sera ouverte avant la fin de l’année.',
    'Le texte doit encore être examiné par le Parlement au printemps.',
    'Les premiers serveurs pourraient être mis en service dès l’automne prochain.',
  ],
  en: [
    'The work is expected to last nearly three years and employ several hundred people.',
    'Regional officials have long complained about poor coverage outside the capital.',
    'Electricity bills for businesses have risen by half in two years.',
    'In outlying neighborhoods, internet access remains slow and expensive.',
    'Union leaders are due to meet ministry officials next week.',
    'The decision follows months of quiet negotiations.',
    'Local banks remain cautious about projects of this size.',
    'A public consultation will open before the end of the year.',
    'The bill still has to go through Congress in the spring.',
    'The first servers could go live as early as next autumn.',
  ],
  es: [
    'Las obras deberían durar casi tres años y emplear a varios cientos de trabajadores.',
    'Los funcionarios regionales reclaman desde hace tiempo una mejor cobertura fuera de la capital.',
    'La factura eléctrica de las empresas aumentó a la mitad en dos años.',
    'En los barrios periféricos, el acceso a internet sigue siendo lento y caro.',
    'Los sindicatos serán recibidos la próxima semana en el ministerio.',
    'La decisión llega tras meses de negociaciones discretas.',
    'Los bancos locales siguen siendo prudentes ante proyectos de este tamaño.',
    'Se abrirá una consulta pública antes de fin de año.',
    'El proyecto de ley aún debe pasar por el Congreso en primavera.',
    'Los primeros servidores podrían entrar en funcionamiento el próximo otoño.',
  ],
};

const THINGS = {
  fr: ['un centre de données', 'un câble sous-marin', 'une région cloud', 'un port en eau profonde', 'un réseau 5G'],
  en: ['a data center', 'a submarine cable', 'a cloud region', 'a deep-water port', 'a 5G network'],
  es: ['un centro de datos', 'un cable submarino', 'una región de nube', 'un puerto de aguas profundas', 'una red 5G'],
};
const HEADLINES = {
  fr: ['Nouvel accord d’infrastructure numérique', 'Le cloud à la conquête du continent', 'Investissements : le bilan'],
  en: ['A new digital-infrastructure deal', 'The cloud race reaches the region', 'Investment: taking stock'],
  es: [
    'Nuevo acuerdo de infraestructura digital',
    'La carrera de la nube llega a la región',
    'Inversiones: el balance',
  ],
};
const BYLINE = { fr: 'Par', en: 'By', es: 'Por' };
const RELATED = { fr: 'À lire aussi', en: 'Read more', es: 'Lea también' };

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * A news-listing page of about `targetBytes` bytes of UTF-8 HTML: hundreds of `<article>`s in French, English and
 * Spanish, each a headline, a byline, several paragraphs with inline links and emphasis, and a related-links aside.
 * `planted` are generated entity names to mention now and then (the first ones more often).
 * @param {{ targetBytes?: number, seed?: number, planted?: { small: string[], large: string[] } }} [options]
 * @returns {{ html: string, bytes: number, articles: number, plantedMentions: { small: number, large: number } }}
 */
export function generateNewsPage({ targetBytes = 5_000_000, seed = 0x5eed, planted = { small: [], large: [] } } = {}) {
  const r = prng(seed);
  const parts = [];
  let bytes = 0;
  const push = (text) => {
    parts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  };
  const plantedMentions = { small: 0, large: 0 };
  const genName = () => {
    // Mostly names of the first 1,000 entities; about a third from the rest of the 10,000.
    if (planted.large.length > 0 && r.chance(0.35)) {
      plantedMentions.large++;
      return r.pick(planted.large);
    }
    if (planted.small.length > 0) {
      plantedMentions.small++;
      return r.pick(planted.small);
    }
    return 'Vostrel Énergie';
  };
  const sentence = (lang) => {
    const seedNames = SEED[lang];
    // About half the sentences name nobody, as in real deal news (about one name per 250 characters overall).
    if (r.chance(0.5)) return r.pick(NEUTRAL[lang]);
    let text = r.pick(TEMPLATES[lang]);
    // Generated names appear in about one template in six, and only one time in four there.
    if (text.includes('{GEN}') && !r.chance(0.25)) text = text.replace('{GEN}', r.pick(seedNames.org));
    return text
      .replace('{ORG}', () => wrapInline(r.pick(seedNames.org)))
      .replace('{PLACE}', () => r.pick(seedNames.place))
      .replace('{PERSON}', () => wrapInline(r.pick(seedNames.person)))
      .replace('{GOV}', () => capitalize(r.pick(seedNames.gov)))
      .replace('{GEN}', () => wrapInline(genName()))
      .replace('{THING}', () => r.pick(THINGS[lang]))
      .replace('{N}', () => String(2 + r.int(900)))
      .replace('{YRS}', () => String(3 + r.int(20)))
      .replace('{YEAR}', () => String(2024 + r.int(8)));
  };
  // Some names are links or bold, as on real news pages: the highlight then lives inside the page's element.
  const wrapInline = (name) => {
    const roll = r.next();
    if (roll < 0.12) return `<a href="/topics/${encodeURIComponent(fold(name).replace(/\W+/g, '-'))}">${name}</a>`;
    if (roll < 0.18) return `<strong>${name}</strong>`;
    return name;
  };
  const paragraph = (lang) => {
    const count = 2 + r.int(5);
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(sentence(lang));
    let text = sentences.join(' ');
    if (r.chance(0.2)) text = text.replace(/(\s)(\S+)(\s)/, '$1<em>$2</em>$3');
    return `<p>${text}</p>`;
  };

  push(
    '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>Deal Lens benchmark: generated news page</title>' +
      '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}article{border-bottom:1px solid #ccc;margin:2rem 0}</style>' +
      '</head><body>\n<header class="masthead"><p class="site">Le Quotidien des Investissements (benchmark page)</p><nav><ul>',
  );
  for (const section of ['International', 'Économie', 'Tecnología', 'Energy', 'Mercados', 'Opinion', 'Vidéos']) {
    push(`<li><a href="/section/${encodeURIComponent(section)}">${section}</a></li>`);
  }
  push('</ul></nav></header>\n<main>\n');
  let articles = 0;
  while (bytes < targetBytes - 2_000) {
    const lang = r.pick(['fr', 'fr', 'en', 'es']);
    articles++;
    const date = `20${24 + r.int(2)}-0${1 + r.int(9)}-1${r.int(9)}`;
    const author = `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
    push(
      `<article class="story" lang="${lang}" id="story-${articles}"><header><h2><a href="/story/${articles}">${escapeHtml(
        r.pick(HEADLINES[lang]),
      )} (${articles})</a></h2><p class="byline">${BYLINE[lang]} <a href="/author/${articles}">${author}</a> · <time datetime="${date}">${date}</time></p></header>\n`,
    );
    const paragraphs = 3 + r.int(7);
    for (let i = 0; i < paragraphs; i++) push(`${paragraph(lang)}\n`);
    if (r.chance(0.5)) {
      push(`<aside class="related"><h3>${RELATED[lang]}</h3><ul>`);
      for (let i = 0; i < 3; i++) push(`<li><a href="/story/${r.int(articles) + 1}">${sentence(lang)}</a></li>`);
      push('</ul></aside>\n');
    }
    push('</article>\n');
  }
  push(
    '</main>\n<footer><p>Page generated by tests/bench/generate.mjs for the Deal Lens benchmark. Names of people and companies other than the seed catalog’s are invented.</p></footer>\n</body></html>\n',
  );
  const html = parts.join('');
  return { html, bytes: Buffer.byteLength(html, 'utf8'), articles, plantedMentions };
}

/**
 * The generated names planted in the page: strong aliases (not the weak surnames, which would need support) of
 * a spread of the first 1,000 entities (`small`) and of entities 1,001–10,000 (`large`).
 * @param {ReturnType<typeof generateCatalog>} catalog
 */
export function plantedNames(catalog) {
  const strongName = (entity) => entity.aliases[0].text;
  const small = [];
  const large = [];
  for (let i = 7; i < Math.min(1000, catalog.length); i += 25) small.push(strongName(catalog[i]));
  for (let i = 1013; i < catalog.length; i += 225) large.push(strongName(catalog[i]));
  return { small, large };
}
