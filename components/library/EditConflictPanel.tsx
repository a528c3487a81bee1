import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import type { EditConflictAccess } from '@/lib/library/edit-conflicts';
import type { EditConflict } from '@/lib/store/db';
import { describeValue, differingFields, mergeVersions } from '@/lib/sync/field-versions';

interface Props {
  i18n: I18n;
  access: EditConflictAccess;
  /** After a choice is kept: the library reloads the store. */
  onResolved: () => void;
}

/**
 * "Edited in two places" (issue 24): each record changed here and by a team member at the same time, its
 * versions field by field with who changed each and when, and a choice per field. Nothing is lost until the
 * reader chooses: every version stays in the replica.
 */
export function EditConflictPanel({ i18n, access, onResolved }: Props) {
  const [conflicts, setConflicts] = useState<EditConflict[]>([]);
  const [message, setMessage] = useState('');
  const load = () => void access.list().then(setConflicts, () => setConflicts([]));
  useEffect(load, [access]);
  if (conflicts.length === 0) return message ? <p role="status">{message}</p> : null;
  return (
    <section class="dl-section dl-two-places" aria-labelledby="dl-two-places-title">
      <h2 id="dl-two-places-title">{i18n.t('libTwoPlacesTitle')}</h2>
      <p>{i18n.t('libTwoPlacesIntro', { count: conflicts.length })}</p>
      {conflicts.map((conflict) => (
        <ConflictForm
          key={conflict.docId}
          i18n={i18n}
          conflict={conflict}
          onKeep={async (record) => {
            const name = String(record.name ?? record.title ?? record.label ?? conflict.docId);
            try {
              await access.resolve(conflict.docId, record);
              setMessage(i18n.t('libTwoPlacesSaved', { name }));
              load();
              onResolved();
            } catch (error) {
              setMessage(
                i18n.t('libTwoPlacesFailed', { reason: error instanceof Error ? error.message : String(error) }),
              );
            }
          }}
        />
      ))}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function ConflictForm(props: {
  i18n: I18n;
  conflict: EditConflict;
  onKeep: (record: Record<string, unknown>) => Promise<void>;
}) {
  const { i18n, conflict, onKeep } = props;
  const fields = differingFields(conflict.versions);
  const [picks, setPicks] = useState<Record<string, number>>(() =>
    Object.fromEntries(fields.map(({ field }) => [field, 0])),
  );
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  const title = String(conflict.versions[0]?.record.name ?? conflict.versions[0]?.record.title ?? conflict.docId);
  const slug = conflict.docId.replace(/[^a-z0-9-]/g, '-');
  return (
    <form
      class="dl-two-places-record"
      data-edit-conflict={conflict.docId}
      onSubmit={(event) => {
        event.preventDefault();
        void onKeep(mergeVersions(conflict.versions, picks));
      }}
    >
      <h3>{title}</h3>
      {fields.map(({ field, values }) => (
        <fieldset key={field} data-conflict-field={field}>
          <legend>{field}</legend>
          {values.map((value, index) => {
            const version = conflict.versions[index];
            if (!version) return null;
            const id = `dl-two-${slug}-${field}-${index}`;
            const who = i18n.t('libTwoPlacesVersion', {
              author: version.author || i18n.t('libTwoPlacesUnknownAuthor'),
              time: when(version.changedAt),
            });
            return (
              <div class="dl-check" key={id}>
                <input
                  id={id}
                  type="radio"
                  name={`${slug}-${field}`}
                  checked={picks[field] === index}
                  onChange={() => setPicks((p) => ({ ...p, [field]: index }))}
                />
                <label for={id}>
                  <span class="dl-two-places-who">{who}</span>: {describeValue(value, i18n.t('libTwoPlacesEmpty'))}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" class="dl-primary">
        {i18n.t('libTwoPlacesKeep')}
      </button>
    </form>
  );
}
