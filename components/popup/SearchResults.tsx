import { ExternalLink } from '@/components/common/ExternalLink';
import { entityKindLabel, localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { SearchResults as Results } from '@/lib/schema';

interface Props {
  results: Results;
  i18n: I18n;
  /** When given, each hit opens its record in the library. */
  onOpenLibrary?: (hash: string) => void;
}

/** Search hits grouped by kind of record; says so when there are none. */
export function SearchResults({ results, i18n, onOpenLibrary }: Props) {
  const open = (section: string, id: string) => () => onOpenLibrary?.(`#${section}/${encodeURIComponent(id)}`);
  const total = results.entities.length + results.deals.length + results.facts.length + results.articles.length;
  if (total === 0) {
    return (
      <p class="dl-status-message" role="status">
        {i18n.t('searchNothing')}
      </p>
    );
  }
  return (
    <section class="dl-search-results" aria-label={i18n.t('searchResults')}>
      <p class="dl-visually-hidden" role="status">
        {i18n.t('searchCount', { count: total })}
      </p>
      {results.entities.length > 0 && (
        <>
          <h2>{i18n.t('searchEntities')}</h2>
          <ul class="dl-result-list">
            {results.entities.map((e) => (
              <li key={e.id} data-entity={e.id}>
                {onOpenLibrary ? (
                  <button type="button" class="dl-link-button" onClick={open('entities', e.id)}>
                    {e.name}
                  </button>
                ) : (
                  <strong>{e.name}</strong>
                )}{' '}
                <span class="dl-chip">{entityKindLabel(i18n, e.kind)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {results.deals.length > 0 && (
        <>
          <h2>{i18n.t('searchDeals')}</h2>
          <ul class="dl-result-list">
            {results.deals.map((d) => (
              <li key={d.id} data-deal-result={d.id}>
                {onOpenLibrary ? (
                  <button type="button" class="dl-link-button" onClick={open('deals', d.id)}>
                    {d.title}
                  </button>
                ) : (
                  d.title
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {results.facts.length > 0 && (
        <>
          <h2>{i18n.t('searchFacts')}</h2>
          <ul class="dl-result-list">
            {results.facts.map((f) => (
              <li key={f.id} data-fact={f.id}>
                <span>{localized(i18n, f.label, f.labelFr)}</span>
                <blockquote class="dl-quote">{i18n.quote(f.quote)}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {results.articles.length > 0 && (
        <>
          <h2>{i18n.t('searchArticles')}</h2>
          <ul class="dl-result-list">
            {results.articles.map((a) => (
              <li key={a.id} data-article={a.id}>
                <ExternalLink href={a.url}>{a.title}</ExternalLink>
                {a.publisher ? ` — ${a.publisher}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
