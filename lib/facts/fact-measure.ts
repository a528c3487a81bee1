import { guessLabel } from '@/lib/facts/fact-labels';
import { type Fact, type Figure, type FigureKind, GENERIC_MEASURES, isCurrencyUnit, type Measure } from '@/lib/schema';

/** The figure kind a stored unit implies. */
function kindOfUnit(unit: string | undefined, hasDate: boolean): FigureKind {
  if (isCurrencyUnit(unit)) return 'money';
  switch (unit) {
    case 'people':
    case 'jobs':
    case 'jobs-per-year':
    case 'objects':
      return 'count';
    case 'years':
    case 'months':
    case 'days':
      return 'duration';
    case 'rank':
      return 'rank';
    case 'percent':
    case 'percentage-points':
      return 'percentage';
    case 'kW':
    case 'MW':
    case 'GW':
    case 'kWh':
    case 'MWh':
    case 'GWh':
    case 'TWh':
      return 'capacity';
    default:
      return hasDate || unit === 'date' || unit === 'year' ? 'date' : 'count';
  }
}

/**
 * What a fact measures: its own `measure`, or — for records stored before issue 20, the seed's among them —
 * the measure its label names, read with the same rules as a new figure's words ("Mexicans to be trained in
 * cloud technologies" → people trained, "Contribution to national GDP" → economic impact).
 */
export function measureOf(fact: Pick<Fact, 'measure' | 'label' | 'unit' | 'date' | 'quote'>): Measure {
  if (fact.measure) return fact.measure;
  const kind = kindOfUnit(fact.unit, fact.date !== undefined);
  const figure = {
    kind,
    unit: fact.unit ?? 'date',
    start: 0,
    end: fact.label.length,
    text: fact.label,
  } as Figure;
  return guessLabel(figure, fact.label, fact.quote).measure;
}

/** Whether two facts of one subject with this measure may disagree: generic measures never do. */
export function isSpecific(measure: Measure): boolean {
  return !GENERIC_MEASURES.has(measure);
}
