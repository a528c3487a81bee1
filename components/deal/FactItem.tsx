import { ExternalLink } from '@/components/common/ExternalLink';
import type { I18n } from '@/lib/i18n';
import type { FactView } from '@/lib/schema';
import { formatFactValue, localized } from './format-deal';

/** One figure: its value and label, the exact quote, and the publisher and date of its source. */
export function FactItem({ view, i18n }: { view: FactView; i18n: I18n }) {
  const { fact, source } = view;
  const value = formatFactValue(i18n, fact);
  const publisher = source?.publisher ?? i18n.t('unknownPublisher');
  const date = source?.publishedDate ? i18n.date(source.publishedDate) : i18n.t('undated');
  return (
    <li class="dl-fact" data-fact={fact.id}>
      <div class="dl-fact-head">
        {value !== undefined && <strong class="dl-fact-value">{value}</strong>}{' '}
        <span class="dl-fact-label">{localized(i18n, fact.label, fact.labelFr)}</span>
      </div>
      <blockquote class="dl-quote" lang={source?.language === 'und' ? undefined : source?.language}>
        « {fact.quote} »
      </blockquote>
      <div class="dl-source">
        <ExternalLink href={source?.url}>{publisher}</ExternalLink>, {date}
      </div>
      {fact.note && <p class="dl-note">{fact.note}</p>}
    </li>
  );
}
