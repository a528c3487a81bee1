/** "au, en, del" → ["au", "en", "del"]: short word lists edited as one line. */
export function listFromText(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

export const textFromList = (list: readonly string[] | undefined) => (list ?? []).join(', ');

/** One item per line, for longer phrases that may themselves hold commas. */
export function linesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "" → undefined, so an emptied optional field is dropped instead of failing `min(1)`. */
export const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** A number field's text as a number, or undefined when blank (the schema then names a wrong value). */
export function numberFromText(text: string): number | undefined | string {
  if (text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : text;
}
