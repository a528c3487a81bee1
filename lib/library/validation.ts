import type { z } from 'zod';
import { type FieldProblem, problemOf } from './issue-codes';

/**
 * Problems the library itself finds (Zod words the schema's own). The UI words them in the reader's language by
 * code; `message` is the English, for logs and for any caller without a dictionary.
 */
export type IssueCode =
  | 'id-taken'
  | 'id-unknown'
  | 'quote-not-found'
  | 'missing-entities'
  | 'missing-deals'
  | 'missing-articles'
  | 'single-party'
  | 'self-merge'
  | 'unknown-entity'
  | 'wrong-format'
  | 'bad-version'
  | 'newer-version'
  | 'duplicate'
  | 'too-large'
  | FieldProblem;

/** Where the problem is described, and its figures for the reader's language. */
export interface Coded {
  message: string;
  code?: IssueCode;
  params?: Readonly<Record<string, string | number>>;
}

/** One thing wrong with a record: where (a dotted path such as `aliases.0.text`) and what. */
export interface FieldIssue extends Coded {
  path: string;
}

/** Thrown by every library write whose record fails its schema or points at a record that does not exist. */
export class RecordValidationError extends Error {
  constructor(
    readonly record: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(`${record}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'RecordValidationError';
  }
}

/** Zod's issue path as a dotted string: `["aliases", 0, "text"]` → `aliases.0.text`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/**
 * The issues of a failed parse, with their paths, each with the library's code for what is wrong (so the page
 * words it for the reader, never in Zod's words); `message` keeps Zod's English for logs. `input` is what was
 * parsed, to tell a missing value from a wrong one.
 */
export function zodIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const { code, params } = problemOf(issue, input);
    return { path: issuePath(issue.path), message: issue.message, code, ...(params ? { params } : {}) };
  });
}

/**
 * Parses a record with its schema, or throws a {@link RecordValidationError} naming each wrong field.
 * `label` says which record ("entity huawei") so a message read out of context still points at it.
 */
export function validateRecord<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RecordValidationError(label, zodIssues(parsed.error, value));
  return parsed.data;
}
