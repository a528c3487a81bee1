import type { I18n } from '@/lib/i18n';

interface Props {
  query: string;
  i18n: I18n;
  onQuery: (query: string) => void;
}

/** A search field over the whole store: entities, deals, facts and saved articles. */
export function SearchBox({ query, i18n, onQuery }: Props) {
  return (
    <div class="dl-search">
      <label for="dl-search-input" class="dl-visually-hidden">
        {i18n.t('searchLabel')}
      </label>
      <input
        id="dl-search-input"
        type="search"
        value={query}
        placeholder={i18n.t('searchPlaceholder')}
        autocomplete="off"
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
    </div>
  );
}
