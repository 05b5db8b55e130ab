/**
 * Problems that scale: however many rows are bad, each kind of problem in each field of each
 * file is one group with a count, its first examples (row numbers and values) and one hint.
 * Memory is bounded by the number of groups, not rows (SPEC sections 10a and 12).
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { previewValue } from '../errors.js';
import type { SourceName } from '../model/counts.js';

/** Examples kept per group. */
export const MAX_EXAMPLES = 5;
/** Distinct values listed per group of unmapped values (the rest are counted). */
export const MAX_LISTED_VALUES = 200;

/**
 * What kind of problem a group is: a column the file lacks (`header`), a value no mapping lists
 * (`unmapped`), a date not in the expected form (`date`), another unreadable value (`invalid`), a
 * required value left blank (`required`), two fields of one row that disagree (`record`), a
 * `keep` rule that keeps nothing (`keep`), rows sharing a staff id (`duplicate`), an id that
 * matches no staff row (`reference`), or a source the profile or the tables lack (`source`).
 */
export type ProblemCode = 'header' | 'unmapped' | 'date' | 'invalid' | 'required' | 'record' | 'keep' | 'duplicate' | 'reference' | 'source';

/** One kind of problem in one field of one file, however many rows have it. */
export interface ProblemGroup {
  /** The kind of problem. */
  code: ProblemCode;
  /** The source. */
  source: SourceName;
  /** The file (and sheet), as a person names it. */
  origin: string;
  /** The record field (or the profile key) the problem is in. */
  field?: string;
  /** What is wrong, as a predicate ("is not a date in the form YYYY-MM-DD"). */
  message: string;
  /** Rows with the problem. */
  count: number;
  /** The first rows with it (row numbers as a spreadsheet shows them) and their values. */
  examples: { row: number; value?: unknown }[];
  /** What to do. */
  hint?: string;
  /** For values that no mapping lists: each distinct value with its count, most frequent first. */
  values?: { value: string; count: number }[];
  /** Distinct values beyond those listed in `values`. */
  moreValues?: number;
  /** A problem of single rows, which lenient validation may skip (others reject the whole input). */
  rowLevel: boolean;
}

/** Collects problem groups by key, keeping the first examples and counting the rest. */
export class ProblemCollector {
  private readonly groups = new Map<string, ProblemGroup>();
  private readonly valueCounts = new Map<string, Map<string, number>>();

  /**
   * Counts one row with the problem `key` (or, without a row, the problem once); `init` describes
   * the group the first time.
   */
  add(key: string, init: () => Omit<ProblemGroup, 'count' | 'examples'>, row?: number, value?: unknown): ProblemGroup {
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { ...init(), count: 0, examples: [] };
      this.groups.set(key, group);
    }
    group.count++;
    if (row !== undefined && group.examples.length < MAX_EXAMPLES) {
      group.examples.push(value === undefined ? { row } : { row, value: previewValue(value) });
    }
    return group;
  }

  /** As {@link add}, and counts the distinct `value` (up to {@link MAX_LISTED_VALUES} values). */
  addValue(key: string, init: () => Omit<ProblemGroup, 'count' | 'examples'>, row: number, value: string): void {
    this.add(key, init, row, value);
    let counts = this.valueCounts.get(key);
    if (counts === undefined) this.valueCounts.set(key, (counts = new Map()));
    const count = counts.get(value);
    if (count !== undefined) counts.set(value, count + 1);
    else if (counts.size < MAX_LISTED_VALUES) counts.set(value, 1);
    else counts.set('\u0000more', (counts.get('\u0000more') ?? 0) + 1);
  }

  /** Whether any problem was added. */
  get size(): number {
    return this.groups.size;
  }

  /** The groups, in the order first seen, with their value lists. */
  finish(): ProblemGroup[] {
    return [...this.groups.entries()].map(([key, group]) => {
      const counts = this.valueCounts.get(key);
      if (counts === undefined) return group;
      const more = counts.get('\u0000more');
      counts.delete('\u0000more');
      const values = [...counts.entries()]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      return more === undefined ? { ...group, values } : { ...group, values, moreValues: more };
    });
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * One problem group as one located issue: the first example's row and value, the count, the
 * other example rows, every listed value with its count, and the hint.
 *
 * @example
 * groupIssue({ source: 'staff', origin: 'staff.csv', field: 'startDate', message: 'is not a date in the form YYYY-MM-DD',
 *   count: 480, examples: [{ row: 2, value: '16/06/2023' }, { row: 3, value: '01/07/2023' }], rowLevel: true,
 *   hint: '16/06/2023 looks like DD/MM/YYYY: set "dates": "DD/MM/YYYY"' }).message;
 * // 'is not a date in the form YYYY-MM-DD (480 rows, the first at rows 2, 3); 16/06/2023 looks like DD/MM/YYYY: set "dates": "DD/MM/YYYY"'
 */
export function groupIssue(group: ProblemGroup): InputIssue {
  const issue: InputIssue = { source: group.source, origin: group.origin, message: '' };
  if (group.field !== undefined) issue.field = group.field;
  let message = group.message;
  if (group.values !== undefined) {
    const listed = group.values.map((v) => `${JSON.stringify(v.value)} (${plural(v.count, 'row')})`).join(', ');
    message += `: ${listed}${group.moreValues === undefined ? '' : `, and ${plural(group.moreValues, 'more row')} with other values`}`;
  } else {
    const first = group.examples[0];
    if (first !== undefined) {
      issue.row = first.row;
      if (first.value !== undefined) issue.value = first.value;
    }
    if (group.count > 1) {
      const rows = group.examples.map((e) => e.row).join(', ');
      message += ` (${plural(group.count, 'row')}, the first at rows ${rows})`;
    }
  }
  if (group.hint !== undefined) message += `; ${group.hint}`;
  issue.message = message;
  return issue;
}
