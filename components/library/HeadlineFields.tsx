import type { I18n } from '@/lib/i18n';
import type { FieldIssue } from '@/lib/library/validation';
import { type Option, SelectField, TextField } from './form-fields';

interface Props {
  /** The amount as typed ('' for none) and its currency. */
  value: string;
  unit: string;
  onChange: (change: { value?: string; unit?: string }) => void;
  issues: readonly FieldIssue[];
  i18n: I18n;
}

/** Currencies deal news is written in most; a stored headline in another keeps its own. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'MXN', 'PEN', 'CLP', 'COP', 'BRL', 'ARS', 'CNY', 'JPY', 'INR', 'CAD', 'AUD'];

function currencyOptions(i18n: I18n, current: string): Option[] {
  const names = new Intl.DisplayNames([i18n.locale], { type: 'currency' });
  const codes = CURRENCIES.includes(current) || !current ? CURRENCIES : [current, ...CURRENCIES];
  return codes.map((code) => {
    let name = code;
    try {
      name = names.of(code) ?? code;
    } catch {
      // An odd stored code: shown as it is.
    }
    return { value: code, label: `${code} — ${name}` };
  });
}

/** A deal's headline amount: a number and a currency; emptied (or cleared) the deal has none. */
export function HeadlineFields({ value, unit, onChange, issues, i18n }: Props) {
  return (
    <fieldset class="dl-group" data-group="headline">
      <legend>{i18n.t('libField_headline')}</legend>
      <p class="dl-hint">{i18n.t('libHeadlineHint')}</p>
      <div class="dl-inline-row">
        <TextField
          path="headline.value"
          type="text"
          label={i18n.t('libField_amount')}
          value={value}
          onValue={(v) => onChange({ value: v })}
          issues={issues}
        />
        <SelectField
          path="headline.unit"
          label={i18n.t('libField_currency')}
          value={unit}
          options={currencyOptions(i18n, unit)}
          onValue={(u) => onChange({ unit: u })}
          issues={issues}
        />
        <button
          type="button"
          class="dl-link-button dl-inline-button"
          disabled={value === ''}
          onClick={() => onChange({ value: '' })}
        >
          {i18n.t('libClearAmount')}
        </button>
      </div>
    </fieldset>
  );
}
