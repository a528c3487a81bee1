import type { ComponentChildren } from 'preact';
import type { FieldIssue } from '@/lib/library/validation';

/** The element id of the field that edits a record path (`aliases.0.text` → `dl-field-aliases-0-text`). */
export const fieldId = (path: string) => `dl-field-${path.replaceAll('.', '-')}`;

/** The first issue about exactly this path. */
export const issueAt = (issues: readonly FieldIssue[], path: string) => issues.find((i) => i.path === path)?.message;

interface FieldBase {
  path: string;
  label: string;
  issues: readonly FieldIssue[];
  hint?: string;
}

/** Label, control, hint and the field's own error, wired with ids so screen readers read them together. */
function FieldFrame({ path, label, issues, hint, children }: FieldBase & { children: ComponentChildren }) {
  const id = fieldId(path);
  const error = issueAt(issues, path);
  return (
    <div class={`dl-field${error ? ' dl-field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
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

function describedBy(path: string, issues: readonly FieldIssue[], hint?: string): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', issueAt(issues, path) ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextProps extends FieldBase {
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'number' | 'url';
  placeholder?: string;
  readOnly?: boolean;
}

/** A text (or number, URL) field; `multiline` makes it a textarea. */
export function TextField(props: TextProps) {
  const { path, issues, hint, value, onValue, multiline, required, type = 'text', placeholder, readOnly } = props;
  const common = {
    id: fieldId(path),
    value,
    required,
    placeholder,
    readOnly,
    'aria-invalid': issueAt(issues, path) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(path, issues, hint),
  };
  return (
    <FieldFrame {...props}>
      {multiline ? (
        <textarea {...common} rows={3} onInput={(e) => onValue(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={type}
          step={type === 'number' ? 'any' : undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends FieldBase {
  value: string;
  options: readonly Option[];
  onValue: (value: string) => void;
}

export function SelectField(props: SelectProps) {
  const { path, issues, hint, value, options, onValue } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={fieldId(path)}
        value={value}
        aria-invalid={issueAt(issues, path) ? 'true' : undefined}
        aria-describedby={describedBy(path, issues, hint)}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckProps {
  id: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  role?: 'switch';
}

/** A checkbox with its label after it (or a switch, for settings that turn something on). */
export function CheckField({ id, label, checked, onChecked, role }: CheckProps) {
  return (
    <div class="dl-check">
      <input
        id={id}
        type="checkbox"
        role={role}
        checked={checked}
        onChange={(e) => onChecked(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
