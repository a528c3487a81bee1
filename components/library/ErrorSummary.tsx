import type { I18n, MessageKey } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import type { FieldIssue } from '@/lib/library/validation';

/** A record path in words: `aliases.0.text` → "Aliases 1 › Text". Unknown keys are shown as they are. */
export function pathLabel(i18n: I18n, path: string): string {
  if (!path) return i18n.t('libRecord');
  return path
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return String(Number(part) + 1);
      const key = `libField_${part}`;
      return key in en ? i18n.t(key as MessageKey) : part;
    })
    .join(' › ')
    .replace(/ › (\d+)/g, ' $1');
}

interface Props {
  issues: readonly FieldIssue[];
  i18n: I18n;
}

/** Everything wrong with a record, announced at once when a save is refused. */
export function ErrorSummary({ issues, i18n }: Props) {
  if (issues.length === 0) return null;
  return (
    <div class="dl-error-summary" role="alert">
      <p>{i18n.t('libNotSaved')}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <strong>{pathLabel(i18n, issue.path)}</strong>
            {i18n.colon}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
