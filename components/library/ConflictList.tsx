import { ExternalLink } from '@/components/common/ExternalLink';
import { formatFactValue, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { FactConflict } from '@/lib/library/conflicts';
import type { LibraryIndex } from '@/lib/library/library-index';
import { formatRoute } from '@/lib/library/route';

interface Props {
  conflicts: readonly FactConflict[];
  index: LibraryIndex;
  i18n: I18n;
}

/** Figures on which saved articles disagree, each value side by side with its exact quote and source. */
export function ConflictList({ conflicts, index, i18n }: Props) {
  if (conflicts.length === 0) {
    return (
      <p class="dl-empty" role="status">
        {i18n.t('libNoConflicts')}
      </p>
    );
  }
  return (
    <>
      <p class="dl-intro">{i18n.t('libConflictsIntro')}</p>
      {conflicts.map((conflict) => {
        const { subject } = conflict;
        const subjectName =
          subject.type === 'deal'
            ? (index.deals.get(subject.id)?.title ?? subject.id)
            : (index.entities.get(subject.id)?.name ?? subject.id);
        const href = formatRoute({ section: subject.type === 'deal' ? 'deals' : 'entities', id: subject.id });
        const headingId = `dl-conflict-${conflict.key.replace(/[^a-z0-9]+/gi, '-')}`;
        return (
          <section key={conflict.key} class="dl-conflict" data-conflict={subject.id} aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span class="dl-flag">{i18n.t('libConflictFlag')}</span> <a href={href}>{subjectName}</a> —{' '}
              {localized(i18n, conflict.label, conflict.labelFr)}
            </h3>
            <ul class="dl-side-by-side">
              {conflict.entries.map(({ fact, article }) => (
                <li key={fact.id} data-fact={fact.id}>
                  <p class="dl-conflict-value">{formatFactValue(i18n, fact) ?? '—'}</p>
                  <blockquote class="dl-quote" lang={article?.language === 'und' ? undefined : article?.language}>
                    {i18n.quote(fact.quote)}
                  </blockquote>
                  <p class="dl-source">
                    <ExternalLink href={article?.url}>
                      {article?.publisher ?? article?.title ?? i18n.t('unknownPublisher')}
                    </ExternalLink>
                    , {article?.publishedDate ? i18n.date(article.publishedDate) : i18n.t('undated')}
                  </p>
                  <p>
                    <a href={formatRoute({ section: 'facts', id: fact.id })}>
                      {i18n.t('libEditFactFrom', { source: article?.publisher ?? article?.title ?? fact.articleId })}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
