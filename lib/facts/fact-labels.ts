import type { Figure, Measure } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

/**
 * What a figure measures: a label in English (the catalog's language for `label`) and French (`labelFr`), and
 * the measure key facts are compared by (issue 20).
 */
export interface FactLabel {
  label: string;
  labelFr: string;
  measure: Measure;
}

interface LabelRule extends FactLabel {
  /** Which figures the rule applies to: a figure kind, or a unit. */
  applies: (figure: Figure) => boolean;
  /** Words around the figure, matched on folded text (lower case, no accents); undefined = always. */
  words?: RegExp;
  /** Words of the figure itself (its noun: "deux centres de données"), matched before its surroundings. */
  own?: RegExp;
  /** A default: used only when no other rule for the figure matches its clause or its sentence. */
  fallback?: true;
}

const money = (f: Figure) => f.kind === 'money';
const unit = (u: Figure['unit']) => (f: Figure) => f.unit === u;
const kind = (k: Figure['kind']) => (f: Figure) => f.kind === k;
const ENERGY_UNITS = new Set<Figure['unit']>(['kWh', 'MWh', 'GWh', 'TWh']);
const power = (f: Figure) => f.kind === 'capacity' && !ENERGY_UNITS.has(f.unit);
const energy = (f: Figure) => f.kind === 'capacity' && ENERGY_UNITS.has(f.unit);
const words = (...stems: string[]) => new RegExp(`(?:^|[^a-z])(?:${stems.join('|')})`, 'u');

// First match wins: specific before general. Stems are folded (no accents) and cover fr, en and es at once —
// a word that means something else in another language is rare enough at this level of detail.
const RULES: LabelRule[] = [
  {
    applies: unit('jobs-per-year'),
    label: 'Jobs created per year',
    measure: 'jobs-per-year',
    labelFr: 'Emplois créés par an',
  },
  { applies: unit('jobs'), label: 'Jobs created', measure: 'jobs', labelFr: 'Emplois créés' },
  {
    applies: unit('people'),
    words: words('form', 'train', 'capacit', 'educa', 'ensei', 'teach', 'apprend', 'learn', 'certif'),
    label: 'People trained',
    measure: 'people-trained',
    labelFr: 'Personnes formées',
  },
  {
    applies: unit('people'),
    words: words('employ', 'emplea', 'salari', 'embauch', 'hire', 'contrat'),
    label: 'People employed',
    measure: 'people-employed',
    labelFr: 'Personnes employées',
  },
  { applies: unit('people'), label: 'People', measure: 'people', labelFr: 'Personnes', fallback: true },
  // What is counted is named inside the figure itself ("tres zonas de disponibilidad"): `own` words.
  {
    applies: unit('objects'),
    own: words('zones? de disponib', 'availability zones?', 'zonas? de disponib'),
    label: 'Availability zones',
    measure: 'availability-zones',
    labelFr: 'Zones de disponibilité',
  },
  {
    applies: unit('objects'),
    own: words(
      'centres? de (?:donnees|calcul)',
      'data.?cent(?:er|re)s?',
      'datacenters?',
      'centros? de (?:procesamiento de )?datos',
    ),
    label: 'Data centres',
    measure: 'data-centres',
    labelFr: 'Centres de données',
  },
  {
    applies: unit('objects'),
    own: words('regions? cloud', 'cloud regions?', 'regions? d.infrastructure', 'regiones? de (?:la )?nube'),
    label: 'Cloud regions',
    measure: 'regions',
    labelFr: 'Régions cloud',
  },
  { applies: unit('objects'), label: 'Objects', measure: 'count', labelFr: 'Objets', fallback: true },
  {
    applies: money,
    words: words('par travailleur', 'per worker', 'por trabajador', 'par salarie', 'per employee', 'por empleado'),
    label: 'Amount per worker',
    measure: 'amount-per-worker',
    labelFr: 'Montant par travailleur',
  },
  {
    applies: money,
    words: words('pib', 'gdp'),
    label: 'Contribution to GDP',
    measure: 'economic-impact',
    labelFr: 'Apport au PIB',
  },
  {
    applies: money,
    // "à l'économie", "to the Mexican economy", "a la economía" — not "Economía Digital" in a ministry's name.
    words: words('(?:a la|a l.|to the|al|a|au|of the|de la|de l.) (?:[a-z]+ )?econom'),
    label: 'Contribution to the economy',
    measure: 'economic-impact',
    labelFr: 'Apport à l’économie',
  },
  {
    applies: money,
    words: words('lev[ee]', 'raise', 'recaud', 'tour de table', 'funding round', 'ronda'),
    label: 'Funds raised',
    measure: 'funds-raised',
    labelFr: 'Fonds levés',
  },
  {
    applies: money,
    words: words(
      'recu',
      'receiv',
      'recib',
      'obtenu',
      'obtuv',
      'financement',
      'funding',
      'financiamiento',
      'fonds',
      'fund',
    ),
    label: 'Funds received',
    measure: 'funds-received',
    labelFr: 'Fonds reçus',
  },
  {
    applies: money,
    words: words(
      'on operations',
      'operating',
      'fonctionnement',
      'd.exploitation',
      'operacion',
      'operativos',
      'maintenance',
      'mantenimiento',
    ),
    label: 'Operating cost',
    measure: 'cost',
    labelFr: 'Coût d’exploitation',
  },
  {
    applies: money,
    words: words('valoris', 'valuation', 'valued at', 'valorad', 'valoracion', 'valuacion'),
    label: 'Valuation',
    measure: 'valuation',
    labelFr: 'Valorisation',
  },
  {
    applies: money,
    words: words(
      'invest',
      'inver',
      'spend',
      'depenser',
      'depensera',
      'consacrer',
      'consacrera',
      'gastar',
      'gastara',
      'destinar',
      'destinara',
      'allocate',
      'commit',
      'engag',
      'comprometi',
      'earmark',
      'inject',
      'deploy',
      'mobilis',
      'mobiliz',
    ),
    label: 'Investment',
    measure: 'investment',
    labelFr: 'Investissement',
  },
  {
    applies: money,
    words: words('contrat', 'contract'),
    label: 'Contract value',
    measure: 'contract-value',
    labelFr: 'Valeur du contrat',
  },
  {
    applies: money,
    words: words('chiffre d.affaires', 'revenue', 'ingresos', 'ventas', 'sales'),
    label: 'Revenue',
    measure: 'revenue',
    labelFr: 'Chiffre d’affaires',
  },
  { applies: money, words: words('cout', 'cost'), label: 'Cost', measure: 'cost', labelFr: 'Coût' },
  { applies: money, label: 'Amount', measure: 'amount', labelFr: 'Montant', fallback: true },
  {
    applies: kind('duration'),
    words: words('prochain', 'next', 'proxim', 'coming', 'a venir'),
    label: 'Time horizon',
    measure: 'time-horizon',
    labelFr: 'Horizon',
  },
  {
    applies: kind('duration'),
    words: words('partenariat', 'partnership', 'alianza', 'asociacion'),
    label: 'Partnership duration',
    measure: 'deal-duration',
    labelFr: 'Durée du partenariat',
  },
  {
    applies: kind('duration'),
    words: words('accord', 'agreement', 'acuerdo', 'convenio', 'deal'),
    label: 'Agreement duration',
    measure: 'deal-duration',
    labelFr: 'Durée de l’accord',
  },
  {
    applies: kind('duration'),
    words: words('contrat', 'contract', 'licen', 'concesi', 'concession'),
    label: 'Contract duration',
    measure: 'deal-duration',
    labelFr: 'Durée du contrat',
  },
  { applies: kind('duration'), label: 'Duration', measure: 'duration', labelFr: 'Durée', fallback: true },
  {
    applies: (f) => f.kind === 'date' && f.qualifier === 'since',
    label: 'Since',
    measure: 'since-date',
    labelFr: 'Depuis',
  },
  {
    applies: (f) => f.kind === 'date' && f.qualifier === 'by',
    label: 'Target year',
    measure: 'target-date',
    labelFr: 'Échéance',
  },
  {
    applies: kind('date'),
    words: words('annon', 'announc', 'anunci', 'devoil', 'unveil'),
    label: 'Announcement date',
    measure: 'announcement-date',
    labelFr: 'Date de l’annonce',
  },
  {
    applies: kind('date'),
    words: words('sign', 'firm'),
    label: 'Signing date',
    measure: 'signing-date',
    labelFr: 'Date de signature',
  },
  {
    applies: kind('date'),
    words: words('licen'),
    label: 'Licence date',
    measure: 'licence-date',
    labelFr: 'Date de la licence',
  },
  {
    applies: kind('date'),
    words: words('source', 'fuente'),
    label: 'Source date',
    measure: 'source-date',
    labelFr: 'Date de la source',
  },
  {
    applies: kind('date'),
    words: words(
      'mise en service',
      'entrera en (?:service|operation|fonctionnement)',
      'operationnel',
      'operational',
      'begin operat',
      'start operat',
      'begins? operat',
      'go live',
      'online in',
      'entrara en (?:operacion|funcionamiento|servicio)',
      'operativ',
      'comenzara',
      'commencera',
      'debutera',
      'demarrer',
      'demarrera',
      'will (?:begin|start)',
      'to (?:begin|start)',
      'a partir de',
      'arrancara',
      'iniciara',
      'empezara',
      'start(?:s|ing)? (?:in|on)',
      'construction (?:will )?(?:start|begin)',
    ),
    label: 'Start of operations',
    measure: 'start-date',
    labelFr: 'Mise en service',
  },
  {
    applies: kind('date'),
    words: words('achev', 'complet', 'termin', 'finaliz', 'conclui', 'livr'),
    label: 'Completion date',
    measure: 'completion-date',
    labelFr: 'Date d’achèvement',
  },
  {
    applies: kind('date'),
    words: words('lance', 'launch', 'lanz'),
    label: 'Launch date',
    measure: 'launch-date',
    labelFr: 'Date de lancement',
  },
  { applies: unit('year'), label: 'Year', measure: 'date', labelFr: 'Année', fallback: true },
  { applies: kind('date'), label: 'Date', measure: 'date', labelFr: 'Date', fallback: true },
  { applies: kind('rank'), label: 'Rank', measure: 'rank', labelFr: 'Rang', fallback: true },
  {
    applies: power,
    words: words('centres? de donnees', 'data ?cent', 'centros? de datos', 'campus'),
    label: 'Data-centre capacity',
    measure: 'power-capacity',
    labelFr: 'Capacité du centre de données',
  },
  {
    applies: power,
    words: words('solaire', 'solar', 'eolien', 'wind', 'eolic', 'renouvel', 'renewab', 'renovab', 'centrale', 'plant'),
    label: 'Plant capacity',
    measure: 'power-capacity',
    labelFr: 'Capacité de la centrale',
  },
  { applies: power, label: 'Power capacity', measure: 'power-capacity', labelFr: 'Puissance', fallback: true },
  {
    applies: energy,
    words: words('batter', 'stockage', 'storage', 'almacenamiento'),
    label: 'Storage capacity',
    measure: 'storage-capacity',
    labelFr: 'Capacité de stockage',
  },
  { applies: energy, label: 'Energy', measure: 'energy', labelFr: 'Énergie', fallback: true },
  {
    applies: unit('percent'),
    words: words('participation', 'stake', 'participacion', 'capital', 'actions', 'shares', 'acciones'),
    label: 'Stake',
    measure: 'stake',
    labelFr: 'Participation',
  },
  {
    applies: unit('percent'),
    words: words('part de marche', 'market share', 'cuota de mercado'),
    label: 'Market share',
    measure: 'market-share',
    labelFr: 'Part de marché',
  },
  {
    applies: unit('percent'),
    words: words('croissance', 'hausse', 'augment', 'growth', 'increase', 'rose', 'crecimiento', 'aumento', 'subi'),
    label: 'Growth',
    measure: 'growth',
    labelFr: 'Croissance',
  },
  {
    applies: unit('percent'),
    words: words('baisse', 'recul', 'declin', 'decrease', 'fell', 'drop', 'caida', 'descens', 'reduc'),
    label: 'Decrease',
    measure: 'decrease',
    labelFr: 'Baisse',
  },
  { applies: unit('percent'), label: 'Percentage', measure: 'share', labelFr: 'Pourcentage', fallback: true },
  {
    applies: unit('percentage-points'),
    label: 'Change in percentage points',
    measure: 'percentage-points',
    labelFr: 'Variation en points de pourcentage',
    fallback: true,
  },
];

/**
 * A label and a measure for a figure: from its own words first ("tres zonas de disponibilidad"), then from the
 * `contexts` around it, nearest first (its clause, a wider clause, its sentence), so "créera plus de 7 000
 * emplois par an" is labelled from its own clause even when the sentence also speaks of GDP, and "la obra
 * comenzará en marzo de 2026" is a start date though the sentence says "firmado". Keyword rules in French,
 * English and Spanish; the reader can rename it.
 */
export function guessLabel(figure: Figure, ...contexts: string[]): FactLabel {
  const candidates = RULES.filter((rule) => rule.applies(figure));
  const own = fold(figure.text);
  const named = candidates.find((rule) => rule.own?.test(own));
  if (named) return labelOf(named);
  for (const context of contexts.map(fold)) {
    const found = candidates.find((rule) => !rule.fallback && !rule.own && (!rule.words || rule.words.test(context)));
    if (found) return labelOf(found);
  }
  const fallback = candidates.find((rule) => rule.fallback);
  return fallback ? labelOf(fallback) : { label: 'Figure', labelFr: 'Chiffre', measure: 'count' };
}

const labelOf = ({ label, labelFr, measure }: LabelRule): FactLabel => ({ label, labelFr, measure });

/**
 * The label of a measure the reader chose on the review page (issue 21: edit a figure's measure in place): the
 * first rule's wording for it, else the measure's own name ("availability-zones" → "Availability zones").
 */
export function labelOfMeasure(measure: Measure): Omit<FactLabel, 'measure'> {
  const rule = RULES.find((r) => r.measure === measure && !r.own);
  if (rule) return { label: rule.label, labelFr: rule.labelFr };
  const plain = measure.replaceAll('-', ' ');
  const label = plain.charAt(0).toUpperCase() + plain.slice(1);
  return { label, labelFr: label };
}
