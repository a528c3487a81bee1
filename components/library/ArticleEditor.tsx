import { useState } from 'preact/hooks';
import type { I18n, MessageKey } from '@/lib/i18n';
import { formatRoute } from '@/lib/library/route';
import type { FieldIssue } from '@/lib/library/validation';
import { type Article, LanguageSchema } from '@/lib/schema';
import { EditorShell } from './EditorShell';
import { SelectField, TextField } from './form-fields';
import type { SaveRecord } from './library-types';
import { optional } from './list-text';
import { useDraft } from './use-draft';

interface Props {
  article: Article;
  /** Entities it mentions, by name, most mentioned first. */
  mentions: readonly { id: string; name: string; count: number }[];
  i18n: I18n;
  onSave: SaveRecord;
  onDelete: () => void;
}

/**
 * A saved article's details. Its text is shown, not edited: the facts quote it word for word, and its hash is how
 * the same article saved again is recognised.
 */
export function ArticleEditor({ article, mentions, i18n, onSave, onDelete }: Props) {
  const [draft, update, latest] = useDraft<Article>(() => structuredClone(article));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const set = (change: Partial<Article>) => update((d) => ({ ...d, ...change }));
  const langs = LanguageSchema.options.map((l) => ({ value: l, label: i18n.t(`libLang_${l}` as MessageKey) }));
  return (
    <EditorShell
      title={i18n.t('libEditTitle', { name: article.title })}
      listHref={formatRoute({ section: 'articles' })}
      i18n={i18n}
      onSave={() => onSave(latest(), false)}
      issues={issues}
      setIssues={setIssues}
      sharing={{ isPrivate: draft.private === true, onPrivate: (on) => set({ private: on || undefined }) }}
      record={article}
      onDelete={onDelete}
    >
      <div class="dl-grid">
        <TextField
          path="title"
          label={i18n.t('libField_title')}
          value={draft.title}
          onValue={(title) => set({ title })}
          issues={issues}
          required
        />
        <TextField
          path="publisher"
          label={i18n.t('libField_publisher')}
          value={draft.publisher ?? ''}
          onValue={(v) => set({ publisher: optional(v) })}
          issues={issues}
        />
        <TextField
          path="author"
          label={i18n.t('libField_author')}
          value={draft.author ?? ''}
          onValue={(v) => set({ author: optional(v) })}
          issues={issues}
        />
        <TextField
          path="publishedDate"
          label={i18n.t('libField_publishedDate')}
          hint={i18n.t('libDatePlaceholder')}
          value={draft.publishedDate ?? ''}
          onValue={(v) => set({ publishedDate: optional(v.trim()) })}
          issues={issues}
        />
        <TextField
          path="url"
          type="url"
          label={i18n.t('libField_url')}
          value={draft.url ?? ''}
          onValue={(v) => set({ url: optional(v.trim()) })}
          issues={issues}
        />
        <SelectField
          path="language"
          label={i18n.t('libField_language')}
          value={draft.language}
          options={langs}
          onValue={(l) => set({ language: l as Article['language'] })}
          issues={issues}
        />
      </div>
      {mentions.length > 0 && (
        <section class="dl-group" aria-labelledby="dl-article-mentions">
          <h3 id="dl-article-mentions">{i18n.t('libMentionedEntities')}</h3>
          <ul class="dl-chip-list">
            {mentions.map((m) => (
              <li key={m.id}>
                <a href={formatRoute({ section: 'entities', id: m.id })}>{m.name}</a>{' '}
                <span class="dl-muted">×{m.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details class="dl-group">
        <summary>{i18n.t('libArticleText')}</summary>
        <div class="dl-article-text" lang={article.language === 'und' ? undefined : article.language}>
          {article.text}
        </div>
      </details>
    </EditorShell>
  );
}
