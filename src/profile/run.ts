/**
 * A whole profile over its tables: every source read, then the checks that need a whole source
 * or two sources (a `keep` rule that keeps nothing, staff rows sharing an id, cases pointing to
 * no staff row). Nothing throws here: {@link applyProfile} and {@link checkProfile} decide what
 * the problems mean.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import { cellText, trimmed } from './cells.js';
import { PROFILE_SOURCES } from './fields.js';
import { MAX_EXAMPLES, type ProblemGroup } from './problems.js';
import { readSource, type SourceRead } from './read-source.js';
import type { KeepRule, Profile, SourceProfile } from './schema.js';

/** One source after the whole-profile checks. */
export interface SourceRun extends SourceRead {
  /** Staff rows merged into another row with the same id (`duplicates`). */
  rowsMerged: number;
  /** Rows whose staff id matches no staff record (not among the records). */
  rowsUnlinked: number;
}

/** How many rows of a source were read, left out, merged and skipped, and why: what apply and check both report. */
export interface SourceRowCounts {
  /** The file (and sheet) read. */
  origin: string;
  /** Data rows in the table. */
  rowsRead: number;
  /** Rows left out by `keep` (counted in the report's sources, not as skipped). */
  rowsLeftOut: number;
  /** Staff rows merged into another row with the same id (`duplicates`). */
  rowsMerged: number;
  /** Rows with a bad value or a staff id matching no staff row: skipped in lenient validation, errors otherwise. */
  rowsSkipped: number;
  /** Why, with counts (a row with two bad values counts under both). */
  skippedReasons: { reason: string; count: number }[];
}

/** The row counts of one source's run. */
export function rowCounts(run: SourceRun): SourceRowCounts {
  return {
    origin: run.origin,
    rowsRead: run.rowsRead,
    rowsLeftOut: run.rowsLeftOut,
    rowsMerged: run.rowsMerged,
    rowsSkipped: run.rowsWithProblems + run.rowsUnlinked,
    skippedReasons: run.problems
      .filter((p) => p.rowLevel)
      .map((p) => ({ reason: `${p.field === undefined ? '' : `${p.field} `}${p.message}`, count: p.count })),
  };
}

/** Every source's run, and the problems of the profile as a whole. */
export interface ProfileRun {
  sources: Partial<Record<SourceName, SourceRun>>;
  /** Every problem, source by source. */
  problems: ProblemGroup[];
}

const LINKED: readonly SourceName[] = ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd'];
const MAX_KEEP_VALUES = 20;

/**
 * Runs a profile over tables: each source the profile names (or a table is given for) is read;
 * a source the profile names without a table is a problem. With `observe`, the values of each
 * field are counted (for the data-quality summary; a report does not need them).
 */
export function runProfile(profile: Profile, tables: Partial<Record<SourceName, RawTable>>, origin: string, observe = false): ProfileRun {
  const run: ProfileRun = { sources: {}, problems: [] };
  const configs = profile.sources as Partial<Record<SourceName, SourceProfile>>;
  for (const source of PROFILE_SOURCES) {
    const config = configs[source];
    const table = tables[source];
    if (table === undefined) {
      if (config !== undefined) {
        run.problems.push({
          code: 'source', source, origin, field: `sources.${source}`, count: 1, examples: [], rowLevel: false,
          message: `names a source for which no file was read${config.file === undefined ? ' (give its "file")' : ` (${config.file})`}`,
        });
      }
      continue;
    }
    const read = readSource(source, config ?? {}, table, config?.dates ?? profile.dates ?? 'YYYY-MM-DD', observe);
    const sourceRun: SourceRun = { ...read, rowsMerged: 0, rowsUnlinked: 0 };
    checkKeep(sourceRun, config?.keep ?? [], table);
    if (source === 'staff') mergeDuplicates(sourceRun, config?.duplicates ?? 'error');
    run.sources[source] = sourceRun;
  }
  const staff = run.sources.staff;
  if (staff !== undefined && !staff.problems.some((p) => !p.rowLevel) && LINKED.some((source) => run.sources[source] !== undefined)) {
    const ids = new Set(staff.records.map((r) => r.id as string));
    for (const source of LINKED) {
      const linked = run.sources[source];
      if (linked !== undefined) unlink(linked, ids, staff.leftOutIds);
    }
  }
  for (const source of PROFILE_SOURCES) {
    const sourceRun = run.sources[source];
    if (sourceRun !== undefined) run.problems.push(...sourceRun.problems);
  }
  return run;
}

/** A `keep` rule that keeps no row is an error naming the rule and the values its column holds. */
function checkKeep(run: SourceRun, rules: KeepRule[], table: RawTable): void {
  if (run.rowsRead === 0 || run.problems.some((p) => p.code === 'header')) return;
  rules.forEach((rule, index) => {
    if (run.keepMatches[index] !== 0) return;
    const column = run.plan.keep[index]!;
    const counts = new Map<string, number>();
    for (let row = 0; row < table.rowCount; row++) {
      const text = trimmed(cellText(table.cell(row, column)));
      const count = counts.get(text);
      if (count !== undefined) counts.set(text, count + 1);
      else if (counts.size < MAX_KEEP_VALUES) counts.set(text, 1);
    }
    run.problems.push({
      code: 'keep', source: run.source, origin: run.origin, field: `keep[${index}]`, count: 1, examples: [], rowLevel: false,
      message: `${describeRule(rule)} keeps no row`,
      values: [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      hint: `the column ${JSON.stringify(table.header[column])} holds the values listed; correct the rule`,
    });
  });
  if (rules.length > 1 && run.rowsLeftOut === run.rowsRead && run.keepMatches.every((m) => m > 0)) {
    run.problems.push({
      code: 'keep', source: run.source, origin: run.origin, field: 'keep', count: 1, examples: [], rowLevel: false,
      message: 'keeps no row: each rule keeps some rows, but no row meets them all',
      hint: 'check that the rules describe the same rows',
    });
  }
}

/** A keep rule in words: `{ "column": "Stage", "in": ["Formal"] }`. */
function describeRule(rule: KeepRule): string {
  return JSON.stringify(Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)));
}

/**
 * Staff rows sharing an id: an error (the default), or merged into one row, the first or the one
 * with the highest salary (exports with one row per assignment).
 */
function mergeDuplicates(run: SourceRun, mode: 'error' | 'first' | 'highest-salary'): void {
  if (run.problems.some((p) => !p.rowLevel)) return;
  if (mode === 'highest-salary' && !run.plan.read.some((r) => r.spec.name === 'salary')) {
    run.problems.push({
      code: 'header', source: 'staff', origin: run.origin, field: 'salary', count: 1, examples: [], rowLevel: false,
      message: 'has no column, and "duplicates": "highest-salary" needs it: map it in sources.staff.columns.salary',
    });
    return;
  }
  const duplicate: ProblemGroup = {
    code: 'duplicate', source: 'staff', origin: run.origin, field: 'id', count: 0, examples: [], rowLevel: false,
    message: 'repeats the id of an earlier row',
    hint: 'for an export with one row per assignment, set sources.staff.duplicates to "first" or "highest-salary", or keep only the primary assignment with a "keep" rule',
  };
  const records = run.records;
  if (mode === 'error') {
    // Only the ids seen are needed: a Set, one lookup per row. Employee numbers are mostly digits:
    // those (without a leading zero, up to 15 digits) are kept as numbers, which hash faster.
    const seenText = new Set<string>();
    const seenNumber = new Set<number>();
    for (let index = 0; index < records.length; index++) {
      const id = records[index]!.id as string;
      const number = digitsValue(id);
      let repeated: boolean;
      if (number < 0) {
        repeated = seenText.has(id);
        if (!repeated) seenText.add(id);
      } else {
        repeated = seenNumber.has(number);
        if (!repeated) seenNumber.add(number);
      }
      if (!repeated) continue;
      run.rowsMerged++;
      duplicate.count++;
      if (duplicate.examples.length < MAX_EXAMPLES) duplicate.examples.push({ row: run.recordRows[index]!, value: id });
    }
    if (duplicate.count > 0) run.problems.push(duplicate);
    return;
  }
  const first = new Map<string, number>();
  const keepIndex: number[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    const id = record.id as string;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, keepIndex.length);
      keepIndex.push(index);
      continue;
    }
    run.rowsMerged++;
    if (mode === 'highest-salary') {
      const kept = records[keepIndex[earlier]!]!;
      if (((record.salary as number | undefined) ?? -1) > ((kept.salary as number | undefined) ?? -1)) keepIndex[earlier] = index;
    }
  }
  if (run.rowsMerged === 0) return;
  run.records = keepIndex.map((i) => run.records[i]!);
  run.recordRows = keepIndex.map((i) => run.recordRows[i]!);
}

/** The value of an id written as 1 to 15 digits without a leading zero, else -1. */
function digitsValue(id: string): number {
  const length = id.length;
  if (length === 0 || length > 15 || (id.charCodeAt(0) === 48 && length > 1)) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** Cases and CPD whose staff id matches no staff record are problems of their rows. */
function unlink(run: SourceRun, ids: Set<string>, leftOut: Set<string> | undefined): void {
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const groups = new Map<boolean, ProblemGroup>();
  run.records.forEach((record, index) => {
    const id = record.staffId as string;
    if (ids.has(id)) {
      records.push(record);
      rows.push(run.recordRows[index]!);
      return;
    }
    const wasLeftOut = leftOut?.has(id) === true;
    let group = groups.get(wasLeftOut);
    if (group === undefined) {
      group = {
        code: 'reference', source: run.source, origin: run.origin, field: 'staffId', count: 0, examples: [], rowLevel: true,
        message: wasLeftOut ? 'matches only staff rows that sources.staff.keep left out' : 'matches no staff row',
        hint: wasLeftOut
          ? `give sources.${run.source} a "keep" rule that leaves out the same people, or keep them in staff`
          : 'check that both files use the same staff numbers (leading zeros, prefixes)',
      };
      groups.set(wasLeftOut, group);
      run.problems.push(group);
    }
    group.count++;
    if (group.examples.length < MAX_EXAMPLES) group.examples.push({ row: run.recordRows[index]!, value: id });
    run.rowsUnlinked++;
  });
  run.records = records;
  run.recordRows = rows;
}
