import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { I18n, MessageKey } from '@/lib/i18n';
import { conflictingFactIds, subjectsInConflict } from '@/lib/library/conflicts';
import { planDeletion } from '@/lib/library/delete-plan';
import type { LibraryIndex } from '@/lib/library/library-index';
import type { RecordKind } from '@/lib/library/records';
import { formatRoute, isRecordSection, SECTIONS } from '@/lib/library/route';
import { BrowsePanel } from './BrowsePanel';
import { ConflictList } from './ConflictList';
import { DeleteDialog } from './DeleteDialog';
import { EditorPanel } from './EditorPanel';
import { MergeDialog } from './MergeDialog';
import { recordName } from './record-names';
import { recordOptions } from './record-options';
import { SettingsSection } from './SettingsSection';
import { TransferSection } from './TransferSection';
import type { LibraryActions } from './use-library-actions';
import type { LibraryDataState } from './use-library-data';

export interface LibraryViewProps {
  i18n: I18n;
  /** What to show: the loaded store, the route, the filters, the settings. */
  data: LibraryDataState;
  /** What the reader can do, with the notice and the open dialog. */
  actions: LibraryActions;
}

/** The library's page: title, navigation, what the last action did, the current section, and any open dialog. */
export function LibraryView(props: LibraryViewProps) {
  const { i18n, data, actions } = props;
  const { route, index, loadError, conflicts } = data;
  const { notice, pending } = actions;
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
  }, [route.section, route.id, route.create, actions.focusKey]);

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
          onSave={actions.save}
          setPending={actions.setPending}
        />
      ) : (
        <BrowsePanel
          section={section}
          index={index}
          filter={data.filters[section]}
          onFilter={(filter) => data.setFilter(section, filter)}
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
    content = <TransferSection i18n={i18n} {...actions.transfer} />;
  } else {
    content = data.settings ? (
      <SettingsSection settings={data.settings} i18n={i18n} onChange={actions.saveSettings} />
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
        <DeletePending i18n={i18n} actions={actions} index={index} kind={pending.kind} id={pending.id} />
      )}
      {index && options && pending?.type === 'merge' && index.entities.get(pending.id) && (
        <MergeDialog
          entity={index.entities.get(pending.id) as NonNullable<ReturnType<typeof index.entities.get>>}
          data={index.data}
          entityOptions={options.entities}
          i18n={i18n}
          busy={actions.busy}
          onConfirm={actions.confirmMerge}
          onCancel={() => actions.setPending(undefined)}
        />
      )}
    </div>
  );
}

interface DeletePendingProps {
  i18n: I18n;
  actions: LibraryActions;
  index: LibraryIndex;
  kind: RecordKind;
  id: string;
}

function DeletePending({ i18n, actions, index, kind, id }: DeletePendingProps) {
  const plan = useMemo(() => planDeletion(index.data, kind, id, Date.now()), [index, kind, id]);
  const record = plan?.deleted[kind].find((r) => r.id === id);
  if (!plan || !record) return null;
  const name = recordName(i18n, kind, record);
  return (
    <DeleteDialog
      plan={plan}
      name={name}
      i18n={i18n}
      busy={actions.busy}
      onConfirm={() => actions.confirmDelete(kind, id, name)}
      onCancel={() => actions.setPending(undefined)}
    />
  );
}
