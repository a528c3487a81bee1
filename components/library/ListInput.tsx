import { useState } from 'preact/hooks';
import type { FieldIssue } from '@/lib/library/validation';
import { fieldId, issueAt } from './form-fields';
import { linesFromText, listFromText } from './list-text';

interface Props {
  path: string;
  label: string;
  hint?: string;
  value: readonly string[];
  onList: (list: string[]) => void;
  issues: readonly FieldIssue[];
  /** One item per line (a textarea) rather than comma-separated on one line. */
  lines?: boolean;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A list of words edited as text. It keeps what the reader is typing ("au, " with its trailing comma) and only
 * re-reads the list when it changed from outside (an alias row removed above it).
 */
export function ListInput({ path, label, hint, value, onList, issues, lines }: Props) {
  const parse = lines ? linesFromText : listFromText;
  const join = (list: readonly string[]) => list.join(lines ? '\n' : ', ');
  const [raw, setRaw] = useState(join(value));
  const shown = same(parse(raw), value) ? raw : join(value);
  const id = fieldId(path);
  const error = issueAt(issues, path);
  const onInput = (text: string) => {
    setRaw(text);
    onList(parse(text));
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`dl-field${error ? ' dl-field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {lines ? (
        <textarea
          id={id}
          rows={3}
          value={shown}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={shown}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
      {hint && (
        <p class="dl-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="dl-field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
