import type { Figure } from '@/lib/schema';
import { fold } from './fold';

/** A label in English (the catalog's language for `label`) and French (`labelFr`). */
export interface FactLabel {
  label: string;
  labelFr: string;
}

interface LabelRule extends FactLabel {
  /** Which figures the rule applies to: a figure kind, or a unit. */
  applies: (figure: Figure) => boolean;
  /** Words around the figure, matched on folded text (lower case, no accents); undefined = always. */
  words?: RegExp;
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
  { applies: unit('jobs-per-year'), label: 'Jobs created per year', labelFr: 'Emplois créés par an' },
  { applies: unit('jobs'), label: 'Jobs created', labelFr: 'Emplois créés' },
  {
    applies: unit('people'),
    words: words('form', 'train', 'capacit', 'educa', 'ensei', 'teach', 'apprend', 'learn', 'certif'),
    label: 'People trained',
    labelFr: 'Personnes formées',
  },
  {
    applies: unit('people'),
    words: words('employ', 'emplea', 'salari', 'embauch', 'hire', 'contrat'),
    label: 'People employed',
    labelFr: 'Personnes employées',
  },
  { applies: unit('people'), label: 'People', labelFr: 'Personnes', fallback: true },
  { applies: unit('objects'), label: 'Objects', labelFr: 'Objets', fallback: true },
  {
    applies: money,
    words: words('par travailleur', 'per worker', 'por trabajador', 'par salarie', 'per employee', 'por empleado'),
    label: 'Amount per worker',
    labelFr: 'Montant par travailleur',
  },
  { applies: money, words: words('pib', 'gdp'), label: 'Contribution to GDP', labelFr: 'Apport au PIB' },
  {
    applies: money,
    words: words('econom'),
    label: 'Contribution to the economy',
    labelFr: 'Apport à l’économie',
  },
  {
    applies: money,
    words: words('lev[ee]', 'raise', 'recaud', 'tour de table', 'funding round', 'ronda'),
    label: 'Funds raised',
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
    labelFr: 'Fonds reçus',
  },
  {
    applies: money,
    words: words('invest', 'inver'),
    label: 'Investment',
    labelFr: 'Investissement',
  },
  { applies: money, words: words('contrat', 'contract'), label: 'Contract value', labelFr: 'Valeur du contrat' },
  {
    applies: money,
    words: words('chiffre d.affaires', 'revenue', 'ingresos', 'ventas', 'sales'),
    label: 'Revenue',
    labelFr: 'Chiffre d’affaires',
  },
  { applies: money, words: words('cout', 'cost'), label: 'Cost', labelFr: 'Coût' },
  { applies: money, label: 'Amount', labelFr: 'Montant', fallback: true },
  {
    applies: kind('duration'),
    words: words('prochain', 'next', 'proxim', 'coming', 'a venir'),
    label: 'Time horizon',
    labelFr: 'Horizon',
  },
  {
    applies: kind('duration'),
    words: words('partenariat', 'partnership', 'alianza', 'asociacion'),
    label: 'Partnership duration',
    labelFr: 'Durée du partenariat',
  },
  {
    applies: kind('duration'),
    words: words('accord', 'agreement', 'acuerdo', 'convenio', 'deal'),
    label: 'Agreement duration',
    labelFr: 'Durée de l’accord',
  },
  {
    applies: kind('duration'),
    words: words('contrat', 'contract', 'licen', 'concesi', 'concession'),
    label: 'Contract duration',
    labelFr: 'Durée du contrat',
  },
  { applies: kind('duration'), label: 'Duration', labelFr: 'Durée', fallback: true },
  { applies: (f) => f.kind === 'date' && f.qualifier === 'since', label: 'Since', labelFr: 'Depuis' },
  { applies: (f) => f.kind === 'date' && f.qualifier === 'by', label: 'Target year', labelFr: 'Échéance' },
  {
    applies: kind('date'),
    words: words('annon', 'announc', 'anunci', 'devoil', 'unveil'),
    label: 'Announcement date',
    labelFr: 'Date de l’annonce',
  },
  {
    applies: kind('date'),
    words: words('sign', 'firm'),
    label: 'Signing date',
    labelFr: 'Date de signature',
  },
  { applies: kind('date'), words: words('licen'), label: 'Licence date', labelFr: 'Date de la licence' },
  { applies: kind('date'), words: words('source', 'fuente'), label: 'Source date', labelFr: 'Date de la source' },
  {
    applies: kind('date'),
    words: words('lance', 'launch', 'lanz'),
    label: 'Launch date',
    labelFr: 'Date de lancement',
  },
  { applies: unit('year'), label: 'Year', labelFr: 'Année', fallback: true },
  { applies: kind('date'), label: 'Date', labelFr: 'Date', fallback: true },
  { applies: kind('rank'), label: 'Rank', labelFr: 'Rang', fallback: true },
  {
    applies: power,
    words: words('centres? de donnees', 'data ?cent', 'centros? de datos', 'campus'),
    label: 'Data-centre capacity',
    labelFr: 'Capacité du centre de données',
  },
  {
    applies: power,
    words: words('solaire', 'solar', 'eolien', 'wind', 'eolic', 'renouvel', 'renewab', 'renovab', 'centrale', 'plant'),
    label: 'Plant capacity',
    labelFr: 'Capacité de la centrale',
  },
  { applies: power, label: 'Power capacity', labelFr: 'Puissance', fallback: true },
  {
    applies: energy,
    words: words('batter', 'stockage', 'storage', 'almacenamiento'),
    label: 'Storage capacity',
    labelFr: 'Capacité de stockage',
  },
  { applies: energy, label: 'Energy', labelFr: 'Énergie', fallback: true },
  {
    applies: unit('percent'),
    words: words('participation', 'stake', 'participacion', 'capital', 'actions', 'shares', 'acciones'),
    label: 'Stake',
    labelFr: 'Participation',
  },
  {
    applies: unit('percent'),
    words: words('part de marche', 'market share', 'cuota de mercado'),
    label: 'Market share',
    labelFr: 'Part de marché',
  },
  {
    applies: unit('percent'),
    words: words('croissance', 'hausse', 'augment', 'growth', 'increase', 'rose', 'crecimiento', 'aumento', 'subi'),
    label: 'Growth',
    labelFr: 'Croissance',
  },
  {
    applies: unit('percent'),
    words: words('baisse', 'recul', 'declin', 'decrease', 'fell', 'drop', 'caida', 'descens', 'reduc'),
    label: 'Decrease',
    labelFr: 'Baisse',
  },
  { applies: unit('percent'), label: 'Percentage', labelFr: 'Pourcentage', fallback: true },
  {
    applies: unit('percentage-points'),
    label: 'Change in percentage points',
    labelFr: 'Variation en points de pourcentage',
    fallback: true,
  },
];

/**
 * A label for a figure from the words around it: `near` (its clause) is searched first, then `wider` (its
 * sentence), so "créera plus de 7 000 emplois par an" is labelled from its own clause even when the sentence
 * also speaks of GDP. Simple keyword rules in French, English and Spanish; the reader can rename it.
 */
export function guessLabel(figure: Figure, near: string, wider: string): FactLabel {
  const candidates = RULES.filter((rule) => rule.applies(figure));
  for (const context of [fold(near), fold(wider)]) {
    const found = candidates.find((rule) => !rule.fallback && (!rule.words || rule.words.test(context)));
    if (found) return { label: found.label, labelFr: found.labelFr };
  }
  const fallback = candidates.find((rule) => rule.fallback);
  return fallback ? { label: fallback.label, labelFr: fallback.labelFr } : { label: 'Figure', labelFr: 'Chiffre' };
}
