/**
 * CSV-level problems merged with record-level ones: shared by {@link readCsvDataset} and
 * {@link reportFromCsv}, so both name files, rows and columns alike and count rejected rows alike.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { type InputIssue, type ProblemCounts, WresInputError } from '../errors.js';
import type { SourceName } from '../model/report.js';
import type { SourceValidation } from '../schemas/index.js';
import { MAX_MESSAGE_ISSUES, sortIssues } from '../schemas/findings.js';
import type { CsvReject } from './parse.js';

/** The most items a list in a message shows; the rest are counted. */
const LIST_ITEMS = 10;
/** The most characters shown of one item of a list. */
const ITEM_LENGTH = 60;

/**
 * A list for a message: the first ten items, each quoted and cut to 60 characters, then how many
 * more there are, so a file with 100,000 columns still gives a one-line message.
 *
 * @example
 * shortList(['Grade', 'Shoe size']); // '"Grade", "Shoe size"'
 */
export function shortList(items: readonly string[]): string {
  const shown = items.slice(0, LIST_ITEMS).map((item) => `"${item.length > ITEM_LENGTH ? `${item.slice(0, ITEM_LENGTH)}…` : item}"`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-GB')} more` : shown.join(', ');
}

/** A rejected CSV row as an input issue (source, row, column, message). */
export function rejectIssue(reject: CsvReject): InputIssue {
  const issue: InputIssue = { source: reject.source, row: reject.row, message: reject.message };
  if (reject.column !== undefined) issue.field = reject.column;
  return issue;
}

/** CSV rows are located by row number; the position among accepted records would only confuse. */
export function byRow(issue: InputIssue): InputIssue {
  if (issue.row === undefined || issue.index === undefined) return issue;
  const { index: _index, ...rest } = issue;
  return rest;
}

/** Issues in source order (as `SOURCE_NAMES`), then row order, then the order they were found. */
export function sortByRow(issues: InputIssue[]): InputIssue[] {
  return sortIssues(issues, (issue) => issue.row ?? 0);
}

/** The error for CSV files' problems, counting those found beyond the ones it keeps. */
class CsvInputError extends WresInputError {
  constructor(issues: InputIssue[], summary: string, readonly total: number, counted?: ProblemCounts) {
    super(issues, summary, MAX_MESSAGE_ISSUES, counted);
  }
}

/**
 * The one error for problems found in CSV files; the message lists the first
 * `MAX_MESSAGE_ISSUES` (every one kept stays in `issues`). `total` counts problems found but not
 * kept (rows rejected beyond the first of each file); it defaults to the issues given.
 */
export function csvInputError(issues: InputIssue[], total = issues.length, counted?: ProblemCounts): WresInputError {
  const count = Math.max(total, issues.length);
  const head = `The CSV files have ${count.toLocaleString('en-GB')} ${count === 1 ? 'problem' : 'problems'}`;
  const summary = count > issues.length
    ? `${head}; the first ${issues.length.toLocaleString('en-GB')} are kept:`
    : `${head}:`;
  return new CsvInputError(issues, summary, count, counted);
}

/** How many problems an input error stands for: those it keeps, or more when it counted more. */
export function issueCount(error: WresInputError): number {
  if (error instanceof CsvInputError) return error.total;
  return error.counted?.total ?? error.issues.length;
}

/**
 * Whether `path` is a readable file: `null` when it is, otherwise the issue saying why not.
 * Checked before reading so a missing file is one plain sentence, not a stream error.
 */
export async function checkFile(source: SourceName, path: string): Promise<InputIssue | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { source, message: `cannot be read from "${path}": it is not a file` };
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission was denied'
          : (error as Error).message;
    return { source, message: `cannot be read from "${path}": ${why}` };
  }
}

/** The issue for a file whose stream failed part-way. */
export function unreadable(source: SourceName, path: string, error: unknown): InputIssue {
  return { source, message: `cannot be read from "${path}": ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * A source's summary with its CSV-level rejects counted in: rows read = used + skipped, each
 * reject skipped under its reason; reasons by count (largest first), then alphabetically. Other
 * fields of the summary are kept.
 */
export function mergeRejects<T extends SourceValidation>(
  summary: T,
  rejected: { rowsRejected: number; rejectReasons: readonly { reason: string; count: number }[] },
): T {
  if (rejected.rowsRejected === 0) return summary;
  const counts = new Map<string, number>(summary.skippedReasons.map((r) => [r.reason, r.count]));
  for (const { reason, count } of rejected.rejectReasons) {
    counts.set(reason, (counts.get(reason) ?? 0) + count);
  }
  return {
    ...summary,
    present: true,
    rowsRead: summary.rowsRead + rejected.rowsRejected,
    rowsUsed: summary.rowsUsed,
    rowsSkipped: summary.rowsSkipped + rejected.rowsRejected,
    skippedReasons: [...counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
  };
}
