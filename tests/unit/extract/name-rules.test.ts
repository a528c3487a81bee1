// Issue 21: the rules behind name proposals, one table per rule, in French, English and Spanish.
import { describe, expect, it } from 'vitest';
import { withCountries } from '@/lib/catalog/countries';
import { type CandidateOptions, candidateEntities } from '@/lib/extract/candidate-entities';
import { isDemonym } from '@/lib/extract/demonyms';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { type CandidateEntity, CandidateEntitySchema, type EntityKind, type Language } from '@/lib/schema';

/** The platform's countries, known to the store as they are in the extension. */
const countries = withCountries([]);
const matcher = compileMatcher(countries);
const kinds = new Map<string, EntityKind>(countries.map((c) => [c.id, c.kind]));

function propose(text: string, lang: Language, options: CandidateOptions = { kinds }): Map<string, CandidateEntity> {
  const found = candidateEntities(text, lang, matchText(matcher, text), options);
  for (const c of found) {
    expect(CandidateEntitySchema.parse(c)).toEqual(c);
    expect(text.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
  }
  return new Map(found.map((c) => [c.name, c]));
}

const names = (text: string, lang: Language) => [...propose(text, lang).keys()];

describe('demonyms, directions and bare legal forms are never proposed', () => {
  it.each<[Language, string, string]>([
    ['fr', 'Les Mexicains ont salué l’accord signé par Kalima Robotics à Monterrey.', 'Mexicains'],
    ['fr', 'Le marché mexicain attire Kalima Robotics ; « Mexicaine », titrait Aurore Dupin.', 'Mexicaine'],
    ['fr', 'Les Sénégalais et les Ivoiriens suivent le dossier de Nareva Holding.', 'Sénégalais'],
    ['fr', 'La Chambre franco-mexicaine salue Kalima Robotics ; les Franco-Mexicains aussi.', 'Franco-Mexicains'],
    ['en', 'Southeast Asian governments courted NexaCore Holdings last year.', 'Southeast Asian'],
    ['en', 'Thai officials and Filipinos welcomed the deal with NexaCore Holdings.', 'Filipinos'],
    ['en', 'The Indonesian carrier signed with Nexdecode Inc. on Monday.', 'Indonesian'],
    ['en', 'South Korean investors backed Nexdecode Inc. in Seoul.', 'South Korean'],
    ['es', 'Los peruanos celebraron el acuerdo con Equinix; los Peruanos de Lima también.', 'Peruanos'],
    ['es', 'La empresa estadounidense Equinix negocia con Latinoamericanos de Telecom Andina.', 'Latinoamericanos'],
    ['es', 'Los Chilenos y los Bolivianos esperan la red de Entel Andina.', 'Bolivianos'],
  ])('%s: no demonym in “%s”', (lang, text, demonym) => {
    expect(names(text, lang)).not.toContain(demonym);
  });

  it.each<[Language, string, string[]]>([
    [
      'fr',
      'Le Sud du pays accueillera le site. Dans le Nord, Kalima Robotics recrute. À l’Est, rien.',
      ['Sud', 'Nord', 'Est'],
    ],
    [
      'en',
      'The East will get a campus, said NexaCore Holdings. The South waits; the West too.',
      ['East', 'South', 'West'],
    ],
    [
      'es',
      'El Norte del país espera; el Sur también, dijo Entel Andina. En el Oeste, nada.',
      ['Norte', 'Sur', 'Oeste'],
    ],
  ])('%s: no direction word', (lang, text, directions) => {
    const found = names(text, lang);
    for (const direction of directions) expect(found).not.toContain(direction);
  });

  it.each<[Language, string, string[]]>([
    [
      'en',
      'Globex Holdings, Inc. and Acme Corp. signed. Corp. officials said Ltd. shares rose.',
      ['Inc.', 'Corp.', 'Ltd.'],
    ],
    ['es', 'Grupo Financiero Banorte, S.A.B. de C.V. firmó; S.A. y S.L. no son nombres.', ['S.A.B.', 'C.V.', 'S.A.']],
    ['fr', 'Kalima Robotics SAS a signé. SAS et SARL sont des formes juridiques.', ['SAS', 'SARL']],
  ])('%s: no bare legal form', (lang, text, forms) => {
    const found = names(text, lang);
    for (const form of forms) expect(found).not.toContain(form);
  });

  it.each<[string, boolean]>([
    ['mexicain', true],
    ['Mexicaines', true],
    ['peruanos', true],
    ['Southeast', false],
    ['sud-américains', true],
    ['latinoamericano', true],
    ['Swahili-language', true],
    ['Adrian', false],
    ['Christiane', false],
    ['Orange', false],
  ])('isDemonym(%s) is %s', (word, expected) => {
    expect(isDemonym(word)).toBe(expected);
  });
});

describe('tickers and abbreviations are aliases of the company they follow', () => {
  it.each<[Language, string, string, string[]]>([
    ['en', 'Nexdecode Inc. (NASDAQ: NXDC) signed with the ministry.', 'Nexdecode Inc.', ['NXDC']],
    ['en', 'América Movil (BMV: AMXL; NYSE: AMX) will invest $3.5 billion.', 'América Movil', ['AMXL', 'AMX']],
    ['en', 'Manila Electric Co (PSE: MER) said it would build a hub.', 'Manila Electric Co', ['MER']],
    ['en', 'Shares of Telecom Andina (TAND.LM) rose.', 'Telecom Andina', ['TAND.LM']],
    [
      'fr',
      'STMicroelectronics investit, a annoncé le groupe franco-italien (Euronext Paris : STMPA).',
      'STMicroelectronics',
      ['STMPA'],
    ],
    [
      'es',
      'Grupo Financiero Banorte, S.A.B. de C.V. (BMV: GFNORTEO) encabezará el crédito.',
      'Grupo Financiero Banorte',
      ['GFNORTEO'],
    ],
    ['es', 'El Banco de Crédito del Perú (BCP) firmó. El BCP será cliente.', 'Banco de Crédito del Perú', ['BCP']],
  ])('%s: %s', (lang, text, name, aliases) => {
    const found = propose(text, lang);
    const candidate = found.get(name);
    expect(candidate, [...found.keys()].join(' | ')).toBeDefined();
    expect(candidate?.kindGuess).toBe('company');
    for (const alias of aliases) {
      expect(candidate?.aliases).toContain(alias);
      expect(found.has(alias)).toBe(false);
    }
    for (const exchange of ['NASDAQ', 'BMV', 'NYSE', 'PSE', 'Euronext Paris', 'Euronext']) {
      expect(found.has(exchange)).toBe(false);
    }
  });

  it('a one-word name does not take an abbreviation that does not start like it', () => {
    const found = propose('Les fournisseurs d’accès à Internet (FAI) protestent.', 'fr');
    expect(found.get('Internet')?.aliases ?? []).not.toContain('FAI');
  });
});

describe('datelines, bylines and credits', () => {
  it.each<[Language, string, string, string[]]>([
    ['en', 'LIMA (Reuters) – NexaCore Holdings signed a deal on Monday.', 'Lima', ['LIMA', 'Reuters']],
    ['en', 'MEXICO CITY (AP) — Telcel will invest $1 billion.', 'Mexico City', ['MEXICO CITY', 'AP']],
    ['en', 'BANGKOK, March 4 (Reuters) - NexaCore Holdings signed a deal.', 'Bangkok', ['BANGKOK', 'Reuters', 'March']],
    [
      'en',
      'SAN JOSE, Calif., June 10, 2025 /PRNewswire/ -- Nexdecode Inc. announced a deal.',
      'San Jose',
      ['PRNewswire'],
    ],
    ['fr', 'SANTIAGO (AFP) – Alibaba a annoncé lundi l’ouverture d’une région cloud.', 'Santiago', ['AFP']],
    [
      'es',
      'GUADALAJARA, JALISCO.- Foxconn invertirá 900 millones de dólares.',
      'Guadalajara',
      ['GUADALAJARA', 'JALISCO.-'],
    ],
    ['es', 'MADRID, 5 Sep. (EUROPA PRESS) -\nEl grupo STC sube su participación.', 'Madrid', ['EUROPA PRESS', 'Sep']],
    [
      'es',
      'LA PAZ.- El Ministerio de Obras Públicas firmó un convenio con Entel.',
      'La Paz',
      ['Paz', 'El Ministerio de Obras Públicas'],
    ],
  ])('%s: “%s”', (lang, text, place, absent) => {
    const found = propose(text, lang);
    expect(found.get(place)?.kindGuess, [...found.keys()].join(' | ')).toBe('place');
    for (const name of absent) expect(found.has(name), name).toBe(false);
  });

  it('names the agency when the text names it elsewhere', () => {
    const text = 'SANTIAGO (AFP) – Alibaba ouvre une région. « C’est un signal », a déclaré à l’AFP la ministre.';
    expect(propose(text, 'fr').has('AFP')).toBe(true);
  });

  it.each<[Language, string, string[]]>([
    [
      'en',
      'By Karen Lema and Neil Jerome Morales\n\nMeralco signed a deal with Sumitomo Corp.',
      ['Karen Lema', 'Neil Jerome Morales'],
    ],
    [
      'en',
      'Meralco signed a deal with Sumitomo Corp.\n\n(Reporting by Karen Lema; Editing by Martin Petty)',
      ['Karen Lema', 'Martin Petty'],
    ],
    ['fr', 'Par Mamadou Diallo, à Dakar\nOracle a signé un accord avec Sonatel.', ['Mamadou Diallo']],
    [
      'es',
      'Por María José Quiroga / Página Siete\nEntel firmó un convenio con Huawei.',
      ['María José Quiroga', 'Página Siete'],
    ],
    ['en', 'Nvidia shares rose. CreditKevin Frayer/Getty Images', ['Kevin Frayer', 'Getty Images']],
  ])('%s: a byline or a credit proposes no name', (lang, text, absent) => {
    const found = propose(text, lang);
    for (const name of absent) expect(found.has(name), name).toBe(false);
  });
});

describe('whole names', () => {
  it.each<[Language, string, string, CandidateEntity['kindGuess']]>([
    [
      'en',
      'NexaCore signed with the Electricity Generating Company of Thailand (EGCT) on Monday.',
      'Electricity Generating Company of Thailand',
      'company',
    ],
    [
      'en',
      'It will be financed by the Japan Bank for International Cooperation.',
      'Japan Bank for International Cooperation',
      'organization',
    ],
    [
      'en',
      'G42 will train a model with the Kenya Advanced Institute of Science and Technology.',
      'Kenya Advanced Institute of Science and Technology',
      'organization',
    ],
    [
      'en',
      'The grid is run by the National Grid Corporation of the Philippines, the regulator said.',
      'National Grid Corporation of the Philippines',
      'company',
    ],
    [
      'en',
      'Meralco President Manuel V. Pangilinan told reporters the plan was ready.',
      'Manuel V. Pangilinan',
      'person',
    ],
    ['en', 'Bell Canada, the country’s largest telecom operator, announced its own campus.', 'Bell Canada', 'company'],
    [
      'fr',
      'L’Agence marocaine de développement des investissements et des exportations (AMDIE) suivra le projet.',
      'Agence marocaine de développement des investissements et des exportations',
      'government',
    ],
    [
      'fr',
      'En 2023, l’Agence nationale de cybersécurité avait déjà mis en garde.',
      'Agence nationale de cybersécurité',
      'government',
    ],
    [
      'fr',
      'Elle travaillera avec l’Université du Chili et l’École supérieure polytechnique.',
      'Université du Chili',
      'organization',
    ],
    [
      'fr',
      'Elle travaillera avec l’Université Cheikh Anta Diop, a précisé Oracle.',
      'Université Cheikh Anta Diop',
      'organization',
    ],
    ['es', 'El Banco de Crédito del Perú firmó un acuerdo con Equinix.', 'Banco de Crédito del Perú', 'company'],
    [
      'es',
      'La ministra destacó el Plan Nacional de Infraestructura para la Competitividad.',
      'Plan Nacional de Infraestructura para la Competitividad',
      'program',
    ],
    ['es', 'El proyecto se acoge al programa Visión 2030 del reino.', 'Visión 2030', 'program'],
    ['es', 'El príncipe heredero Mohamed bin Salmán impulsa el plan.', 'Mohamed bin Salmán', 'person'],
    [
      'es',
      'La ministra de Economía, María del Carmen Alva Prieto, destacó la inversión.',
      'María del Carmen Alva Prieto',
      'person',
    ],
    ['es', 'Foxconn invertirá en El Salto, Jalisco, dijo el gobernador.', 'El Salto', 'place'],
    [
      'es',
      'El Gobierno de Chile prepara una Política\nNacional de Data Centers para octubre.',
      'Política Nacional de Data Centers',
      'program',
    ],
  ])('%s: %s', (lang, text, name, kind) => {
    const found = propose(text, lang);
    expect(found.get(name)?.kindGuess, [...found.keys()].join(' | ')).toBe(kind);
  });

  it('joins a person split across a line of a sentence, not a line that ends a sentence', () => {
    const found = propose(
      'Sostendrá 1.200 empleos al año.\nEl ministro de Economía, Tomás Andrés\nLarraín Ugarte, firmó el acuerdo con Oracle.',
      'es',
    );
    expect(found.get('Tomás Andrés Larraín Ugarte')?.kindGuess).toBe('person');
    expect(found.has('Larraín Ugarte')).toBe(false);
    expect(names('Par Mamadou Diallo, à Dakar\nLe groupe Oracle a signé avec Sonatel.', 'fr')).not.toContain(
      'Dakar Le',
    );
  });

  it('joins a person written across a hard line break', () => {
    const text =
      'The agreement was welcomed by the country’s economy minister, who said that investors had waited\n' +
      'for years. "We are proud to help," said Priya Raman\n' +
      'Subramanian, co-founder and chief executive officer of Nexdecode, adding that training comes first.\n' +
      'The ministry will provide access to its national data exchange platform from next year onwards.';
    const found = propose(text, 'en');
    expect(found.get('Priya Raman Subramanian')?.kindGuess).toBe('person');
    expect(found.has('Priya Raman')).toBe(false);
  });

  it('does not cut a name after its first word, nor keep the fragment', () => {
    const found = propose('The Electricity Generating Company of Thailand and EGAT signed.', 'en');
    expect(found.has('Electricity Generating Company')).toBe(false);
    expect(found.has('Electricity Generating Company of Thailand')).toBe(true);
  });
});

describe('governments and ministries written in lower case', () => {
  it.each<[Language, string, string, string]>([
    ['es', 'AWS firmó el acuerdo con el gobierno chileno el martes.', 'Government of Chile', 'gobierno chileno'],
    ['en', 'Rift Compute signed an agreement with the Kenyan government.', 'Government of Kenya', 'Kenyan government'],
    ['en', 'Vietnam’s government aims to train 50,000 engineers.', 'Government of Vietnam', 'Vietnam’s government'],
    ['fr', 'Le gouvernement sénégalais a signé avec Microsoft.', 'Government of Senegal', 'gouvernement sénégalais'],
    [
      'es',
      'Según documentos presentados ante el gobierno de Querétaro, la obra durará un año.',
      'Government of Querétaro',
      'gobierno de Querétaro',
    ],
  ])('%s: %s', (lang, text, name, alias) => {
    const found = propose(text, lang).get(name);
    expect(found?.kindGuess).toBe('government');
    expect(found?.aliases).toContain(alias);
  });

  it.each<[Language, string, string[]]>([
    ['en', 'It was the first such deal with a Latin American government.', ['Government of United States']],
    ['es', 'El gobierno de Gabriel Boric celebró el acuerdo.', ['Government of Gabriel Boric']],
  ])('%s: no government where none is named', (lang, text, absent) => {
    const found = propose(text, lang);
    for (const name of absent) expect(found.has(name), name).toBe(false);
  });

  it('no new government for a country whose government the store has, whatever the words', () => {
    const text = 'Ceibo Compute signed an agreement with the Uruguayan government on May 12.';
    expect(propose(text, 'en').has('Government of Uruguay')).toBe(true);
    expect(propose(text, 'en', { kinds, governed: new Set(['UY']) }).has('Government of Uruguay')).toBe(false);
  });

  it.each<[Language, string, string]>([
    [
      'fr',
      'Le contrat a été signé, a annoncé lundi le ministère de la Transition numérique et de la Digitalisation.',
      'Ministère de la Transition numérique et de la Digitalisation',
    ],
    [
      'fr',
      'Le programme est piloté par le ministère de la Communication, des Télécommunications et du Numérique.',
      'Ministère de la Communication, des Télécommunications et du Numérique',
    ],
    [
      'es',
      'El plan se desarrollará a través del Ministerio de Comunicación, Telecomunicaciones y Economía Digital, cuyo titular firmó.',
      'Ministerio de Comunicación, Telecomunicaciones y Economía Digital',
    ],
    ['fr', 'Les cours seront donnés à l’Université virtuelle du Sénégal dès mars.', 'Université virtuelle du Sénégal'],
    [
      'en',
      'The campus is backed by the Ho Chi Minh City People’s Committee, officials said.',
      'Ho Chi Minh City People’s Committee',
    ],
  ])('%s: %s', (lang, text, name) => {
    const found = propose(text, lang);
    expect(found.get(name)?.kindGuess, [...found.keys()].join(' | ')).toMatch(/government|organization/);
  });

  it('a minister’s portfolio is no ministry', () => {
    const found = propose(
      '« Bravo », a dit le ministre de la Transition numérique et de la Digitalisation, Ibrahim Coulibaly.',
      'fr',
    );
    expect([...found.keys()]).toEqual(['Ibrahim Coulibaly']);
  });
});

describe('titles, portfolios and surnames', () => {
  it.each<[Language, string, string, string[]]>([
    [
      'en',
      'Thai Deputy Prime Minister Pichai Naripthaphan said the deal was good.',
      'Pichai Naripthaphan',
      ['Thai', 'Deputy Prime Minister'],
    ],
    [
      'en',
      'Economy Secretary Marcelo Ruiz said the plan would work.',
      'Marcelo Ruiz',
      ['Economy', 'Economy Secretary'],
    ],
    [
      'en',
      'Indosat Chief Executive Officer Vikram Sinha said in an interview that demand was high.',
      'Vikram Sinha',
      ['Chief Executive Officer'],
    ],
    [
      'fr',
      'Le ministre du Plan et de l’Investissement, Nguyen Chi Dung, était présent.',
      'Nguyen Chi Dung',
      ['Plan', 'Investissement'],
    ],
    [
      'es',
      'La ministra de Economía y Finanzas, Ana Rivas, destacó el plan.',
      'Ana Rivas',
      ['Economía y Finanzas', 'Economía'],
    ],
    [
      'es',
      'El subsecretario de Telecomunicaciones, Claudio Araya, dijo que sí.',
      'Claudio Araya',
      ['Telecomunicaciones'],
    ],
  ])('%s: %s', (lang, text, person, absent) => {
    const found = propose(text, lang);
    expect(found.get(person)?.kindGuess, [...found.keys()].join(' | ')).toBe('person');
    for (const name of absent) expect(found.has(name), name).toBe(false);
  });

  it('counts a surname with the full name instead of proposing it alone', () => {
    const found = propose(
      'NexaCore chief executive Craig Whitfield spoke. Whitfield, 54, said work starts soon.',
      'en',
    );
    expect(found.has('Whitfield')).toBe(false);
    expect(found.get('Craig Whitfield')?.count).toBe(2);
  });
});

describe('kinds from evidence', () => {
  it.each<[Language, string, string, CandidateEntity['kindGuess']]>([
    ['en', 'Safaricom, East Africa’s largest telecom operator, runs two data centers.', 'Safaricom', 'company'],
    ['en', 'A Nairobi-based researcher said the deal concentrates power.', 'Nairobi', 'place'],
    ['en', 'The plan was agreed with Nexdecode Inc. last week.', 'Nexdecode Inc.', 'company'],
    [
      'en',
      'Whitfield said, according to Nanjala Nyabola, a researcher, that it would work.',
      'Nanjala Nyabola',
      'person',
    ],
    ['en', 'The campus will be built in Chonburi province next year.', 'Chonburi', 'place'],
    ['en', 'The government’s Colombia Inteligente program will buy chips.', 'Colombia Inteligente', 'program'],
    ['en', 'Microsoft, Alphabet’s Oracle Corp. and Nexdecode Inc. expand in the region.', 'Microsoft', 'company'],
    ['fr', 'La start-up toulousaine Kalima Robotics a signé un contrat.', 'Kalima Robotics', 'company'],
    ['fr', 'Une usine de la société Grupo Alfa à Apodaca sera agrandie.', 'Apodaca', 'place'],
    [
      'fr',
      'Le ministère de l’Économie et la Banque européenne d’investissement financent le projet.',
      'Banque européenne d’investissement',
      'organization',
    ],
    ['es', 'La empresa satelital Satellogic participará, dijo el ministro.', 'Satellogic', 'company'],
    ['es', 'Las obras comenzarán en marzo en Achacachi y Copacabana, explicó.', 'Copacabana', 'place'],
    [
      'es',
      'La Secretaría de Desarrollo Económico del estado confirmó la inversión.',
      'Secretaría de Desarrollo Económico',
      'government',
    ],
    ['es', 'El grupo saudí STC ha elevado su participación en la operadora.', 'STC', 'company'],
  ])('%s: %s', (lang, text, name, kind) => {
    const found = propose(text, lang);
    expect(found.get(name)?.kindGuess, [...found.keys()].join(' | ')).toBe(kind);
  });

  it('says "organization" only when nothing says more', () => {
    expect(propose('Vorlana and Quessit met in the capital to talk.', 'en').get('Quessit')?.kindGuess).toBe(
      'organization',
    );
  });
});
