import { ExternalLink } from '@/components/common/ExternalLink';
import { DealSummary } from '@/components/deal/DealSummary';
import { FactItem } from '@/components/deal/FactItem';
import { affiliationLabel, entityKindLabel, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { EntityCard as EntityCardData, PageFigureView } from '@/lib/schema';

interface Props {
  card: EntityCardData;
  i18n: I18n;
  /** id of the heading, for the dialog's aria-labelledby. */
  headingId?: string;
  /** The figures the page adds about the entity or its deals (issue 23). */
  newOnPage?: readonly PageFigureView[];
}

/**
 * What the reader's store knows about one entity: who it is, its affiliations, its deals with their figures,
 * its own facts with their quotes and sources, and the saved articles that mention it. Everything from the
 * store is rendered as text (Preact escapes it), never as HTML.
 */
export function EntityCard({ card, i18n, headingId = 'dl-card-title', newOnPage = [] }: Props) {
  const { entity, affiliations, deals, facts, mentionedIn } = card;
  const description = localized(i18n, entity.description, entity.descriptionFr);
  return (
    <div class="dl-card-body" data-entity={entity.id}>
      <header class="dl-card-header">
        <h2 id={headingId} class="dl-card-name">
          {entity.name}
        </h2>
        <span class="dl-chip">{entityKindLabel(i18n, entity.kind)}</span>
      </header>
      {description && <p class="dl-card-description">{description}</p>}
      {affiliations.length > 0 && (
        <ul class="dl-affiliations">
          {affiliations.map(({ relation, target }) => (
            <li key={`${relation.kind}-${target.id}`}>
              {affiliationLabel(i18n, relation)} {target.name}
            </li>
          ))}
        </ul>
      )}
      {newOnPage.length > 0 && (
        <section class="dl-card-section dl-new-on-page" aria-label={i18n.t('newOnThisPageTitle')}>
          <h3 class="dl-section-title">{i18n.t('newOnThisPageTitle')}</h3>
          <ul class="dl-fact-list">
            {newOnPage.map((figure, i) => (
              <li key={`${i}-${figure.text}`} class="dl-fact" data-new-on-page="">
                <span class="dl-chip dl-new-chip">{i18n.t('newOnThisPage')}</span>{' '}
                <strong class="dl-fact-value">{figure.text}</strong>{' '}
                <span class="dl-fact-label">{localized(i18n, figure.label, figure.labelFr)}</span>
                {figure.subject.id !== entity.id && <span class="dl-note"> · {figure.subject.name}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {deals.length > 0 && (
        <section class="dl-card-section" aria-label={i18n.t('dealsOfEntity')}>
          <h3 class="dl-section-title">{i18n.t('dealsOfEntity')}</h3>
          {deals.map((view) => (
            <DealSummary key={view.deal.id} view={view} i18n={i18n} headingLevel={4} openFigures />
          ))}
        </section>
      )}
      {facts.length > 0 && (
        <section class="dl-card-section" aria-label={i18n.t('factsOfEntity')}>
          <h3 class="dl-section-title">{i18n.t('factsOfEntity')}</h3>
          <ul class="dl-fact-list">
            {facts.map((view) => (
              <FactItem key={view.fact.id} view={view} i18n={i18n} />
            ))}
          </ul>
        </section>
      )}
      {deals.length === 0 && facts.length === 0 && <p class="dl-empty">{i18n.t('nothingKnownYet')}</p>}
      {mentionedIn.length > 0 && (
        <section class="dl-card-section dl-mentioned">
          <h3 class="dl-section-title">
            {mentionedIn.length === 1
              ? i18n.t('mentionedInOne')
              : i18n.t('mentionedInMany', { count: mentionedIn.length })}
          </h3>
          <ul class="dl-article-list">
            {mentionedIn.map(({ article }) => (
              <li key={article.id}>
                <ExternalLink href={article.url}>{article.title}</ExternalLink>
                {article.publisher ? ` — ${article.publisher}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
