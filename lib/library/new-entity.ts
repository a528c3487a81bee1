import type { EntityKind } from '@/lib/schema';
import { newRecordId } from './edit-records';

/**
 * A new entity as the deal form creates it inline (name and kind): its name is its one alias, matched exactly as
 * written when it is a short all-caps acronym ("AWS"), in any case otherwise.
 */
export function newEntityRecord(name: string, kind: EntityKind, taken: ReadonlySet<string>) {
  const text = name.trim();
  return {
    id: newRecordId(text, taken, 'entity'),
    name: text,
    kind,
    description: '',
    aliases: text ? [{ text, lang: 'und', case: /^[\p{Lu}\d]{2,5}$/u.test(text) ? 'sensitive' : 'insensitive' }] : [],
    origin: 'user',
  };
}
