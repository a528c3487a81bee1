import { localized } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import type { RecordKind } from '@/lib/library/records';
import type { Article, Deal, Entity, Fact } from '@/lib/schema';

type AnyRecord = Entity | Deal | Fact | Article;

/** What a record is called in lists and messages: an entity's name, a deal's or article's title, a fact's label. */
export function recordName(i18n: I18n, kind: RecordKind, record: AnyRecord): string {
  switch (kind) {
    case 'entities':
      return (record as Entity).name;
    case 'deals':
      return (record as Deal).title;
    case 'articles':
      return (record as Article).title;
    default: {
      const fact = record as Fact;
      return localized(i18n, fact.label, fact.labelFr);
    }
  }
}

/** "Seed", "Seed, edited" or "Yours": where a record came from, for the lists' origin column. */
export function originLabel(i18n: I18n, record: { origin: string; editedAt?: number }): string {
  if (record.origin === 'user') return i18n.t('libOriginUser');
  return record.editedAt ? i18n.t('libOriginSeedEdited') : i18n.t('libOriginSeed');
}
