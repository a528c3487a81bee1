import type { I18n } from '@/lib/i18n';
import type { LibraryIndex } from '@/lib/library/library-index';
import { newEntityRecord } from '@/lib/library/new-entity';
import type { RecordKind } from '@/lib/library/records';
import { formatRoute, type LibraryRoute } from '@/lib/library/route';
import { ArticleEditor } from './ArticleEditor';
import { DealEditor } from './DealEditor';
import { EntityEditor } from './EntityEditor';
import { FactEditor } from './FactEditor';
import type { Pending, SaveAnyRecord } from './library-types';
import type { RecordOptions } from './record-options';

interface Props {
  kind: RecordKind;
  route: LibraryRoute;
  index: LibraryIndex;
  options: RecordOptions;
  conflictedFacts: ReadonlySet<string>;
  i18n: I18n;
  onSave: SaveAnyRecord;
  setPending: (pending: Pending) => void;
}

/**
 * The form for the record the route names, or for a new one. Keyed by record and by its stored version, so a
 * form never shows a draft of another record, and shows the stored record again after a save or a merge.
 */
export function EditorPanel({ kind, route, index, options, conflictedFacts, i18n, onSave, setPending }: Props) {
  const id = route.id;
  const save = (input: unknown, isNew: boolean) => onSave(kind, input, isNew);
  const remove = () => id && setPending({ type: 'delete', kind, id });
  const taken = new Set(index.data[kind].map((r) => r.id));
  const notFound = (
    <section class="dl-section" aria-labelledby="dl-editor-title">
      <h2 id="dl-editor-title" tabIndex={-1}>
        {i18n.t('libNotFound', { id: id ?? '' })}
      </h2>
      <p>
        <a href={formatRoute({ section: kind })}>{i18n.t('libBackToList')}</a>
      </p>
    </section>
  );
  const creating = !id && route.create;

  if (kind === 'entities') {
    const entity = id ? index.entities.get(id) : undefined;
    if (!entity && !creating) return notFound;
    return (
      <EntityEditor
        key={`${entity?.id ?? 'new'}:${entity?.editedAt ?? ''}`}
        entity={entity}
        takenIds={taken}
        entityOptions={options.entities}
        i18n={i18n}
        onSave={save}
        onDelete={entity && remove}
        onMerge={entity && (() => setPending({ type: 'merge', id: entity.id }))}
      />
    );
  }
  if (kind === 'deals') {
    const deal = id ? index.deals.get(id) : undefined;
    if (!deal && !creating) return notFound;
    return (
      <DealEditor
        key={`${deal?.id ?? 'new'}:${deal?.editedAt ?? ''}`}
        deal={deal}
        facts={deal ? index.data.facts.filter((f) => f.subject.type === 'deal' && f.subject.id === deal.id) : []}
        conflictedFacts={conflictedFacts}
        takenIds={taken}
        partyOptions={options.parties}
        articleOptions={options.articles}
        onCreateEntity={async (name, entityKind) => {
          const record = newEntityRecord(name, entityKind, new Set(index.data.entities.map((e) => e.id)));
          const issues = await onSave('entities', record, true, { stay: true });
          return issues ? { issues } : { id: record.id };
        }}
        i18n={i18n}
        onSave={save}
        onDelete={deal && remove}
      />
    );
  }
  if (kind === 'facts') {
    const fact = id ? index.data.facts.find((f) => f.id === id) : undefined;
    if (!fact && !creating) return notFound;
    return (
      <FactEditor
        key={`${fact?.id ?? 'new'}:${fact?.editedAt ?? ''}`}
        fact={fact}
        takenIds={taken}
        entityOptions={options.entities}
        dealOptions={options.deals}
        articleOptions={options.articles}
        i18n={i18n}
        onSave={save}
        onDelete={fact && remove}
      />
    );
  }
  const article = id ? index.articles.get(id) : undefined;
  if (!article) return notFound;
  const mentions = index.data.mentions
    .filter((m) => m.articleId === article.id)
    .map((m) => ({ id: m.entityId, name: index.entities.get(m.entityId)?.name ?? m.entityId, count: m.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ArticleEditor
      key={`${article.id}:${article.editedAt ?? ''}`}
      article={article}
      mentions={mentions}
      i18n={i18n}
      onSave={save}
      onDelete={remove}
    />
  );
}
