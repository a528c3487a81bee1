// French typography for the interface's strings (issue 25: "Parties :" broke across lines and read as English
// spacing). The catalogs are written with ordinary spaces, readable in review; this puts the no-break spaces French
// typography wants where a line must not break: a no-break space (U+00A0) before the colon and inside « »,
// a narrow no-break space (U+202F) before ; ? ! (the Imprimerie nationale's rules, which Intl's fr-FR also follows
// for "25 %"). A space missing altogether is added.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The string with French spacing around : ; ? ! « ». Leaves "https://", times ("10:30") and `{x}` alone. */
export function frenchTypography(text: string): string {
  return (
    text
      // Before a colon: one no-break space, when the colon follows a word or a quote and ends a phrase.
      .replace(/(\S)[ \u00a0\u202f]?:(?=\s|$)/gu, (_whole, before: string) => `${before}${NBSP}:`)
      .replace(/(\S)[ \u00a0\u202f]?([;?!])(?=\s|$|[)”»?!])/gu, (_whole, before: string, mark: string) =>
        before === '?' || before === '!' ? `${before}${mark}` : `${before}${NNBSP}${mark}`,
      )
      .replace(/«[ \u00a0\u202f]?/gu, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]?»/gu, `${NBSP}»`)
  );
}
