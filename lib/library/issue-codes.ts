import type { z } from 'zod';

/**
 * What is wrong with a field, as the library words it for the reader (issue 21): never Zod's own text ("Too
 * small: expected string to have >=1 characters"). Worded per language in the library dictionary
 * (`libIssue_<code>`), with `params` filled in.
 */
export type FieldProblem =
  | 'required'
  | 'too-short'
  | 'too-few'
  | 'too-long'
  | 'too-many'
  | 'not-a-number'
  | 'not-positive'
  | 'too-low'
  | 'too-high'
  | 'bad-date'
  | 'bad-url'
  | 'bad-slug'
  | 'bad-currency'
  | 'bad-country-code'
  | 'bad-choice'
  | 'invalid';

/** The value at a dotted path of an input (`parties.1`), for telling a missing value from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const lastKey = (path: readonly PropertyKey[]) => String(path.at(-1) ?? '');

/** Which pattern a string failed: a date, a slug, a currency or country code, else a format. */
function formatProblem(issue: z.core.$ZodIssue): FieldProblem {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  const format = 'format' in issue ? String(issue.format) : '';
  if (format === 'url') return 'bad-url';
  if (pattern.includes('\\d{4}') || /date$/iu.test(lastKey(issue.path))) return 'bad-date';
  if (pattern.includes('[a-z0-9]+')) return 'bad-slug';
  if (pattern.includes('[A-Z]{3}')) return 'bad-currency';
  if (pattern.includes('[A-Z]{2}')) return 'bad-country-code';
  return 'invalid';
}

/**
 * The library's word for a schema issue, with its figures: a missing or empty value is `required`, a list too
 * short `too-few` (with `min`), a number that is not one `not-a-number`, a date in the wrong form `bad-date`…
 * `input` is what was validated, to tell "missing" from "wrong".
 */
export function problemOf(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: FieldProblem; params?: Record<string, number> } {
  const value = valueAt(input, issue.path);
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { code: 'required' } : { code: 'too-short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return min <= 1 ? { code: 'required' } : { code: 'too-few', params: { min } };
      }
      if (min === 0 && !issue.inclusive) return { code: 'not-positive' };
      return { code: 'too-low', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too-long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too-many', params: { max } };
      return { code: 'too-high', params: { max } };
    }
    case 'invalid_type':
      if (issue.expected === 'number' && !missing) return { code: 'not-a-number' };
      return missing ? { code: 'required' } : { code: 'invalid' };
    case 'invalid_format':
      return missing ? { code: 'required' } : { code: formatProblem(issue) };
    case 'invalid_value':
    case 'invalid_union':
      if (missing) return { code: 'required' };
      return lastKey(issue.path) === 'unit' ? { code: 'bad-currency' } : { code: 'bad-choice' };
    default:
      return { code: 'invalid' };
  }
}
