/**
 * The CSV columns of each source: the pinned field names of the input records (SPEC section 7),
 * and which columns a file must have.
 *
 * @module
 */
import type { SourceName } from '../model/report.js';
import { RECORD_FIELDS } from '../schemas/record-fields.js';

/**
 * Fields of each source's records, in the order the docs list them: the CSV headers read
 * without a column mapping.
 *
 * @example
 * SOURCE_FIELDS.cpd; // ['staffId', 'date', 'funded', 'mandatory']
 * SOURCE_FIELDS.applications.includes('shortlisted'); // true
 */
export const SOURCE_FIELDS: Readonly<Record<SourceName, readonly string[]>> = RECORD_FIELDS;

/**
 * Columns a file must have. `ethnicity` is required as a column even though a blank cell is
 * allowed (it means unknown): a file without the column is almost surely the wrong file or needs
 * a column mapping, and would otherwise give a report where everyone's ethnicity is unknown.
 *
 * @example
 * REQUIRED_COLUMNS.staff;        // ['id', 'ethnicity']
 * REQUIRED_COLUMNS.applications; // ['ethnicity', 'shortlisted', 'appointed', 'date']
 */
export const REQUIRED_COLUMNS: Readonly<Record<SourceName, readonly string[]>> = {
  staff: ['id', 'ethnicity'],
  applications: ['ethnicity', 'shortlisted', 'appointed', 'date'],
  disciplinaryCases: ['staffId', 'date'],
  fitnessToPractiseReferrals: ['staffId', 'date'],
  cpd: ['staffId', 'date', 'funded', 'mandatory'],
  survey: ['ethnicity'],
};

/**
 * A header in a comparable form: lower case, letters and digits only, so `Staff ID`, `staff_id`
 * and `staffId` all match the field `staffId`.
 *
 * @param header A column header or field name.
 * @returns The comparable form.
 * @example
 * normaliseHeader(' Staff ID '); // 'staffid'
 */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}
