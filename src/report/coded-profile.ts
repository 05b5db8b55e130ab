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
import { codedColumns, type FieldColumn } from '../aggregate/coded-counter.js';
import { WresInputError } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import type { PublishedReport, WresReport } from '../model/report.js';
import { sourceColumns, type SourceFindings } from '../profile/apply.js';
import { planColumns, type ColumnPlan } from '../profile/columns.js';
import { CellProblem, compileDerive, compileField, compileKeep, compileMapping, type CellConverter } from '../profile/compile.js';
import { PROFILE_SOURCES } from '../profile/fields.js';
import { ProblemCollector } from '../profile/problems.js';
import type { DeriveRule, Profile, SourceProfile } from '../profile/schema.js';
import { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodeColumn, CodedTable, TableColumn } from '../read/coded-table.js';
import { Invalid, MAX_TEXT_LENGTH } from '../schemas/convert.js';
import { FIELD_CONVERTERS, type FieldConverter } from '../schemas/field-converters.js';
import { RECORD_FIELDS } from '../schemas/record-fields.js';
import { createCodedReport } from './coded-report.js';
import type { ReportOptions } from './options.js';

/** The field holding the staff id, for the sources whose rows name a staff member. */
const ID_FIELD: Partial<Record<SourceName, string>> = { staff: 'id', disciplinaryCases: 'staffId', fitnessToPractiseReferrals: 'staffId', cpd: 'staffId' };

/** Staff first, then the sources pointing to staff, then the others: the order sources are counted in. */
export const COUNT_ORDER: readonly SourceName[] = ['staff', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'applications', 'survey'];

/** Where one source's fields are in its file, and the columns to read for them. */
export interface CodedSourcePlan {
  source: SourceName;
  /** The file, as messages and notes name it. */
  origin: string;
  /** The source's part of the profile. */
  config: SourceProfile;
  plan: ColumnPlan;
  /** The columns to read into the coded table: each position once; a staff id compared byte for byte. */
  columns: TableColumn[];
}

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
 * // [{ index: 0, exact: true, maxLength: 1000 }, { index: 1, dates: true }, { index: 2 }, { index: 3 }, { index: 4 }]
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

/** A value the profile cannot read: the row is left to the exact path, which says why. */
const PROFILE_PROBLEM = new Invalid('has a value the import profile cannot read');

/** The profile's converter of a column, then the record field's: what `computeReport` reads of an applied record. */
function throughProfile(cell: CellConverter, field: FieldConverter): FieldConverter {
  return (text) => {
    const value = cell(text as string);
    return value instanceof CellProblem ? PROFILE_PROBLEM : field(value);
  };
}

/**
 * Leaves out the rows `keep` does not keep, moving the kept rows' codes to the front of each
 * column; adds the rows each rule keeps to `matches`. Returns the rows kept.
 */
function keepRows(plan: CodedSourcePlan, table: CodedTable, matches: number[]): number {
  const rules = plan.config.keep ?? [];
  const rows = table.rows;
  if (rules.length === 0) return rows;
  const position = new Map(plan.columns.map((column, k) => [column.index, k]));
  const ruleCodes = plan.plan.keep.map((index) => table.codes[position.get(index) as number] as CodeColumn);
  // Each rule's verdict on each distinct value of its column, and on a blank id (code -1).
  const verdicts = rules.map((rule, r) => {
    const test = compileKeep(rule);
    const dictionary = table.dictionaries[position.get(plan.plan.keep[r] as number) as number] as ByteDictionary;
    const verdict = new Uint8Array(dictionary.size + 1);
    verdict[0] = test('') ? 1 : 0;
    for (let code = 0; code < dictionary.size; code++) verdict[code + 1] = test(dictionary.text(code)) ? 1 : 0;
    return verdict;
  });
  const columns = table.codes;
  let kept = 0;
  for (let row = 0; row < rows; row++) {
    let keep = true;
    for (let r = 0; r < rules.length; r++) {
      if ((verdicts[r] as Uint8Array)[((ruleCodes[r] as CodeColumn)[row] as number) + 1] === 1) matches[r] = (matches[r] as number) + 1;
      else keep = false;
    }
    if (!keep) continue;
    if (kept !== row) for (const column of columns) column[kept] = column[row] as number;
    kept += 1;
  }
  return kept;
}

/**
 * The staff ids of the rows kept, coded afresh (the counter needs the id of row `n` to be code
 * `n`); `undefined` when an id is blank or repeated (the exact path says which).
 */
function freshIds(ids: Int32Array, dictionary: ByteDictionary, rows: number): { ids: Int32Array; dictionary: ByteDictionary } | undefined {
  const old = dictionary.toData();
  const fresh = new ByteDictionary();
  const codes = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const code = ids[row] as number;
    if (code < 0) return undefined;
    const start = old.spans[2 * code] as number;
    if (fresh.internHashed(old.arena, start, start + (old.spans[2 * code + 1] as number), old.hashes[code] as number) !== row) return undefined;
    codes[row] = row;
  }
  return { ids: codes, dictionary: fresh };
}

/** The fields of a source with the readers of their columns, in the coded counter's order; `undefined` when the plan does not fit it. */
function fieldColumns(profile: Profile, plan: CodedSourcePlan): FieldColumn[] | undefined {
  const { source, config } = plan;
  const dates = config.dates ?? profile.dates ?? 'YYYY-MM-DD';
  const converters = FIELD_CONVERTERS[source] as Record<string, FieldConverter>;
  const idField = ID_FIELD[source];
  const columns: FieldColumn[] = [
    ...plan.plan.read.map(({ spec, column }): FieldColumn => (spec.name === idField
      ? { index: column, field: spec.name }
      : { index: column, field: spec.name, read: throughProfile(compileField(spec, compileMapping(spec, config.values?.[spec.name]), dates), converters[spec.name] as FieldConverter) })),
    ...plan.plan.derived.map(({ spec, column }): FieldColumn => ({
      index: column, field: spec.name, read: throughProfile(compileDerive(config.derive?.[spec.name] as DeriveRule), converters[spec.name] as FieldConverter),
    })),
  ];
  // The counter takes the fields' columns in the order of the record's fields (see codedColumns).
  const ordered = RECORD_FIELDS[source].flatMap((field) => columns.filter((c) => c.field === field));
  const expected = codedColumns(source, ordered).map((c) => c.index);
  if (ordered.length !== columns.length || expected.some((index, k) => index !== ordered[k]?.index)) return undefined;
  return ordered;
}

/**
 * A part of a source's file as the counter takes it: its rows kept by `keep`, its columns in the
 * order of `columns`; `undefined` when a kept staff id is blank or repeated.
 */
function countedPart(plan: CodedSourcePlan, columns: readonly FieldColumn[], table: CodedTable, matches: number[]): CodedTable | undefined {
  const kept = keepRows(plan, table, matches);
  const position = new Map(plan.columns.map((column, k) => [column.index, k]));
  const codes = columns.map((c) => table.codes[position.get(c.index) as number] as CodeColumn);
  const dictionaries = columns.map((c) => table.dictionaries[position.get(c.index) as number] as ByteDictionary);
  if (plan.source === 'staff' && kept < table.rows) {
    const k = columns.findIndex((c) => c.field === 'id');
    if (k < 0) return undefined;
    const fresh = freshIds(codes[k] as Int32Array, dictionaries[k] as ByteDictionary, kept);
    if (fresh === undefined) return undefined;
    codes[k] = fresh.ids;
    dictionaries[k] = fresh.dictionary;
  }
  return { rows: kept, codes, dictionaries, stopped: undefined };
}

/** An import profile's report counted part by part: see {@link createCodedProfileReport}. */
export interface CodedProfileCount {
  /**
   * Counts one part of a source's file: the staff file's parts first, in file order, then the
   * sources pointing to staff, then applications and the survey (one part each). `false` when the
   * part has a problem (the report is then to be made by the exact path).
   */
  count(source: SourceName, table: CodedTable): boolean;
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
  const state = new Map<SourceName, { plan: CodedSourcePlan; columns: FieldColumn[]; matches: number[]; rowsRead: number; kept: number }>();
  for (const source of PROFILE_SOURCES) {
    const plan = plans[source];
    if (plan === undefined) continue;
    const columns = fieldColumns(profile, plan);
    if (columns === undefined) return undefined;
    state.set(source, { plan, columns, matches: (plan.config.keep ?? []).map(() => 0), rowsRead: 0, kept: 0 });
  }
  return {
    count(source, table) {
      const entry = state.get(source);
      if (entry === undefined || table.stopped !== undefined) return false;
      const part = countedPart(entry.plan, entry.columns, table, entry.matches);
      if (part === undefined) return false;
      try {
        if (!coded.count(source, entry.columns, [part])) return false;
      } catch (error) {
        if (error instanceof WresInputError) return false;
        throw error;
      }
      entry.rowsRead += table.rows;
      entry.kept += part.rows;
      return true;
    },
    finish() {
      // A rule that keeps no row, or rules no row meets together: the exact path explains it.
      for (const entry of state.values()) {
        if (entry.matches.length > 0 && entry.rowsRead > 0 && (entry.kept === 0 || entry.matches.includes(0))) return undefined;
      }
      try {
        const leftOut: Partial<Record<SourceName, { rowsLeftOut: number }>> = {};
        for (const [source, entry] of state) if (entry.rowsRead > entry.kept) leftOut[source] = { rowsLeftOut: entry.rowsRead - entry.kept };
        const report = coded.finish(leftOut);
        const findings: Partial<Record<SourceName, SourceFindings>> = {};
        for (const [source, entry] of state) {
          findings[source] = {
            origin: entry.plan.origin,
            rowsRead: entry.rowsRead,
            rowsLeftOut: entry.rowsRead - entry.kept,
            rowsMerged: 0,
            rowsSkipped: 0,
            skippedReasons: [],
            records: entry.kept,
            ...sourceColumns(entry.plan.plan),
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
