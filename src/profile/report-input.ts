/**
 * A profile's records as the report's input, with the rows the profile skipped counted: in
 * lenient mode `applyProfile` leaves out rows with a bad value, and the report must say so (its
 * sources table and every metric built on a source with skipped rows), not count them as never read.
 *
 * @module
 */
import type { SourceName, SourceSummary } from '../model/counts.js';
import type { SourceValidation } from '../schemas/record-validator.js';
import { validateDataset, type ValidationResult } from '../schemas/validate.js';
import type { AppliedProfile } from './apply.js';

/**
 * The input to give `computeReport` for an applied profile: its records, validated, with each
 * source's rows skipped by the profile (lenient mode) added to the rows read and skipped, with
 * their reasons. Rows left out by `keep` and rows merged by `duplicates` are neither: they were
 * never meant to be counted, and are given as `rowsLeftOut` and `rowsMerged` (when any).
 *
 * @param applied - what `applyProfile` returned
 * @returns the validated input, ready for `computeReport`
 * @example
 * const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Date Started'],
 *   [['1042', 'White British', '01/04/2020'], ['1043', 'Indian', '31/02/2021']]);
 * const profile = parseProfile({ dates: 'DD/MM/YYYY', sources: { staff: { columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', startDate: 'Date Started' } } } });
 * profileReportInput(applyProfile(profile, { staff }, { validation: 'lenient' })).sources.staff;
 * // { present: true, rowsRead: 2, rowsUsed: 1, rowsSkipped: 1, skippedReasons: [{ reason: 'startDate is not a real calendar date', count: 1 }] }
 */
export function profileReportInput(applied: AppliedProfile): ValidationResult {
  const validation = validateDataset(applied.dataset);
  for (const [source, found] of Object.entries(applied.sources) as [SourceName, NonNullable<AppliedProfile['sources'][SourceName]>][]) {
    const summary: SourceValidation & Pick<SourceSummary, 'rowsLeftOut' | 'rowsMerged'> = validation.sources[source];
    // Rows the profile never made records: counted beside rowsRead, not in it (SPEC 12).
    if (found.rowsLeftOut > 0) summary.rowsLeftOut = found.rowsLeftOut;
    if (found.rowsMerged > 0) summary.rowsMerged = found.rowsMerged;
    if (found.rowsSkipped === 0) continue;
    summary.rowsRead += found.rowsSkipped;
    summary.rowsSkipped += found.rowsSkipped;
    summary.skippedReasons = [...found.skippedReasons, ...summary.skippedReasons];
  }
  return validation;
}
