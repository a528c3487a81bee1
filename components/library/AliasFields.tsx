import type { I18n, MessageKey } from '@/lib/i18n';
import type { FieldIssue } from '@/lib/library/validation';
import { AliasCaseSchema, type AliasInput, LanguageSchema } from '@/lib/schema';
import { CheckField, fieldId, SelectField, TextField } from './form-fields';
import { ListInput } from './ListInput';
import { useFocusAdded } from './use-focus-added';

interface Props {
  aliases: readonly AliasInput[];
  onChange: (aliases: AliasInput[]) => void;
  issues: readonly FieldIssue[];
  i18n: I18n;
}

const aliasTextId = (i: number) => fieldId(`aliases.${i}.text`);

export const blankAlias = (text = ''): AliasInput => ({
  text,
  lang: 'und',
  case: 'insensitive',
  weak: false,
  cuesBefore: [],
  vetoBefore: [],
  vetoAfter: [],
});

/** The ways of writing an entity's name, each with its language, letter-case rule and context words. */
export function AliasFields({ aliases, onChange, issues, i18n }: Props) {
  const markAdded = useFocusAdded(aliases.length, aliasTextId);
  const set = (i: number, change: Partial<AliasInput>) =>
    onChange(aliases.map((alias, j) => (j === i ? { ...alias, ...change } : alias)));
  const langs = LanguageSchema.options.map((l) => ({ value: l, label: i18n.t(`libLang_${l}` as MessageKey) }));
  const cases = AliasCaseSchema.options.map((c) => ({ value: c, label: i18n.t(`libCase_${c}` as MessageKey) }));
  return (
    <fieldset class="dl-group" data-group="aliases">
      <legend>{i18n.t('libField_aliases')}</legend>
      <p class="dl-hint">{i18n.t('libAliasesHint')}</p>
      {aliases.map((alias, i) => {
        const p = `aliases.${i}`;
        const n = i + 1;
        return (
          // Keyed by index: aliases have no id; every input is controlled by its index.
          <fieldset key={i} class="dl-row" data-alias={i}>
            <legend>{i18n.t('libAliasN', { n })}</legend>
            <TextField
              path={`${p}.text`}
              label={i18n.t('libField_text')}
              value={alias.text}
              onValue={(text) => set(i, { text })}
              issues={issues}
            />
            <SelectField
              path={`${p}.lang`}
              label={i18n.t('libField_lang')}
              value={alias.lang}
              options={langs}
              onValue={(lang) => set(i, { lang: lang as AliasInput['lang'] })}
              issues={issues}
            />
            <SelectField
              path={`${p}.case`}
              label={i18n.t('libField_case')}
              value={alias.case ?? 'insensitive'}
              options={cases}
              onValue={(c) => set(i, { case: c as AliasInput['case'] })}
              issues={issues}
            />
            <CheckField
              id={fieldId(`${p}.weak`)}
              label={i18n.t('libField_weak')}
              checked={alias.weak ?? false}
              onChecked={(weak) => set(i, { weak })}
            />
            <details class="dl-context">
              <summary>{i18n.t('libContextWords')}</summary>
              <ListInput
                path={`${p}.cuesBefore`}
                label={i18n.t('libField_cuesBefore')}
                value={alias.cuesBefore ?? []}
                onList={(cuesBefore) => set(i, { cuesBefore })}
                issues={issues}
              />
              <ListInput
                path={`${p}.cuesAfter`}
                label={i18n.t('libField_cuesAfter')}
                value={alias.cuesAfter ?? []}
                onList={(cuesAfter) => set(i, { cuesAfter })}
                issues={issues}
              />
              <CheckField
                id={fieldId(`${p}.cueRequired`)}
                label={i18n.t('libField_cueRequired')}
                checked={alias.cueRequired ?? false}
                onChecked={(cueRequired) => set(i, { cueRequired })}
              />
              <ListInput
                path={`${p}.vetoBefore`}
                label={i18n.t('libField_vetoBefore')}
                value={alias.vetoBefore ?? []}
                onList={(vetoBefore) => set(i, { vetoBefore })}
                issues={issues}
              />
              <ListInput
                path={`${p}.vetoAfter`}
                label={i18n.t('libField_vetoAfter')}
                value={alias.vetoAfter ?? []}
                onList={(vetoAfter) => set(i, { vetoAfter })}
                issues={issues}
              />
            </details>
            <button type="button" class="dl-link-button" onClick={() => onChange(aliases.filter((_, j) => j !== i))}>
              {i18n.t('libRemoveAlias', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          markAdded();
          onChange([...aliases, blankAlias()]);
        }}
      >
        {i18n.t('libAddAlias')}
      </button>
    </fieldset>
  );
}
