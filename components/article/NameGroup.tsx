import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { CandidateEntity, EntityKind } from '@/lib/schema';
import { CandidateEntityItem, type NameChoice, splitAliases } from './CandidateEntityItem';
import { ReviewGroup } from './ReviewGroup';
import { ReviewMark } from './ReviewMark';

/** One name added as the reader edited it, as the background's batch message takes it. */
export interface NameFiling {
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

interface Props {
  candidates: readonly CandidateEntity[];
  /** Proposed names that joined the store since the save: name → entity id. */
  knownNames: Record<string, string>;
  /** The store's names the article mentions (shown on one line, marked "in store"). */
  mentioned: readonly string[];
  i18n: I18n;
  onAdd: (items: NameFiling[]) => void;
  onDiscard: (names: string[]) => void;
}

const initialChoice = (c: CandidateEntity): NameChoice => ({
  name: c.name,
  kind: c.kindGuess,
  aliases: (c.aliases ?? []).join(', '),
});

/**
 * The names group of the review page (issue 21): each proposed name on a compact row, name, kind and aliases
 * edited in place; "accept all" adds every new one as edited, "discard all" sets all aside; then, on one line,
 * the store's names the article mentions.
 */
export function NameGroup({ candidates, knownNames, mentioned, i18n, onAdd, onDiscard }: Props) {
  const [choices, setChoices] = useState<Record<string, NameChoice>>({});
  const choiceOf = (c: CandidateEntity) => choices[c.name] ?? initialChoice(c);
  const filing = (c: CandidateEntity): NameFiling => {
    const choice = choiceOf(c);
    return { key: c.name, name: choice.name.trim(), kind: choice.kind, aliases: splitAliases(choice.aliases) };
  };
  const addable = candidates.filter((c) => !knownNames[c.name] && filing(c).name.length >= 2);
  return (
    <ReviewGroup
      id="dl-group-names"
      title={i18n.t('reviewNames')}
      count={candidates.length}
      i18n={i18n}
      onAcceptAll={addable.length > 0 ? () => onAdd(addable.map(filing)) : undefined}
      onDiscardAll={() => onDiscard(candidates.map((c) => c.name))}
    >
      <ul class="dl-rows">
        {candidates.map((c) => (
          <CandidateEntityItem
            key={c.name}
            candidate={c}
            choice={choiceOf(c)}
            knownAs={knownNames[c.name]}
            i18n={i18n}
            onChange={(next) => setChoices((all) => ({ ...all, [c.name]: next }))}
            onAdd={() => onAdd([filing(c)])}
            onDiscard={() => onDiscard([c.name])}
          />
        ))}
      </ul>
      {mentioned.length > 0 && (
        <p class="dl-row-known">
          <ReviewMark status="in-store" i18n={i18n} /> {i18n.t('alsoInStore', { names: mentioned.join(', ') })}
        </p>
      )}
    </ReviewGroup>
  );
}
