import { formatFactValue } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { type DealHeadline, type Fact, isCurrencyUnit } from '@/lib/schema';

/**
 * A deal's headline amount as the list shows it: money in the reader's language, compact and in the currency
 * its sources gave ("$1.2B", "1,2 Md $US"); any other unit as a figure of that unit.
 */
export function formatHeadline(i18n: I18n, headline: Pick<DealHeadline, 'value' | 'unit'>): string {
  if (isCurrencyUnit(headline.unit)) {
    try {
      return new Intl.NumberFormat(i18n.locale, {
        style: 'currency',
        currency: headline.unit,
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }).format(headline.value);
    } catch {
      // A code the platform does not know ("XYZ"): the number and the code, as written.
      return `${i18n.number(headline.value)}\u00a0${headline.unit}`;
    }
  }
  return formatFactValue(i18n, { value: headline.value, unit: headline.unit } as Fact) ?? i18n.number(headline.value);
}
