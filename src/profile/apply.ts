/**
 * Applying an import profile: tables as file readers give them in, the dataset's records and the
 * report's options out, ready for `computeReport`. Browser-safe: reading the files is the
 * caller's part (the CLI, or a page with files the user picked).
 *
 * @module
 */
import { WresInputError } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import type { ValidDataset, ValidOrganisation } from '../schemas/normalized.js';
import { readAmount } from './amounts.js';
import type { ColumnPlan } from './columns.js';
import { PROFILE_SOURCES } from './fields.js';
import { groupIssue } from './problems.js';
import { rowCounts, runProfile, type SourceRowCounts, type SourceRun } from './run.js';
import type { Profile, ProfileOptions } from './schema.js';

/** Options of {@link applyProfile}. */
export interface ApplyProfileOptions {
  /**
   * `'strict'` (default: the profile's `options.validation`, else strict) rejects the input on
   * any problem; `'lenient'` skips rows with a bad value and counts them (problems of a whole
   * column or source, and values no mapping lists, are errors either way).
   */
  validation?: 'strict' | 'lenient';
  /** What messages call the profile, e.g. its file name. Default `'profile'`. */
  origin?: string;
}

/**
 * The report options a profile gives: its `options`, with `period` as `{ start, end }` (when the
 * profile has one) and salary thresholds as numbers. The same names and values as the options of
 * `computeReport`, to which they are given.
 */
export interface ProfileReportOptions {
  /** The profile's `period`. */
  period?: { start: string; end: string };
  /** Direction of the relative likelihoods. */
  standard?: 'sc-wres' | 'nhs-wres';
  /** Pay band labels, lowest first. */
  payBands?: string[];
  /** Salary thresholds, ascending ("£30,000" read as 30000). */
  salaryBands?: number[];
  /** Population of metrics 3, 4, 5 and 8. */
  population?: 'at-risk' | 'snapshot';
  /** The service to report on. */
  scope?: { service?: string };
  /** How ethnicity values are classified and named. */
  ethnicity?: { whiteMinorities?: 'white' | 'minority'; terminology?: string; mapping?: Record<string, string> };
  /** Broad-group comparisons. */
  breakdown?: 'none' | 'broad-groups';
  /** Interval methods and level. */
  intervals?: {
    proportion?: 'wilson' | 'clopper-pearson' | 'jeffreys' | 'agresti-coull';
    ratio?: 'koopman' | 'miettinen-nurminen' | 'katz-log' | 'adjusted-log';
    difference?: 'newcombe' | 'miettinen-nurminen';
    level?: number;
  };
  /** Disclosure control: a preset name, a policy, or false. */
  disclosure?:
    | 'sc-wres-publication'
    | 'ons-10-5'
    | 'nhs-digital'
    | 'none'
    | false
    | { name?: string; threshold?: number; suppressZeros?: boolean; complements?: boolean; secondary?: boolean; rounding?: number | null };
  /** Strict or lenient validation. */
  validation?: 'strict' | 'lenient';
}

/** What applying a profile did to one source: its row counts, and where each field came from. */
export interface SourceFindings extends SourceRowCounts {
  /** Records given to the report. */
  records: number;
  /** Each field and the header it was read from (`derived from "Grade"` for a derived field). */
  columns: Record<string, string>;
  /** Headers nothing reads, listed once. */
  ignoredColumns: string[];
}

/** The result of {@link applyProfile}. */
export interface AppliedProfile {
  /** The dataset's records, in the pinned shapes, ready for `computeReport`. */
  dataset: ValidDataset;
  /** The report options: the profile's `options`, with its `period`. */
  options: ProfileReportOptions;
  /** What happened to each source read. */
  sources: Partial<Record<SourceName, SourceFindings>>;
}

/**
 * Applies an import profile to the tables read from a council's exports: finds each field's
 * column, keeps the rows `keep` describes, reads dates in the profile's form and amounts such as
 * "£32,589.00", maps raw values through `values`, computes `derive` fields, merges staff
 * `duplicates`, and checks that cases and CPD point to staff. The result's dataset and options
 * go to `computeReport`.
 *
 * Every problem of every source is found in one pass and reported together, grouped per file,
 * field and kind with a count, the first rows and one hint; memory stays bounded however many
 * rows are bad.
 *
 * @param profile A profile, as {@link parseProfile} returns it.
 * @param tables The table of each source, as file readers give them.
 * @param options Validation mode and the profile's name for messages.
 * @returns The dataset, the report options and what happened to each source.
 * @throws {WresInputError} With every problem: a missing column (listing the file's headers),
 *   raw values no mapping lists (each with its count), a `keep` rule that keeps nothing, repeated
 *   staff ids, and (strict) every bad value.
 * @example
 * const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Contract Type'],
 *   [['1042', 'White British', 'Permanent'], ['1043', 'Black African', 'Agency']]);
 * const profile = parseProfile({ sources: { staff: {
 *   columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', employment: 'Contract Type' },
 *   values: { employment: { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'] } } } } });
 * applyProfile(profile, { staff }).dataset.staff;
 * // [{ id: '1042', ethnicity: 'White British', employment: 'direct' },
 * //  { id: '1043', ethnicity: 'Black African', employment: 'agency' }]
 */
export function applyProfile(profile: Profile, tables: Partial<Record<SourceName, RawTable>>, options: ApplyProfileOptions = {}): AppliedProfile {
  const origin = options.origin ?? 'profile';
  const lenient = (options.validation ?? profile.options?.validation ?? 'strict') === 'lenient';
  const run = runProfile(profile, tables, origin);
  const problems = [...run.problems];
  if (run.sources.staff === undefined) {
    problems.unshift({
      code: 'source', source: 'staff', origin, field: 'sources.staff', count: 1, examples: [], rowLevel: false,
      message: 'is missing: a report needs the staff export',
    });
  }
  if (lenient) {
    for (const source of PROFILE_SOURCES) {
      const sourceRun = run.sources[source];
      const blocked = sourceRun?.problems.some((p) => !p.rowLevel) ?? true;
      if (sourceRun !== undefined && !blocked && sourceRun.records.length === 0 && sourceRun.rowsWithProblems + sourceRun.rowsUnlinked > 0) {
        problems.push({
          code: 'source', source, origin: sourceRun.origin, count: 1, examples: [], rowLevel: false,
          message: `has every row skipped (${sourceRun.rowsWithProblems + sourceRun.rowsUnlinked} of ${sourceRun.rowsRead}): nothing of it would be counted`,
        });
      }
    }
  }
  const blocking = lenient ? problems.filter((p) => !p.rowLevel) : problems;
  if (blocking.length > 0) {
    const shown = lenient ? blocking : problems;
    throw new WresInputError(shown.map(groupIssue), `The exports read through ${origin} have ${shown.length} ${shown.length === 1 ? 'problem' : 'problems'}:`);
  }

  const dataset = { staff: [] } as unknown as Record<string, unknown>;
  const sources: Partial<Record<SourceName, SourceFindings>> = {};
  for (const source of PROFILE_SOURCES) {
    const sourceRun = run.sources[source];
    if (sourceRun === undefined) continue;
    dataset[source] = sourceRun.records;
    sources[source] = findings(sourceRun);
  }
  const organisation = organisationOf(profile);
  if (organisation !== undefined) dataset.organisation = organisation;
  return { dataset: dataset as unknown as ValidDataset, options: reportOptions(profile), sources };
}

function findings(run: SourceRun): SourceFindings {
  return { ...rowCounts(run), records: run.records.length, ...sourceColumns(run.plan) };
}

/** Each field and the header it was read from, and the headers nothing reads: a source's {@link SourceFindings} of its plan. */
export function sourceColumns(plan: ColumnPlan): Pick<SourceFindings, 'columns' | 'ignoredColumns'> {
  const columns: Record<string, string> = {};
  for (const { spec, header } of plan.read) columns[spec.name] = header;
  for (const { spec, header } of plan.derived) columns[spec.name] = `derived from ${JSON.stringify(header)}`;
  return { columns, ignoredColumns: plan.ignored };
}

/** The profile's organisation, as the dataset's. */
export function organisationOf(profile: Profile): ValidOrganisation | undefined {
  const given = profile.organisation;
  if (given === undefined) return undefined;
  const organisation: ValidOrganisation = {};
  if (given.name !== undefined) organisation.name = given.name;
  if (given.code !== undefined) organisation.code = String(given.code);
  if (given.populationMinorityShare !== undefined) organisation.populationMinorityShare = given.populationMinorityShare;
  return organisation;
}

/**
 * The report options a profile gives: its `options` (copied), with `period` as `{ start, end }`
 * and salary thresholds as numbers.
 *
 * @example
 * profileReportOptions(parseProfile({ period: '2024-04-01..2025-03-31', options: { salaryBands: ['£30,000', 70000] }, sources: {} }));
 * // { salaryBands: [30000, 70000], period: { start: '2024-04-01', end: '2025-03-31' } }
 */
export function profileReportOptions(profile: Profile): ProfileReportOptions {
  return reportOptions(profile);
}

function reportOptions(profile: Profile): ProfileReportOptions {
  // A deep copy: the caller's profile is never changed through the options given to a report.
  // (JSON drops the keys whose value is undefined, as the options' type has them.)
  const { salaryBands, ...rest } = JSON.parse(JSON.stringify(profile.options ?? {})) as ProfileOptions;
  const options = rest as ProfileReportOptions;
  if (salaryBands !== undefined) options.salaryBands = salaryBands.map((b) => (typeof b === 'number' ? b : (readAmount(b) ?? Number.NaN)));
  if (profile.period !== undefined) {
    const [start, end] = profile.period.split('..').map((d) => d.trim()) as [string, string];
    options.period = { start, end };
  }
  return options;
}
