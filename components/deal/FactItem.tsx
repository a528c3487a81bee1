import { ExternalLink } from '@/components/common/ExternalLink';
import type { I18n } from '@/lib/i18n';
import type { FactView } from '@/lib/schema';
import { formatFactValue, localized } from './format-deal';

/**
 * One figure: its value and label, the exact quote, and the publisher and date of its source — and when other
 * articles state the same figure, "2 sources" with their words (issue 20).
 */
export function FactItem({ view, i18n }: { view: FactView; i18n: I18n }) {
  const { fact, source, confirmedBy = [] } = view;
  const value = formatFactValue(i18n, fact);
  const publisher = source?.publisher ?? i18n.t('unknownPublisher');
  const date = source?.publishedDate ? i18n.date(source.publishedDate) : i18n.t('undated');
  return (
    <li
      class={fact.supersededBy ? 'dl-fact dl-fact-superseded' : 'dl-fact'}
      data-fact={fact.id}
      data-superseded={fact.supersededBy ? '' : undefined}
    >
      <div class="dl-fact-head">
        {value !== undefined && <strong class="dl-fact-value">{value}</strong>}{' '}
        <span class="dl-fact-label">{localized(i18n, fact.label, fact.labelFr)}</span>
      </div>
      <blockquote class="dl-quote" lang={source?.language === 'und' ? undefined : source?.language}>
        {i18n.quote(fact.quote)}
      </blockquote>
      <div class="dl-source">
        <ExternalLink href={source?.url}>{publisher}</ExternalLink>, {date}
      </div>
      {confirmedBy.length > 0 && (
        <details class="dl-confirmed" data-sources={confirmedBy.length + 1}>
          <summary>{i18n.t('sourcesCount', { count: confirmedBy.length + 1 })}</summary>
          <ul>
            {confirmedBy.map((c) => (
              <li key={c.source.id}>
                <blockquote class="dl-quote" lang={c.source.language === 'und' ? undefined : c.source.language}>
                  {i18n.quote(c.quote)}
                </blockquote>
                <div class="dl-source">
                  <ExternalLink href={c.source.url}>{c.source.publisher ?? i18n.t('unknownPublisher')}</ExternalLink>,{' '}
                  {c.source.publishedDate ? i18n.date(c.source.publishedDate) : i18n.t('undated')}
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
      {fact.supersededBy && <p class="dl-note dl-superseded-note">{i18n.t('supersededFigure')}</p>}
      {fact.note && <p class="dl-note">{fact.note}</p>}
    </li>
  );
}
