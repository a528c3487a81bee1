import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { type CandidateEntity, type EntityKind, EntityKindSchema } from '@/lib/schema';
import { ReviewMark } from './ReviewMark';

/** The name as the reader edited it, before adding it. */
export interface NameChoice {
  name: string;
  kind: EntityKind;
  /** Comma-separated, as typed. */
  aliases: string;
}

interface Props {
  candidate: CandidateEntity;
  choice: NameChoice;
  /** The store's entity it already is (it joined since the save), if any. */
  knownAs?: string;
  i18n: I18n;
  onChange: (choice: NameChoice) => void;
  onAdd: () => void;
  onDiscard: () => void;
}

/** The aliases typed in one field, one per comma. */
export const splitAliases = (text: string) =>
  text
    .split(/[,;]/u)
    .map((a) => a.trim())
    .filter((a) => a.length >= 2);

/**
 * A proposed name on one line (issue 21): its mark, the name, kind and aliases editable in place, how often
 * the text names it (its best sentence on hover, and read out to screen readers), add and discard. A name that joined the
 * store since the save is marked so and can only be set aside.
 */
export function CandidateEntityItem({ candidate, choice, knownAs, i18n, onChange, onAdd, onDiscard }: Props) {
  const base = `dl-name-${candidate.name.replace(/\W+/gu, '-')}`;
  const valid = choice.name.trim().length >= 2;
  return (
    <li class="dl-row" data-candidate-entity={candidate.name} data-mark={knownAs ? 'in-store' : 'new'}>
      <div class="dl-row-line">
        <ReviewMark status={knownAs ? 'in-store' : 'new'} i18n={i18n} />
        <label class="dl-visually-hidden" for={`${base}-name`}>
          {i18n.t('nameField')}
        </label>
        <input
          id={`${base}-name`}
          class="dl-field dl-name-field"
          value={choice.name}
          aria-invalid={!valid}
          disabled={Boolean(knownAs)}
          onInput={(e) => onChange({ ...choice, name: e.currentTarget.value })}
        />
        <label class="dl-visually-hidden" for={`${base}-kind`}>
          {i18n.t('entityKind')}
        </label>
        <select
          id={`${base}-kind`}
          class="dl-field"
          value={choice.kind}
          disabled={Boolean(knownAs)}
          onChange={(e) => onChange({ ...choice, kind: e.currentTarget.value as EntityKind })}
        >
          {EntityKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {entityKindLabel(i18n, k)}
            </option>
          ))}
        </select>
        {knownAs ? (
          <span class="dl-count">{i18n.t('nameKnownAs')}</span>
        ) : (
          <>
            <label class="dl-visually-hidden" for={`${base}-aliases`}>
              {i18n.t('aliasesField')}
            </label>
            <input
              id={`${base}-aliases`}
              class="dl-field dl-aliases-field"
              value={choice.aliases}
              placeholder={i18n.t('aliasesField')}
              onInput={(e) => onChange({ ...choice, aliases: e.currentTarget.value })}
            />
          </>
        )}
        <span class="dl-count" title={candidate.quote}>
          ×{candidate.count}
        </span>
        <span class="dl-row-actions">
          {!knownAs && (
            <button type="button" class="dl-button" disabled={!valid} onClick={onAdd}>
              {i18n.t('addEntity')}
            </button>
          )}
          <button type="button" class="dl-secondary" onClick={onDiscard}>
            {i18n.t('discard')}
          </button>
        </span>
      </div>
      {/* Its sentence, for screen readers: sighted readers have the text beside the list (and the tooltip). */}
      <p class="dl-visually-hidden">{i18n.quote(candidate.quote)}</p>
    </li>
  );
}
