/**
 * An import profile's report from files read into coded tables (the fast path of
 * `wres report --profile`): each source's columns are found as the profile says
 * (src/profile/columns.ts), and each distinct value of a column goes once through the profile's
 * own converters (src/profile/compile.ts: value mappings, date forms, money, `derive`, `keep`),
 * then through the record's field converter, as `computeReport` reads the applied records. Rows
 * are counted by the coded counter (src/aggregate/coded-counter.ts).
 *
 * It answers only when the profile would have found no problem: a value the profile cannot read,
 * a `keep` rule that keeps nothing, a repeated staff id, a case pointing to no staff row. Then it
 * returns `undefined`, and the caller applies the profile the exact way, which names every problem.
 *
 * @module
 */
import { codedColumns, linkListedIds, type FieldColumn } from '../aggregate/coded-counter.js';
import type { CountingSpec } from '../aggregate/counting-spec.js';
import type { StaffPartCounts } from '../aggregate/record-counter.js';
import { WresInputError } from '../errors.js';
import { isLinkedSource, type SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import type { PublishedReport, WresReport } from '../model/report.js';
import { sourceColumns, type SourceFindings } from '../profile/apply.js';
import { planColumns } from '../profile/columns.js';
import { PROFILE_SOURCES } from '../profile/fields.js';
import { ProblemCollector } from '../profile/problems.js';
import type { Profile, SourceProfile } from '../profile/schema.js';
import type { ByteDictionary } from '../read/byte-dictionary.js';
import { IdList } from '../read/id-list.js';
import type { CodedTable, TableColumn } from '../read/coded-table.js';
import { countedColumns, keptPart, profileColumns, type CodedSourcePlan, type KeepTally } from './coded-profile-part.js';
import { createCodedReport } from './coded-report.js';
import type { ReportOptions } from './options.js';

export type { CodedSourcePlan } from './coded-profile-part.js';

/** Staff first, then the sources pointing to staff, then the others: the order sources are counted in. */
export const COUNT_ORDER: readonly SourceName[] = ['staff', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'applications', 'survey'];

/**
 * Plans a source's columns from its file's header, as the exact path plans them.
 *
 * @param source The source.
 * @param config Its part of the profile.
 * @param header The file's header, as written.
 * @param origin The file's name.
 * @returns The plan, or `undefined` when the header has a problem (a column the profile names is
 *   missing): the exact path names it.
 * @example
 * planCodedSource('cpd', { columns: { staffId: 'Employee No', date: 'Completed' }, derive: { funded: { column: 'Cost', greaterThan: 0 } }, keep: [{ column: 'Status', in: ['Done'] }] },
 *   ['Employee No', 'Completed', 'Cost', 'Mandatory', 'Status'], 'lms.csv')?.columns;
 * // [{ index: 0, exact: true, maxLength: 1000, listed: true }, { index: 1, dates: true }, { index: 2 }, { index: 3 }, { index: 4 }]
 */
export function planCodedSource(source: SourceName, config: SourceProfile, header: string[], origin: string): CodedSourcePlan | undefined {
  const problems = new ProblemCollector();
  const table: RawTable = { origin, header, rowCount: 0, cell: () => null, rowNumber: (row) => row + 2 };
  const plan = planColumns(source, config, table, problems);
  if (problems.size > 0) return undefined;
  // Each column read as the coded counter reads its field (a staff id byte for byte, dates by their
  // digits, a field no metric reads for its length only), once, however many fields and rules use it.
  const columns = new Map<number, TableColumn>();
  const fields = [...plan.read, ...plan.derived].map(({ spec, column }) => ({ index: column, field: spec.name }));
  const read = codedColumns(source, fields);
  // A field read for its length only is not converted: a value mapping of it could not be checked.
  const mapped = new Set(fields.filter((f) => config.values?.[f.field] !== undefined).map((f) => f.index));
  if (read.some((column) => column.lengthOnly !== undefined && mapped.has(column.index))) return undefined;
  for (const column of [...read, ...plan.keep.map((index): TableColumn => ({ index }))]) {
    const earlier = columns.get(column.index);
    if (earlier === undefined) columns.set(column.index, column);
    // A column whose values are not kept cannot feed anything else.
    else if (earlier.lengthOnly !== undefined || column.lengthOnly !== undefined) return undefined;
    else if (column.exact === true) columns.set(column.index, column);
  }
  // A staff id column that nothing else reads (no other field, `derive` or `keep` rule) is listed,
  // not interned: its ids are joined by sorting (src/read/id-list.ts).
  const id = [...columns.values()].find((column) => column.exact === true);
  const uses = [...fields.map((f) => f.index), ...plan.keep].filter((index) => index === id?.index).length;
  if (id !== undefined && uses === 1) id.listed = true;
  return { source, origin, config, plan, columns: [...columns.values()] };
}

/** One source read: its plan and the tables of its plan's columns (the parts its file was read in, in file order). */
export interface CodedProfileSource {
  plan: CodedSourcePlan;
  parts: CodedTable[];
}

/** The report, and what the profile did to each source (as `applyProfile` says it). */
export interface CodedProfileReport {
  report: WresReport | PublishedReport;
  sources: Partial<Record<SourceName, SourceFindings>>;
}

/**
 * The staff plan with its salary column only checked to hold numbers (`TableColumn.numbers`), for
 * when no metric reads salaries: a salary written as a plain number (most exports) is then not
 * interned, and any other ("£32,589.00") is read through the profile as before. The plan as given
 * when the profile maps salaries or the column feeds anything else (a `derive` or `keep` rule).
 */
function salaryOnlyChecked(plan: CodedSourcePlan): CodedSourcePlan {
  const salary = plan.plan.read.find((read) => read.spec.name === 'salary');
  if (salary === undefined || plan.config.values?.['salary'] !== undefined) return plan;
  const uses = [...plan.plan.read, ...plan.plan.derived].filter((read) => read.column === salary.column).length + plan.plan.keep.filter((column) => column === salary.column).length;
  if (uses !== 1) return plan;
  return { ...plan, columns: plan.columns.map((column) => (column.index === salary.column ? { ...column, numbers: true } : column)) };
}

/** An import profile's report counted part by part: see {@link createCodedProfileReport}. */
export interface CodedProfileCount {
  /**
   * Counts one part of a source's file: the staff file's parts first, in file order (with any
   * counted elsewhere added by {@link CodedProfileCount.addStaffPart}), then the sources pointing to
   * staff; applications and the survey (one part each) at any time. `false` when the part has a
   * problem (the report is then to be made by the exact path).
   *
   * @param keptIds For a part of the staff file: called with the ids of its rows kept, as a list
   *   (the id of kept row `n` is entry `n`), before the part is counted (the worker links the staff
   *   ids by them meanwhile). The list stays in use here: give the worker a copy.
   */
  count(source: SourceName, table: CodedTable, keptIds?: (ids: IdList) => void): boolean;
  /** The counting rules, as plain data: what `countProfileStaffPart` needs on another thread. */
  spec: CountingSpec;
  /**
   * The plan to read a source's file by: the one given, except that with pay bands by label the
   * staff file's salary column is only checked to hold numbers (`TableColumn.numbers`; see
   * {@link salaryOnlyChecked}).
   */
  plan(source: SourceName): CodedSourcePlan | undefined;
  /**
   * Adds a later part of the staff file that `countProfileStaffPart` (src/report/coded-profile-part.ts)
   * counted on another thread, after the parts counted here: its counts, what `keep` did to it, and
   * the ids of its rows kept (their dictionary, or their `list` when listed), already checked against theirs.
   */
  addStaffPart(counts: StaffPartCounts, keep: KeepTally, ids: ByteDictionary, list?: IdList): void;
  /** The report and each source's findings, or `undefined` when a `keep` rule or an option has a problem. */
  finish(): CodedProfileReport | undefined;
}

/**
 * Starts an import profile's report over coded tables, counted as each part of a file is read.
 *
 * @param profile The profile.
 * @param plans Each source's plan (staff required).
 * @param options The report options (the profile's under the command line's).
 * @param organisation The organisation (the profile's, with the command line's on top).
 * @returns The report being counted, or `undefined` when the plans or options have a problem.
 * @example
 * const counting = createCodedProfileReport(profile, { staff: plan }, { period });
 * counting?.count('staff', table); // true
 * counting?.finish()?.sources.staff?.records; // 2
 */
export function createCodedProfileReport(
  profile: Profile,
  plans: Partial<Record<SourceName, CodedSourcePlan>>,
  options: ReportOptions,
  organisation?: unknown,
): CodedProfileCount | undefined {
  if (plans.staff === undefined) return undefined;
  const duplicates = (profile.sources.staff as SourceProfile & { duplicates?: string } | undefined)?.duplicates ?? 'error';
  // With no repeated id (else the counter declines) "first" merges nothing; "highest-salary" needs a salary column.
  if (duplicates === 'highest-salary' && !plans.staff.plan.read.some((r) => r.spec.name === 'salary')) return undefined;
  let coded: ReturnType<typeof createCodedReport>;
  try {
    coded = createCodedReport(options, organisation);
  } catch (error) {
    if (error instanceof WresInputError) return undefined;
    throw error;
  }
  const state = new Map<SourceName, { plan: CodedSourcePlan; columns: FieldColumn[]; keep: KeepTally }>();
  for (const source of PROFILE_SOURCES) {
    const given = plans[source];
    // No metric reads salaries unless the pay bands are salary bands.
    const plan = given !== undefined && source === 'staff' && coded.spec.bands.kind !== 'salary' ? salaryOnlyChecked(given) : given;
    if (plan === undefined) continue;
    const columns = profileColumns(profile, plan);
    if (columns === undefined) return undefined;
    state.set(source, { plan, columns, keep: { rowsRead: 0, kept: 0, matches: (plan.config.keep ?? []).map(() => 0) } });
  }
  // The staff parts' ids (the rows kept), in file order; whether they were checked for repeats
  // together (on the worker, or here by checkStaff), and the links the last check found.
  const staffLists: IdList[] = [];
  let staffChecked = false;
  let linkedHere: Int32Array[] = [];
  /** Checks the staff ids for repeats and links `lookups` to them (in `linkedHere`); false when an id repeats. */
  const checkStaff = (lookups: IdList[]): boolean => {
    const ordinals = linkListedIds(staffLists, lookups);
    if (ordinals === undefined) return false;
    linkedHere = ordinals;
    staffChecked = true;
    coded.staffIdsChecked();
    return true;
  };
  return {
    count(source, table, keptIds) {
      const entry = state.get(source);
      if (entry === undefined || table.stopped !== undefined) return false;
      const kept = keptPart(entry.plan, table, entry.keep.matches);
      if (kept === undefined) return false;
      const k = entry.plan.columns.findIndex((column) => column.exact === true);
      const list = kept.ids ?? (k < 0 ? undefined : IdList.fromDictionary(kept.dictionaries[k] as ByteDictionary));
      if (keptIds !== undefined) {
        if (list === undefined) return false;
        keptIds(list);
      }
      if (source === 'staff' && list !== undefined) staffLists.push(list);
      else if (isLinkedSource(source) && kept.links?.staffOrdinals === undefined) {
        // Not linked on the worker (one thread, or a file decoded in memory here): linked here.
        if (list === undefined || !checkStaff([list])) return false;
        kept.links = { staffOrdinals: linkedHere.shift() as Int32Array };
      }
      try {
        if (!coded.count(source, entry.columns, [countedColumns(entry.plan, entry.columns, kept)])) return false;
      } catch (error) {
        if (error instanceof WresInputError) return false;
        throw error;
      }
      entry.keep.rowsRead += table.rows;
      entry.keep.kept += kept.rows;
      return true;
    },
    spec: coded.spec,
    plan: (source) => state.get(source)?.plan,
    addStaffPart(counts, keep, ids, list) {
      const entry = state.get('staff') as { keep: KeepTally };
      coded.addStaffPart(counts, ids);
      // Checked with this thread's parts on the worker.
      staffLists.push(list ?? IdList.fromDictionary(ids));
      staffChecked = true;
      coded.staffIdsChecked();
      entry.keep.rowsRead += keep.rowsRead;
      entry.keep.kept += keep.kept;
      keep.matches.forEach((n, r) => {
        entry.keep.matches[r] = (entry.keep.matches[r] ?? 0) + n;
      });
    },
    finish() {
      // Staff ids never checked together (no file pointed to staff): checked now.
      if (!staffChecked && !checkStaff([])) return undefined;
      // A rule that keeps no row, or rules no row meets together: the exact path explains it.
      for (const { keep } of state.values()) {
        if (keep.matches.length > 0 && keep.rowsRead > 0 && (keep.kept === 0 || keep.matches.includes(0))) return undefined;
      }
      try {
        const leftOut: Partial<Record<SourceName, { rowsLeftOut: number }>> = {};
        for (const [source, { keep }] of state) if (keep.rowsRead > keep.kept) leftOut[source] = { rowsLeftOut: keep.rowsRead - keep.kept };
        const report = coded.finish(leftOut);
        const findings: Partial<Record<SourceName, SourceFindings>> = {};
        for (const [source, { plan, keep }] of state) {
          findings[source] = {
            origin: plan.origin,
            rowsRead: keep.rowsRead,
            rowsLeftOut: keep.rowsRead - keep.kept,
            rowsMerged: 0,
            rowsSkipped: 0,
            skippedReasons: [],
            records: keep.kept,
            ...sourceColumns(plan.plan),
          };
        }
        return { report, sources: findings };
      } catch (error) {
        // A problem found only over the whole data: the exact path finds it and words it.
        if (error instanceof WresInputError) return undefined;
        throw error;
      }
    },
  };
}

/**
 * The report of an import profile over its sources' coded tables, and what the profile did to
 * each source, as the exact path gives them; or `undefined` when any row, rule or option has a
 * problem, which the exact path then names.
 *
 * @param profile The profile.
 * @param sources Each source's plan and the tables its file was read in (staff required).
 * @param options The report options (the profile's under the command line's).
 * @param organisation The organisation (the profile's, with the command line's on top).
 * @returns The report and each source's findings, or `undefined`.
 * @example
 * const plan = planCodedSource('staff', { columns: { id: 'No', ethnicity: 'Ethnic Origin' } }, ['No', 'Ethnic Origin'], 'staff.csv')!;
 * const reader = new CodedTableReader({ delimiter: ',', width: 2, columns: plan.columns });
 * reader.write(new TextEncoder().encode('No,Ethnic Origin\n1,Indian\n2,White British\n'));
 * const result = reportFromCodedProfile(profile, { staff: { plan, parts: [reader.end()] } }, { period });
 * result?.sources.staff?.records; // 2
 */
export function reportFromCodedProfile(
  profile: Profile,
  sources: Partial<Record<SourceName, CodedProfileSource>>,
  options: ReportOptions,
  organisation?: unknown,
): CodedProfileReport | undefined {
  const plans: Partial<Record<SourceName, CodedSourcePlan>> = {};
  for (const [source, entry] of Object.entries(sources) as [SourceName, CodedProfileSource][]) plans[source] = entry.plan;
  const counting = createCodedProfileReport(profile, plans, options, organisation);
  if (counting === undefined) return undefined;
  for (const source of COUNT_ORDER) {
    for (const table of sources[source]?.parts ?? []) if (!counting.count(source, table)) return undefined;
  }
  return counting.finish();
}
