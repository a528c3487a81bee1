import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { LibraryIndex } from '@/lib/library/library-index';
import { type PartyOption, partyOptions } from '@/lib/library/party-search';
import type { Option } from './form-fields';

/** Choices for the forms' reference fields, by name, with the kind or publisher that tells namesakes apart. */
export interface RecordOptions {
  entities: Option[];
  /** Every entity for the deal form's party pickers, searchable by name and alias. */
  parties: PartyOption[];
  deals: Option[];
  articles: Option[];
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export function recordOptions(index: LibraryIndex, i18n: I18n): RecordOptions {
  const { entities, deals, articles } = index.data;
  return {
    entities: entities
      .map((e) => ({ value: e.id, label: `${e.name} (${entityKindLabel(i18n, e.kind)})` }))
      .sort(byLabel),
    parties: partyOptions(entities, (e) => entityKindLabel(i18n, e.kind)),
    deals: deals.map((d) => ({ value: d.id, label: d.title })).sort(byLabel),
    articles: articles
      .map((a) => ({ value: a.id, label: a.publisher ? `${a.title} — ${a.publisher}` : a.title }))
      .sort(byLabel),
  };
}
