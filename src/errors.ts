/**
 * The one error type for bad input, and the sentences it is made of.
 *
 * Every problem found in a caller's data or options becomes an {@link InputIssue}; a function that
 * rejects input throws one {@link WresInputError} carrying all of them, so a council analyst sees
 * every bad record at once rather than fixing them one run at a time.
 *
 * @module
 */

/** Where an issue was found: a source of the dataset, the dataset as a whole, the options, or an import profile. */
export type IssueSource =
  | 'staff'
  | 'applications'
  | 'disciplinaryCases'
  | 'fitnessToPractiseReferrals'
  | 'cpd'
  | 'survey'
  | 'organisation'
  | 'dataset'
  | 'options'
  | 'collation'
  | 'profile';

/** One problem in the input, located as precisely as is known. */
export interface InputIssue {
  /** The source (dataset key) the problem is in, or `'dataset'` / `'options'`. */
  source: IssueSource;
  /** Position of the record in its array, counted from 0. */
  index?: number;
  /** CSV row number of the record (header is row 1), when the record came from a CSV file. */
  row?: number;
  /**
   * The file (and sheet) the problem is in, as a person names it (`'staff.xlsx, sheet Staff'`,
   * `'profile.yaml'`), when the input came from a file read through an import profile.
   */
  origin?: string;
  /** Field (property or option name) the problem is in; dotted for nested options. */
  field?: string;
  /** A short preview of the offending value (long strings are cut). */
  value?: unknown;
  /**
   * The problem as a predicate that reads after the field and value, e.g.
   * `'is not a real calendar date'`; {@link formatIssue} builds the sentence.
   */
  message: string;
}

const PREVIEW_LENGTH = 40;

/**
 * A short, safe stand-in for a value, to store in {@link InputIssue.value}: strings longer
 * than 40 characters are cut (with their length noted); objects and arrays are summarised.
 *
 * @param value Any value.
 * @returns The value itself when it is short and primitive, otherwise a short description.
 * @example
 * previewValue('x'.repeat(2000)); // 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (2000 characters)'
 * previewValue(Number.NaN);       // NaN
 */
export function previewValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > PREVIEW_LENGTH
      ? `${value.slice(0, PREVIEW_LENGTH)}… (${value.length} characters)`
      : value;
  }
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `a ${typeof value}` : value;
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value;
  }
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  return 'an object';
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  }
  if (value === null) return 'null';
  return String(value);
}

/**
 * Where an issue is, in words: `staff record 12 (CSV row 14)`, `staff CSV row 14`,
 * `cpd record 3`, or just the source (`options`, `dataset`). An issue with an `origin` is placed
 * in its file: `staff.xlsx, sheet Staff, row 14`, `profile.yaml`.
 *
 * Records are numbered from 0, as in the array passed in; CSV rows as a spreadsheet numbers them.
 *
 * @param issue The issue to locate.
 * @returns The location phrase.
 * @example
 * issueLocation({ source: 'staff', index: 12, row: 14, message: '' }); // 'staff record 12 (CSV row 14)'
 * issueLocation({ source: 'staff', origin: 'staff.xlsx, sheet Staff', row: 14, message: '' }); // 'staff.xlsx, sheet Staff, row 14'
 */
export function issueLocation(issue: InputIssue): string {
  const { source, index, row, origin } = issue;
  if (origin !== undefined) return row !== undefined ? `${origin}, row ${row}` : origin;
  if (index !== undefined && row !== undefined) return `${source} record ${index} (CSV row ${row})`;
  if (row !== undefined) return `${source} CSV row ${row}`;
  if (index !== undefined) return `${source} record ${index}`;
  return source;
}

/**
 * One issue as a plain sentence:
 * `<location>, field "<field>": <value> <message>.` — parts that are not known are left out
 * (`<location>, field "<field>" <message>.` without a value, `<location>: <message>.` without a
 * field).
 *
 * @param issue The issue.
 * @returns A sentence ending with a full stop.
 * @example
 * formatIssue({ source: 'staff', index: 12, row: 14, field: 'startDate', value: '2024-02-30',
 *   message: 'is not a real calendar date' });
 * // 'staff record 12 (CSV row 14), field "startDate": "2024-02-30" is not a real calendar date.'
 * formatIssue({ source: 'staff', index: 3, field: 'id', message: 'is required but missing' });
 * // 'staff record 3, field "id" is required but missing.'
 */
export function formatIssue(issue: InputIssue): string {
  const location = issueLocation(issue);
  const message = issue.message.replace(/\.\s*$/, '');
  const hasValue = 'value' in issue && issue.value !== undefined;
  let sentence: string;
  if (issue.field !== undefined) {
    sentence = hasValue
      ? `${location}, field "${issue.field}": ${describeValue(issue.value)} ${message}`
      : `${location}, field "${issue.field}" ${message}`;
  } else {
    sentence = hasValue
      ? `${location}: ${describeValue(issue.value)} ${message}`
      : `${location}: ${message}`;
  }
  return `${sentence}.`;
}

/** Edit distance (insertions, deletions, substitutions) between two words, ignoring case. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The known name nearest to a misspelt one (fewest edits, ignoring case; the first listed wins a tie).
 *
 * @param word The name given.
 * @param known The valid names (at least one).
 * @returns The nearest valid name.
 * @example
 * nearestName('services', ['service']);                   // 'service'
 * nearestName('levl', ['proportion', 'ratio', 'level']);  // 'level'
 */
export function nearestName(word: string, known: readonly string[]): string {
  let best = known[0] ?? '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(word, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The message for a key an object does not know: it names the nearest valid key and lists them all.
 *
 * @param key The unknown key.
 * @param known The valid keys.
 * @param what What the keys are, e.g. `'option'`, `'setting of scope'`, `'staff field'`.
 * @returns A predicate phrase for an {@link InputIssue} whose `field` is the key's path.
 * @example
 * unknownKeyMessage('services', ['service'], 'setting of scope');
 * // 'is not a known setting of scope: did you mean "service"? (known: service)'
 */
export function unknownKeyMessage(key: string, known: readonly string[], what: string): string {
  return `is not a known ${what}: did you mean "${nearestName(key, known)}"? (known: ${known.join(', ')})`;
}

/** How many problems of one kind (source, field, message) were found, listed or not. */
export interface ProblemCount {
  source: IssueSource;
  field?: string;
  message: string;
  count: number;
}

/**
 * Every problem found, counted, when an error lists only the first of them (validation keeps the
 * first problems of each source in bounded memory): the total, and the count of each kind.
 */
export interface ProblemCounts {
  total: number;
  byKind: ProblemCount[];
}

/**
 * Thrown when input (a dataset or options) is invalid. `issues` lists every problem found;
 * `message` has one sentence per issue, one per line, after a one-line summary.
 *
 * @example
 * try { validateDataset({ staff: [{ id: '' }] }); }
 * catch (error) { if (error instanceof WresInputError) console.log(error.issues.length); } // 1
 */
export class WresInputError extends Error {
  /** Every problem found, in source and record order; or the first ones, when `counted` is set. */
  readonly issues: InputIssue[];
  /** When `issues` holds only the first problems: every problem counted, in all and by kind. */
  readonly counted: ProblemCounts | undefined;

  /**
   * @param issues The problems (at least one).
   * @param summary Optional first line; defaults to "The input has N problem(s):".
   * @param maxLines Most issues written into the message (all stay in `issues`); default all.
   * @param counted Every problem counted, when `issues` holds only the first ones.
   */
  constructor(issues: InputIssue[], summary?: string, maxLines = Number.POSITIVE_INFINITY, counted?: ProblemCounts) {
    const head =
      summary ?? `The input has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:`;
    const shown = issues.length > maxLines ? issues.slice(0, maxLines) : issues;
    super([head, ...shown.map(formatIssue)].join('\n'));
    this.name = 'WresInputError';
    this.issues = issues;
    this.counted = counted;
  }
}
