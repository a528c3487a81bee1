import type { I18n, MessageKey } from '@/lib/i18n';
import type { Coded } from '@/lib/library/validation';

/** A problem in the reader's language: by its code when the library found it, as Zod worded it otherwise. */
export function issueText(i18n: I18n, issue: Coded): string {
  if (!issue.code) return issue.message;
  return i18n.t(`libIssue_${issue.code.replaceAll('-', '_')}` as MessageKey, issue.params ?? {});
}

/** The same issues, each worded for the reader. */
export function localizeIssues<T extends Coded>(i18n: I18n, issues: readonly T[]): T[] {
  return issues.map((issue) => ({ ...issue, message: issueText(i18n, issue) }));
}
