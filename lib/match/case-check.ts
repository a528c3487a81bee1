import { letterKind } from './char-class';
import { type AliasEntry, CaseRule } from './compile';
import { foldKeepingCase } from './normalize';

/**
 * Whether the page's text `original[from, to)` — already known to fold to the entry's alias — is written in a
 * letter case the alias accepts. Checked on the original, since folding has lower-cased it.
 */
export function passesCase(entry: AliasEntry, original: string, from: number, to: number): boolean {
  if (entry.caseRule === CaseRule.Insensitive) return true;
  if (entry.caseRule === CaseRule.Sensitive) return foldKeepingCase(original.slice(from, to)) === entry.casedText;
  // Capitalized: the first letter must not be lower-case ("Chili", "CHILI" yes; "chili" no). A caseless script
  // has no capitals to ask for, so its letters pass.
  for (let i = from; i < to; ) {
    const codePoint = original.codePointAt(i) ?? 0;
    const kind = letterKind(codePoint);
    if (kind !== 1) return kind === 3;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return true;
}
