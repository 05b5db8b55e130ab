/**
 * Problems found while validating, as located issues with the reason they are counted under in
 * lenient mode, and the one place records are handed to their zod schema for messages.
 *
 * @module
 */
import type * as z from 'zod';
import { type InputIssue, type IssueSource, previewValue } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import { Invalid, toText } from './convert.js';

/**
 * The sources in report order; the issues of an input error are sorted by it.
 *
 * @example
 * SOURCE_NAMES; // ['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey']
 */
export const SOURCE_NAMES: readonly SourceName[] = [
  'staff',
  'applications',
  'disciplinaryCases',
  'fitnessToPractiseReferrals',
  'cpd',
  'survey',
];

/**
 * The most problems an input error lists (in its `issues` and its message), shared fairly between
 * the sources that have problems; beyond it, each source's problems are counted by kind in one
 * more issue. Validation keeps at most this many problems per source, however many records are
 * bad, so memory stays bounded.
 *
 * @example
 * MAX_MESSAGE_ISSUES; // 1000
 * try {
 *   validateDataset({ staff: Array.from({ length: 1200 }, (_, i) => ({ id: `s${i}` })) }); // no ethnicity
 * } catch (error) {
 *   error.issues.length;  // 1001: the count by kind, then the first 1000 problems
 *   error.issues[0].message;
 *   // '1200 problems, the first 1000 listed; by kind: 1200 with field "ethnicity" is required but missing'
 *   error.message.split('\n')[0];
 *   // 'The dataset has 1200 problems; the first of each source are listed here, with a count of each kind:'
 * }
 */
export const MAX_MESSAGE_ISSUES = 1000;

/** A problem found, with the reason it is counted under in lenient mode. */
export interface Finding {
  issue: InputIssue;
  reason: string;
}

/** A value's kind in words, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A field of a raw record, if the record is an object. */
export function fieldValue(raw: unknown, field: string | undefined): unknown {
  if (field === undefined) return raw;
  if (typeof raw !== 'object' || raw === null) return undefined;
  return (raw as Record<string, unknown>)[field];
}

/** An issue with only the parts that are known, and a short preview of the value. */
export function makeIssue(
  source: IssueSource,
  index: number | undefined,
  row: number | undefined,
  field: string | undefined,
  value: unknown,
  message: string,
): InputIssue {
  const issue: InputIssue = { source, message };
  if (index !== undefined) issue.index = index;
  if (row !== undefined) issue.row = row;
  if (field !== undefined) issue.field = field;
  const preview = previewValue(value);
  if (preview !== undefined) issue.value = preview;
  return issue;
}

/** The reason a skipped record is counted under. */
export function reasonOf(field: string | undefined, message: string): string {
  return field === undefined ? `record ${message}` : `field "${field}" ${message}`;
}

/** The located problems of one record, from its zod schema. */
export function recordFindings(
  source: SourceName | 'organisation',
  schema: z.ZodType,
  raw: unknown,
  index: number | undefined,
  row: number | undefined,
): { findings: Finding[]; data?: unknown; unreadable?: true } {
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(raw);
  } catch (error) {
    return { findings: [unreadableFinding(source, index, row, error)], unreadable: true };
  }
  if (result.success) return { findings: [], data: result.data };
  const findings = result.error.issues.map((zodIssue) => {
    const key = zodIssue.path[0];
    const field = zodIssue.path.length === 0 ? undefined : zodIssue.path.map(String).join('.');
    const value = field === undefined ? raw : fieldValue(raw, typeof key === 'string' ? key : undefined);
    return { issue: makeIssue(source, index, row, field, value, zodIssue.message), reason: reasonOf(field, zodIssue.message) };
  });
  return { findings };
}

/** The finding for a record that cannot be read: a getter that throws, a proxy, or similar. */
export function unreadableFinding(source: SourceName | 'organisation', index: number | undefined, row: number | undefined, error: unknown): Finding {
  const message = `could not be read (${error instanceof Error ? error.message : String(error)})`;
  return { issue: makeIssue(source, index, row, undefined, undefined, message), reason: 'record could not be read' };
}

/** An id field read from a record that failed validation, when it can be read at all (a getter may throw). */
export function readableId(raw: unknown, key: string): string | undefined {
  try {
    const id = toText(fieldValue(raw, key), true);
    return id instanceof Invalid ? undefined : id;
  } catch {
    return undefined;
  }
}

const SOURCE_ORDER = new Map<string, number>(SOURCE_NAMES.map((s, i) => [s, i]));

/**
 * Issues in source order, then by position within the source (the record index by default; CSV
 * readers pass the row), then the order they were found.
 */
export function sortIssues(
  issues: InputIssue[],
  position: (issue: InputIssue) => number = (issue) => issue.index ?? -1,
): InputIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (SOURCE_ORDER.get(a.issue.source) ?? 99) - (SOURCE_ORDER.get(b.issue.source) ?? 99) ||
        position(a.issue) - position(b.issue) ||
        a.order - b.order,
    )
    .map((x) => x.issue);
}
