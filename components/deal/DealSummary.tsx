import type { I18n } from '@/lib/i18n';
import type { DealView } from '@/lib/schema';
import { FactItem } from './FactItem';
import { dealKindLabel, formatAmount, formatDuration, localized } from './format-deal';

interface Props {
  view: DealView;
  i18n: I18n;
  /** Names of the page's entities that lead to this deal, when shown for a page. */
  via?: string[];
  headingLevel?: 3 | 4;
  /** Show the figures unfolded (the hover card), rather than behind a disclosure (the popup). */
  openFigures?: boolean;
}

/** A deal: parties, kind, date, duration, status, summary and its figures with their quotes and sources. */
export function DealSummary({ view, i18n, via, headingLevel = 3, openFigures = false }: Props) {
  const { deal, parties, facts } = view;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article class="dl-deal" data-deal={deal.id} aria-label={deal.title}>
      <Heading class="dl-deal-title">{deal.title}</Heading>
      {deal.headline && (
        <p class="dl-deal-headline" data-deal-headline="">
          <strong>{formatAmount(i18n, deal.headline)}</strong>
        </p>
      )}
      <p class="dl-deal-meta">
        <span class="dl-chip">{dealKindLabel(i18n, deal.kind)}</span>
        {deal.announcedDate && <span>{i18n.t('announced', { date: i18n.date(deal.announcedDate) })}</span>}
        {deal.duration && <span>{i18n.t('duration', { duration: formatDuration(i18n, deal.duration) })}</span>}
      </p>
      <p class="dl-parties">{i18n.t('partiesList', { names: parties.map((p) => p.name).join(' · ') })}</p>
      {deal.status && (
        <p class="dl-status">{i18n.t('status', { status: localized(i18n, deal.status, deal.statusFr) })}</p>
      )}
      <p class="dl-summary">{localized(i18n, deal.summary, deal.summaryFr)}</p>
      {via && via.length > 0 && <p class="dl-via">{i18n.t('viaEntities', { names: via.join(', ') })}</p>}
      {facts.length > 0 && (
        <details class="dl-figures" open={openFigures}>
          <summary>
            {i18n.t('keyFigures')} ({facts.length})
          </summary>
          <ul class="dl-fact-list">
            {facts.map((fact) => (
              <FactItem key={fact.fact.id} view={fact} i18n={i18n} />
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
