import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { I18n, MessageKey } from '@/lib/i18n';
import type { ListFilter } from '@/lib/library/browse';
import { conflictingFactIds, type FactConflict, subjectsInConflict } from '@/lib/library/conflicts';
import { planDeletion } from '@/lib/library/delete-plan';
import type { LibraryIndex } from '@/lib/library/library-index';
import type { RecordKind } from '@/lib/library/records';
import { formatRoute, type LibraryRoute, RECORD_SECTIONS, SECTIONS } from '@/lib/library/route';
import type { Settings } from '@/lib/settings/settings-schema';
import { BrowsePanel } from './BrowsePanel';
import { ConflictList } from './ConflictList';
import { DeleteDialog } from './DeleteDialog';
import { EditorPanel } from './EditorPanel';
import type { Filters, Pending, RecordSection, SaveAnyRecord, TransferActions } from './library-types';
import { MergeDialog } from './MergeDialog';
import { recordName } from './record-names';
import { recordOptions } from './record-options';
import { SettingsSection } from './SettingsSection';
import { TransferSection } from './TransferSection';

export interface LibraryViewProps {
  i18n: I18n;
  route: LibraryRoute;
  /** Null while the store loads. */
  index: LibraryIndex | null;
  loadError: string | null;
  conflicts: readonly FactConflict[];
  filters: Filters;
  onFilter: (section: RecordSection, filter: ListFilter) => void;
  notice: string;
  pending: Pending;
  setPending: (pending: Pending) => void;
  busy: boolean;
  onSave: SaveAnyRecord;
  onConfirmDelete: (kind: RecordKind, id: string, name: string) => void;
  onConfirmMerge: (keepId: string, dropId: string) => void;
  transfer: TransferActions;
  settings: Settings | null;
  onSettings: (next: Settings) => Promise<void>;
  /** Changes when the open form was re-rendered from the store (after a save or a merge). */
  focusKey?: number;
}

const isRecordSection = (section: string): section is RecordSection =>
  (RECORD_SECTIONS as readonly string[]).includes(section);

/** The library's page: title, navigation, what the last action did, the current section, and any open dialog. */
export function LibraryView(props: LibraryViewProps) {
  const { i18n, route, index, loadError, conflicts, notice, pending } = props;
  const main = useRef<HTMLElement>(null);
  const options = useMemo(() => (index ? recordOptions(index, i18n) : null), [index, i18n]);
  const conflictedFacts = useMemo(() => conflictingFactIds(conflicts), [conflicts]);
  const conflictedSubjects = useMemo(() => subjectsInConflict(conflicts), [conflicts]);

  // A new section or record is a new page for a screen reader: move focus to its heading, as a page load would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [route.section, route.id, route.create, props.focusKey]);

  let content: ComponentChildren;
  if (loadError) {
    content = (
      <p role="alert" class="dl-error-summary">
        {i18n.t('loadError', { error: loadError })}
      </p>
    );
  } else if (!index || !options) {
    content = <p role="status">{i18n.t('loading')}</p>;
  } else if (isRecordSection(route.section)) {
    const section = route.section;
    content =
      route.id || route.create ? (
        <EditorPanel
          kind={section}
          route={route}
          index={index}
          options={options}
          conflictedFacts={conflictedFacts}
          i18n={i18n}
          onSave={props.onSave}
          setPending={props.setPending}
        />
      ) : (
        <BrowsePanel
          section={section}
          index={index}
          filter={props.filters[section]}
          onFilter={(filter) => props.onFilter(section, filter)}
          conflictedFacts={conflictedFacts}
          conflictedSubjects={conflictedSubjects}
          i18n={i18n}
        />
      );
  } else if (route.section === 'conflicts') {
    content = (
      <section class="dl-section" aria-labelledby="dl-section-title">
        <h2 id="dl-section-title" tabIndex={-1}>
          {i18n.t('libNav_conflicts')}
        </h2>
        <ConflictList conflicts={conflicts} index={index} i18n={i18n} />
      </section>
    );
  } else if (route.section === 'transfer') {
    content = <TransferSection i18n={i18n} {...props.transfer} />;
  } else {
    content = props.settings ? (
      <SettingsSection settings={props.settings} i18n={i18n} onChange={props.onSettings} />
    ) : (
      <p role="status">{i18n.t('loading')}</p>
    );
  }

  return (
    <div class="dl-library">
      <header class="dl-header">
        <h1>{i18n.t('libTitle')}</h1>
        <nav aria-label={i18n.t('libNavLabel')}>
          <ul class="dl-nav">
            {SECTIONS.map((section) => (
              <li key={section}>
                <a
                  href={formatRoute({ section })}
                  aria-current={route.section === section ? 'page' : undefined}
                  data-section={section}
                >
                  {i18n.t(`libNav_${section}` as MessageKey)}
                  {section === 'conflicts' && conflicts.length > 0 && (
                    <span class="dl-badge"> {i18n.number(conflicts.length)}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p class="dl-notice" role="status">
        {notice}
      </p>
      <main ref={main} id="dl-main">
        {content}
      </main>
      {index && pending?.type === 'delete' && (
        <DeletePending {...props} index={index} kind={pending.kind} id={pending.id} />
      )}
      {index && options && pending?.type === 'merge' && index.entities.get(pending.id) && (
        <MergeDialog
          entity={index.entities.get(pending.id) as NonNullable<ReturnType<typeof index.entities.get>>}
          data={index.data}
          entityOptions={options.entities}
          i18n={i18n}
          busy={props.busy}
          onConfirm={props.onConfirmMerge}
          onCancel={() => props.setPending(undefined)}
        />
      )}
    </div>
  );
}

function DeletePending(props: LibraryViewProps & { index: LibraryIndex; kind: RecordKind; id: string }) {
  const { index, kind, id, i18n } = props;
  const plan = useMemo(() => planDeletion(index.data, kind, id, Date.now()), [index, kind, id]);
  const record = plan?.deleted[kind].find((r) => r.id === id);
  if (!plan || !record) return null;
  const name = recordName(i18n, kind, record);
  return (
    <DeleteDialog
      plan={plan}
      name={name}
      i18n={i18n}
      busy={props.busy}
      onConfirm={() => props.onConfirmDelete(kind, id, name)}
      onCancel={() => props.setPending(undefined)}
    />
  );
}
