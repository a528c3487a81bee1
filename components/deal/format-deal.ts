import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { type DealKind, type Duration, type EntityKind, type Fact, isCurrencyUnit, type Relation } from '@/lib/schema';

/** "7 years" / "7 ans". */
export function formatDuration(i18n: I18n, duration: Duration): string {
  const one: Record<Duration['unit'], MessageKey> = { year: 'oneYear', month: 'oneMonth', day: 'oneDay' };
  const many: Record<Duration['unit'], MessageKey> = { year: 'years', month: 'months', day: 'days' };
  return duration.value === 1
    ? i18n.t(one[duration.unit])
    : i18n.t(many[duration.unit], { count: i18n.number(duration.value) });
}

export const dealKindLabel = (i18n: I18n, kind: DealKind) =>
  i18n.t(`dealKind_${kind.replaceAll('-', '_')}` as MessageKey);

export const entityKindLabel = (i18n: I18n, kind: EntityKind) => i18n.t(`kind_${kind}` as MessageKey);

/**
 * A fact's figure as the reader's language writes it: "US$10M", "R$14.7B", "20 000 people", "7 years",
 * "29 August 2023", "25 %", "100 MW". Money keeps the currency the source printed.
 */
export function formatFactValue(i18n: I18n, fact: Fact): string | undefined {
  if (fact.date && (fact.unit === 'date' || fact.value === undefined)) return i18n.date(fact.date);
  if (fact.value === undefined) return undefined;
  if (fact.unit && isCurrencyUnit(fact.unit)) return i18n.money(fact.value, fact.unit);
  switch (fact.unit) {
    case 'percent':
      return i18n.percent(fact.value);
    case 'percentage-points':
      return fact.value === 1
        ? i18n.t('onePercentagePoint')
        : i18n.t('percentagePoints', { count: i18n.number(fact.value) });
    case 'kW':
    case 'MW':
    case 'GW':
    case 'kWh':
    case 'MWh':
    case 'GWh':
    case 'TWh':
      // No-break space: "100 MW" never wraps between the number and its unit.
      return `${i18n.number(fact.value)}\u00a0${fact.unit}`;
    case 'years':
      return formatDuration(i18n, { value: fact.value, unit: 'year' });
    case 'months':
      return formatDuration(i18n, { value: fact.value, unit: 'month' });
    case 'days':
      return formatDuration(i18n, { value: fact.value, unit: 'day' });
    case 'year':
      return String(fact.value);
    case 'rank':
      return `#${fact.value}`;
    default:
      return i18n.number(fact.value);
  }
}

/** A deal's headline amount ("US$1.2bn"), in the currency its sources print. */
export function formatAmount(i18n: I18n, headline: { value: number; unit: string }): string {
  return isCurrencyUnit(headline.unit)
    ? i18n.money(headline.value, headline.unit)
    : `${i18n.number(headline.value)} ${headline.unit}`;
}

/** The label in the reader's language when the record has one. */
export const localized = (i18n: I18n, english: string, french?: string) =>
  i18n.lang === 'fr' && french ? french : english;

/** "President —" for a role, "Subsidiary of" otherwise: the words before the related entity's name. */
export function affiliationLabel(i18n: I18n, relation: Relation): string {
  if (relation.kind === 'role' && relation.role) return `${localized(i18n, relation.role, relation.roleFr)} —`;
  if (relation.role) return localized(i18n, relation.role, relation.roleFr);
  return i18n.t(`relation_${relation.kind.replaceAll('-', '_')}` as MessageKey);
}
