/**
 * The one way a file reader reports a problem: a {@link WresInputError} whose issue names the
 * file (and the line or row, when there is one) in a sentence a council analyst understands.
 *
 * @module
 */
import { type InputIssue, type IssueSource, WresInputError, previewValue } from '../errors.js';

/** Which file is being read, for messages: its name and the dataset source it feeds. */
export interface FileContext {
  /** The file's name as the person knows it (`staff.csv`), used in every message. */
  name: string;
  /** The source of the dataset the file feeds; `'dataset'` when not known. */
  source: IssueSource;
}

/**
 * A problem at one place in a file, before it is thrown with the others. A problem of the whole
 * file is a sentence that starts with the file's name; a problem of one row or cell is a predicate
 * that reads after its location (`has 7 fields but the header has 6`), as {@link InputIssue}'s are.
 */
export interface FileProblem {
  message: string;
  /** The line (CSV) or sheet row (xlsx) the problem is on, when there is one. */
  row?: number;
  /** The column (its header) the problem is in, when there is one. */
  field?: string;
  /**
   * The file and sheet the row is in, as a person names them (`'staff.xlsx, sheet Staff'`), so the
   * issue reads "staff.xlsx, sheet Staff, row 4" rather than as a CSV row (see {@link InputIssue.origin}).
   */
  origin?: string;
}

/**
 * The error for one or more problems found in one file. The first line of the message says which
 * file could not be read; each problem follows as a sentence.
 */
export function fileError(context: FileContext, problems: FileProblem[], total = problems.length): WresInputError {
  const issues: InputIssue[] = problems.map((problem) => {
    const issue: InputIssue = { source: context.source, message: problem.message };
    if (problem.row !== undefined) issue.row = problem.row;
    if (problem.field !== undefined) issue.field = problem.field;
    if (problem.origin !== undefined) issue.origin = problem.origin;
    return issue;
  });
  const more = total > problems.length ? ` (the first ${problems.length} are listed)` : '';
  const head =
    total === 1 ? `${context.name} cannot be read:` : `${context.name} cannot be read: ${total} problems${more}:`;
  return new WresInputError(issues, head);
}

/** Throws {@link fileError} for a single problem (on `row` of `origin`, when given). */
export function failFile(context: FileContext, message: string, row?: number, origin?: string): never {
  const problem: FileProblem = { message };
  if (row !== undefined) problem.row = row;
  if (origin !== undefined) problem.origin = origin;
  throw fileError(context, [problem]);
}

/**
 * Text from a file made safe to show in a message: control characters (NUL above all, which would
 * cut a terminal line or a log), line separators and bidirectional overrides are shown as
 * `\u0000`-style escapes, and long text is cut.
 *
 * @example
 * visible('Grade\u001b[31m'); // 'Grade\\u001b[31m' (a backslash, then u001b)
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return String(previewValue(safe));
}

/**
 * {@link visible} text in double quotes, for quoting a value back.
 *
 * @example
 * quotable('Grade\u0000'); // '"Grade\\u0000"' (a backslash, then u0000)
 */
export function quotable(text: string): string {
  return `"${visible(text)}"`;
}

/** A byte as Excel users and hex editors write it: `0x81`. */
export function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
