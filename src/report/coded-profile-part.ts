/**
 * A part of a file read into a coded table, as an import profile gives it to the coded counter:
 * its rows kept by the source's `keep` rules, its columns read through the profile's converters
 * (value mappings, date forms, money, `derive`), the staff ids of the rows kept coded afresh.
 * Used by the fast path of `wres report --profile` on the main thread (src/report/coded-profile.ts)
 * and on the worker thread, which counts the later part of the staff file by a
 * {@link ProfileStaffRecipe} (plain data: the profile, the staff file's plan and the counting rules).
 * It loads no statistics: the worker's chunk stays small.
 *
 * @module
 */
import { ID_FIELD, codedColumns, countStaffPart, type FieldColumn } from '../aggregate/coded-counter.js';
import type { CountingSpec } from '../aggregate/counting-spec.js';
import type { StaffPartCounts } from '../aggregate/record-counter.js';
import type { SourceName } from '../model/counts.js';
import type { ColumnPlan } from '../profile/columns.js';
import { CellProblem, compileDerive, compileField, compileKeep, compileMapping, type CellConverter } from '../profile/compile.js';
import type { DeriveRule, Profile, SourceProfile } from '../profile/schema.js';
import { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodeColumn, CodedTable, TableColumn } from '../read/coded-table.js';
import { Invalid } from '../schemas/convert.js';
import { FIELD_CONVERTERS, type FieldConverter } from '../schemas/field-converters.js';
import { RECORD_FIELDS } from '../schemas/record-fields.js';

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

/** What `keep` did to the parts of a file counted so far: rows read, rows kept, and the rows each rule keeps. */
export interface KeepTally {
  rowsRead: number;
  kept: number;
  /** For each `keep` rule, in the profile's order, the rows it keeps (whether or not the others do). */
  matches: number[];
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

/**
 * The fields of a source with the readers of their columns (the profile's converters, then the
 * record field's), in the coded counter's order; `undefined` when the plan does not fit it.
 */
export function profileColumns(profile: Profile, plan: CodedSourcePlan): FieldColumn[] | undefined {
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
 * A part of a source's file with only the rows `keep` keeps (its columns as read, the kept rows'
 * codes moved to the front), adding the rows each rule keeps to `matches`. A staff file's part
 * has the ids of its kept rows coded afresh, so that the id of kept row `n` is code `n`, as the
 * counter and the linking of staff ids need. `undefined` when a kept staff id is blank or repeated.
 */
export function keptPart(plan: CodedSourcePlan, table: CodedTable, matches: number[]): CodedTable | undefined {
  const kept = keepRows(plan, table, matches);
  if (kept === table.rows) return table;
  const codes = [...table.codes];
  const dictionaries = [...table.dictionaries];
  if (plan.source === 'staff') {
    const k = plan.columns.findIndex((column) => column.exact === true);
    if (k < 0) return undefined;
    if (table.ids !== undefined) {
      // Listed ids: the kept rows' entries, listed afresh (a repeat is found when the lists are joined).
      const ids = table.ids.select(codes[k] as Int32Array, kept);
      if (ids === undefined) return undefined;
      codes[k] = Int32Array.from({ length: kept }, (_, row) => row);
      return { ...table, rows: kept, codes, dictionaries, ids };
    }
    const fresh = freshIds(codes[k] as Int32Array, dictionaries[k] as ByteDictionary, kept);
    if (fresh === undefined) return undefined;
    codes[k] = fresh.ids;
    dictionaries[k] = fresh.dictionary;
  }
  return { ...table, rows: kept, codes, dictionaries };
}

/** A part of a source's file (its rows kept already) with its columns in the order of `columns`, as the counter takes it. */
export function countedColumns(plan: CodedSourcePlan, columns: readonly FieldColumn[], table: CodedTable): CodedTable {
  const position = new Map(plan.columns.map((column, k) => [column.index, k]));
  return {
    ...table,
    codes: columns.map((c) => table.codes[position.get(c.index) as number] as CodeColumn),
    dictionaries: columns.map((c) => table.dictionaries[position.get(c.index) as number] as ByteDictionary),
  };
}

/** How to count a later part of the staff file through an import profile on another thread: plain data, structured-clonable. */
export interface ProfileStaffRecipe {
  profile: Profile;
  /** The staff file's plan. */
  plan: CodedSourcePlan;
  /** The counting rules of the report (`CodedReport.spec`). */
  spec: CountingSpec;
}

/** A later part of the staff file counted through an import profile: see {@link countProfileStaffPart}. */
export interface ProfileStaffPart {
  /** The part with the rows kept, its staff ids coded afresh: its id dictionary is what the staff ids are linked by. */
  table: CodedTable;
  counts: StaffPartCounts;
  keep: KeepTally;
}

/**
 * Counts a later part of the staff file through an import profile (its `keep` rules, then its
 * converters) by the report's counting rules, for `CodedProfileCount.addStaffPart` on the thread
 * that made the recipe; `undefined` when a row has a problem (the exact path then makes the report).
 *
 * @example
 * const part = countProfileStaffPart({ profile, plan: plans.staff, spec: counting.spec }, laterTable);
 * part?.keep; // { rowsRead: 500, kept: 430, matches: [430] }
 */
export function countProfileStaffPart(recipe: ProfileStaffRecipe, table: CodedTable): ProfileStaffPart | undefined {
  const columns = profileColumns(recipe.profile, recipe.plan);
  const matches = (recipe.plan.config.keep ?? []).map(() => 0);
  const kept = columns === undefined ? undefined : keptPart(recipe.plan, table, matches);
  if (columns === undefined || kept === undefined) return undefined;
  const counts = countStaffPart(recipe.spec, columns, countedColumns(recipe.plan, columns, kept));
  return counts === undefined ? undefined : { table: kept, counts, keep: { rowsRead: table.rows, kept: kept.rows, matches } };
}
