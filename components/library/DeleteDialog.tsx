import type { I18n } from '@/lib/i18n';
import { type DeletionPlan, hasDependents } from '@/lib/library/delete-plan';
import { Dialog } from './Dialog';
import { recordName } from './record-names';

interface Props {
  plan: DeletionPlan;
  /** The name of the record the reader asked to delete. */
  name: string;
  i18n: I18n;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting, and says everything the deletion takes with it or changes. */
export function DeleteDialog({ plan, name, i18n, busy, onConfirm, onCancel }: Props) {
  const { deleted, updated } = plan;
  const others = <T extends { id: string }>(rows: T[]) => rows.filter((r) => !(r.id === plan.id));
  const lines: string[] = [
    ...others(deleted.deals).map((d) => i18n.t('libDeletesDeal', { name: d.title })),
    ...others(deleted.facts).map((f) => i18n.t('libDeletesFact', { name: recordName(i18n, 'facts', f) })),
    ...updated.deals.map((d) =>
      i18n.t(plan.kind === 'articles' ? 'libDropsSource' : 'libDropsParty', { name: d.title }),
    ),
    ...updated.entities.map((e) => i18n.t('libDropsRelation', { name: e.name })),
  ];
  const mentionArticles = new Set(plan.mentions.map((m) => (plan.kind === 'articles' ? m.entityId : m.articleId))).size;
  if (plan.kind === 'entities' && mentionArticles > 0) {
    lines.push(i18n.t('libForgetsMentions', { count: mentionArticles }));
  }
  return (
    <Dialog labelledBy="dl-delete-title" onClose={onCancel}>
      <h2 id="dl-delete-title">{i18n.t('libDeleteTitle', { name })}</h2>
      {hasDependents(plan) || lines.length > 0 ? (
        <>
          <p>{i18n.t('libDeleteDependents')}</p>
          <ul class="dl-dependents">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{i18n.t('libDeleteNoDependents')}</p>
      )}
      {plan.deleted[plan.kind].some((r) => r.origin === 'seed') && <p class="dl-hint">{i18n.t('libDeleteSeedHint')}</p>}
      <div class="dl-actions">
        <button type="button" class="dl-danger" disabled={busy} onClick={onConfirm}>
          {i18n.t('libDeleteConfirm')}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: a destructive dialog opens on its safe choice. */}
        <button type="button" autoFocus onClick={onCancel}>
          {i18n.t('libCancel')}
        </button>
      </div>
    </Dialog>
  );
}
