/**
 * The CSV columns of each source: the pinned field names of the input records (SPEC section 7),
 * and which columns a file must have.
 *
 * @module
 */
import { type InputIssue, unknownKeyMessage } from '../errors.js';
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

/**
 * The names a column mapping may give a source, the same for the API's `columns` option and the
 * CLI's `--columns` file: the dataset keys and the CLI's file flags (`disciplinary`,
 * `fitness-to-practise`).
 *
 * @example
 * COLUMN_MAPPING_SOURCES['fitness-to-practise']; // 'fitnessToPractiseReferrals'
 * COLUMN_MAPPING_SOURCES.disciplinaryCases;      // 'disciplinaryCases'
 */
export const COLUMN_MAPPING_SOURCES: Readonly<Record<string, SourceName>> = {
  staff: 'staff',
  applications: 'applications',
  disciplinaryCases: 'disciplinaryCases',
  disciplinary: 'disciplinaryCases',
  fitnessToPractiseReferrals: 'fitnessToPractiseReferrals',
  'fitness-to-practise': 'fitnessToPractiseReferrals',
  cpd: 'cpd',
  survey: 'survey',
};

/**
 * A column mapping keyed by any name in {@link COLUMN_MAPPING_SOURCES}, keyed by source; a key
 * that names no source, or a value that is not an object of header to field name, is a problem
 * (it would otherwise be ignored and every column of that file read unmapped).
 *
 * @param columns The `columns` option: `{ source: { header: field } }`.
 * @returns The mapping by source, and the problems (source `'options'`, field `columns.<key>`).
 * @example
 * columnMappingBySource({ disciplinary: { 'Employee No': 'staffId' } }).columns;
 * // { disciplinaryCases: { 'Employee No': 'staffId' } }
 * columnMappingBySource({ staf: {} }).problems[0]?.message;
 * // 'is not a known source of a column mapping: did you mean "staff"? (known: staff, applications, ...)'
 */
export function columnMappingBySource(columns: unknown): {
  columns: Partial<Record<SourceName, Record<string, string>>>;
  problems: InputIssue[];
} {
  const bySource: Partial<Record<SourceName, Record<string, string>>> = {};
  const problems: InputIssue[] = [];
  if (columns === undefined) return { columns: bySource, problems };
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    problems.push({ source: 'options', field: 'columns', message: 'must be an object like { "staff": { "Employee No": "id" } }' });
    return { columns: bySource, problems };
  }
  const names = Object.keys(COLUMN_MAPPING_SOURCES);
  for (const [key, mapping] of Object.entries(columns)) {
    const source = Object.hasOwn(COLUMN_MAPPING_SOURCES, key) ? COLUMN_MAPPING_SOURCES[key] : undefined;
    if (source === undefined) {
      problems.push({ source: 'options', field: `columns.${key}`, message: unknownKeyMessage(key, names, 'source of a column mapping') });
    } else if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping) || Object.values(mapping).some((v) => typeof v !== 'string')) {
      problems.push({ source: 'options', field: `columns.${key}`, message: 'must map column headers to field names, e.g. { "Employee No": "id" }' });
    } else {
      bySource[source] = { ...(bySource[source] ?? {}), ...(mapping as Record<string, string>) };
    }
  }
  return { columns: bySource, problems };
}
