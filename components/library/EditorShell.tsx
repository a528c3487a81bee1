import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { FieldIssue } from '@/lib/library/validation';
import { ErrorSummary } from './ErrorSummary';
import { CheckField } from './form-fields';
import { originLabel } from './record-names';

interface Props {
  title: string;
  /** Where "Back" and "Cancel" lead: the list's hash. */
  listHref: string;
  i18n: I18n;
  /** Saves the draft; resolves with the issues when the store refused it, with nothing when it was saved. */
  onSave: () => Promise<readonly FieldIssue[] | undefined>;
  issues: readonly FieldIssue[];
  setIssues: (issues: readonly FieldIssue[]) => void;
  /** The stored record, whose origin and id are shown under the title; none for a new record. */
  record?: { id: string; origin: string; editedAt?: number };
  /** More buttons after Save and Cancel (Merge…). */
  actions?: ComponentChildren;
  /** Asks to delete the record (the dialog is the page's); no Delete button without it. */
  onDelete?: () => void;
  /** The record's private/shared switch for the team library (issue 24): a private record never leaves here. */
  sharing?: { isPrivate: boolean; onPrivate: (isPrivate: boolean) => void };
  children: ComponentChildren;
}

/**
 * The frame of every record form: title, the record's origin and id, everything wrong after a refused save, the
 * fields, and Save, Cancel, any other action, Delete.
 * The browser's own validation is off (`noValidate`): the record's schema decides, and names each wrong field.
 */
export function EditorShell(props: Props) {
  const { title, listHref, i18n, onSave, issues, setIssues, record, actions, onDelete, sharing, children } = props;
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      setIssues((await onSave()) ?? []);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="dl-editor" onSubmit={submit} noValidate aria-labelledby="dl-editor-title">
      <p class="dl-back">
        <a href={listHref}>{i18n.t('libBackToList')}</a>
      </p>
      <h2 id="dl-editor-title" tabIndex={-1}>
        {title}
      </h2>
      {record && (
        <p class="dl-editor-meta">
          {originLabel(i18n, record)} · {i18n.t('libIdLabel', { id: record.id })}
        </p>
      )}
      <ErrorSummary issues={issues} i18n={i18n} />
      {children}
      {sharing && (
        <CheckField
          id="dl-field-private"
          label={i18n.t('libPrivateRecord')}
          checked={sharing.isPrivate}
          onChecked={sharing.onPrivate}
        />
      )}
      <div class="dl-actions">
        <button type="submit" class="dl-primary" disabled={busy}>
          {i18n.t('libSave')}
        </button>
        <a class="dl-button" href={listHref}>
          {i18n.t('libCancel')}
        </a>
        {actions}
        {onDelete && (
          <button type="button" class="dl-danger" onClick={onDelete}>
            {i18n.t('libDeleteButton')}
          </button>
        )}
      </div>
    </form>
  );
}
