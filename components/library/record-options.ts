import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { LibraryIndex } from '@/lib/library/library-index';
import type { Option } from './form-fields';

/** Choices for the forms' reference fields, by name, with the kind or publisher that tells namesakes apart. */
export interface RecordOptions {
  entities: Option[];
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
    deals: deals.map((d) => ({ value: d.id, label: d.title })).sort(byLabel),
    articles: articles
      .map((a) => ({ value: a.id, label: a.publisher ? `${a.title} — ${a.publisher}` : a.title }))
      .sort(byLabel),
  };
}
