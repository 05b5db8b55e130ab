/**
 * `wres report --profile profile.yaml`: the report from a council's own exports, read through its
 * import profile. The profile names the files and says how to read them; flags given on the
 * command line override the profile's settings (a file flag replaces that source's file).
 *
 * @module
 */
import { codedProfileReport } from '../../csv/coded-profile-files.js';
import type { CodedTuning } from '../../csv/coded-jobs.js';
import { applyProfileFile, readProfileFile } from '../../csv/profile-files.js';
import { WresInputError } from '../../errors.js';
import { organisationOf } from '../../profile/apply.js';
import { profileReportInput, profileReportOptions, type AppliedProfile } from '../../profile/index.js';
import type { CodedProfileReport } from '../../report/coded-profile.js';
import type { SourceName } from '../../model/report.js';
import { computeReport } from '../../report/compute-report.js';
import type { ReportOptions } from '../../report/options.js';
import type { WresReport } from '../../model/report.js';
import type { ReportCommand } from '../args.js';

/** Option keys whose values are objects: a flag sets one key inside and keeps the profile's others. */
const NESTED = ['ethnicity', 'intervals', 'scope'] as const;

/**
 * The report options: the profile's, then every flag given on top (the period only when
 * `--period` was given; pay bands and salary bands replace each other).
 *
 * @example
 * mergeOptions({ payBands: ['A'], ethnicity: { mapping: { X: 'A' } } }, { period, ethnicity: { terminology: 'BAME' } }, true);
 * // { payBands: ['A'], ethnicity: { mapping: { X: 'A' }, terminology: 'BAME' }, period }
 */
export function mergeOptions(fromProfile: Partial<ReportOptions>, fromFlags: ReportOptions, periodGiven: boolean): Partial<ReportOptions> {
  const { period, ...flags } = fromFlags;
  const merged: Record<string, unknown> = { ...fromProfile };
  if (flags.payBands !== undefined) delete merged['salaryBands'];
  if (flags.salaryBands !== undefined) delete merged['payBands'];
  for (const [key, value] of Object.entries(flags)) {
    if (value === undefined) continue;
    const nested = (NESTED as readonly string[]).includes(key) && typeof value === 'object' && typeof merged[key] === 'object';
    merged[key] = nested ? { ...(merged[key] as object), ...(value as object) } : value;
  }
  if (periodGiven) merged['period'] = period;
  return merged as Partial<ReportOptions>;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** What the profile did to each source, as notes for standard error (nothing here stops the report). */
export function profileNotes(applied: Pick<AppliedProfile, 'sources'>): string[] {
  const notes: string[] = [];
  for (const [source, found] of Object.entries(applied.sources) as [SourceName, NonNullable<AppliedProfile['sources'][SourceName]>][]) {
    const parts: string[] = [];
    if (found.rowsLeftOut > 0) parts.push(`${count(found.rowsLeftOut)} of ${count(found.rowsRead)} rows left out by its "keep" rules`);
    if (found.rowsMerged > 0) parts.push(`${count(found.rowsMerged)} rows merged into another row of the same person ("duplicates")`);
    if (found.rowsSkipped > 0) {
      parts.push(
        `${count(found.rowsSkipped)} of ${count(found.rowsRead)} rows skipped as invalid (--skip-invalid): ${found.skippedReasons.map((r) => `${r.count} ${r.reason}`).join('; ')}`,
      );
    }
    if (found.ignoredColumns.length > 0) parts.push(`columns not used: ${found.ignoredColumns.map((c) => `"${c}"`).join(', ')}`);
    if (parts.length > 0) notes.push(`Note: ${found.origin} (${source}): ${parts.join('; ')}.`);
  }
  return notes;
}

/**
 * Runs `wres report --profile`: reads the profile and its files, applies it, and computes the
 * report with the profile's options under the flags'.
 *
 * @param command - the parsed command line (its `profile` set)
 * @param flagOptions - the report options the flags give (with the ethnicity mapping file read)
 * @param note - where notes about the sources go (standard error)
 * @returns the report
 * @throws {WresInputError} with every problem of the profile, its files and their rows, or a missing period
 */
export async function reportFromProfile(command: ReportCommand, flagOptions: ReportOptions, note: (line: string) => void, path: 'fast' | 'exact' = 'fast'): Promise<WresReport> {
  const fast = path === 'fast' ? await fastReportFromProfile(command, flagOptions) : undefined;
  if (fast !== undefined) {
    for (const line of profileNotes(fast)) note(line);
    return fast.report as WresReport;
  }
  const applied = await applyProfileFile(command.profile ?? '', {
    files: command.files,
    ...(command.lenient ? { validation: 'lenient' as const } : {}),
  });
  const { validation: _validation, ...flags } = flagOptions;
  const options = mergeOptions(applied.options as Partial<ReportOptions>, flags as ReportOptions, command.periodGiven);
  if (options.period === undefined) {
    throw new WresInputError([
      { source: 'options', field: 'period', message: `is not set: add "period: 2024-04-01..2025-03-31" to ${command.profile} or give --period START..END` },
    ]);
  }
  const dataset = { ...applied.dataset };
  if (Object.keys(command.organisation).length > 0) dataset.organisation = { ...(dataset.organisation ?? {}), ...command.organisation };
  for (const line of profileNotes(applied)) note(line);
  // The rows the profile skipped (--skip-invalid) are counted in the report's sources.
  return computeReport(profileReportInput({ ...applied, dataset }), options as ReportOptions);
}

/**
 * `wres report --profile` by the fast path (src/csv/coded-profile-files.ts): the report and what
 * the profile did to each source, or `undefined` when the exact path is to make it (a workbook, a
 * file or row with a problem, no period).
 *
 * @param command - the parsed command line (its `profile` set)
 * @param flagOptions - the report options the flags give
 * @param tuning - threads (the tests set it)
 * @returns the report and each source's findings, or `undefined`
 */
export async function fastReportFromProfile(command: ReportCommand, flagOptions: ReportOptions, tuning: CodedTuning = {}): Promise<CodedProfileReport | undefined> {
  let profileFile: Awaited<ReturnType<typeof readProfileFile>>;
  try {
    profileFile = await readProfileFile(command.profile ?? '');
  } catch {
    return undefined;
  }
  const { validation: _validation, ...flags } = flagOptions;
  const options = mergeOptions(profileReportOptions(profileFile.profile) as Partial<ReportOptions>, flags as ReportOptions, command.periodGiven);
  if (options.period === undefined) return undefined;
  const fromProfile = organisationOf(profileFile.profile);
  const organisation = Object.keys(command.organisation).length > 0 ? { ...(fromProfile ?? {}), ...command.organisation } : fromProfile;
  return codedProfileReport(profileFile, command.files, options as ReportOptions, organisation, tuning);
}
