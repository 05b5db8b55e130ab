/**
 * The export files of a profile's sources, as bytes, to tables: each read with the profile's
 * `sheet`, `encoding`, `delimiter` and `skipRows` for its source. Browser-safe: a page passes the
 * files a person picked, the CLI the files it read from disk; both then call `applyProfile`.
 *
 * @module
 */
import { WresInputError, type InputIssue } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import { readTable, type ReadTable, type ReadTableOptions } from '../read/index.js';
import { PROFILE_SOURCES } from './fields.js';
import type { Profile, SourceProfile } from './schema.js';

/** One export file: the name messages give it, and its bytes. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads the export file of each source into a table, with the profile's reading settings for
 * that source. Every file is read before anything is thrown, so one error lists the problems of
 * all of them.
 *
 * @param profile - the profile (its `sources` give each file's `sheet`, `encoding`, `delimiter`, `skipRows`)
 * @param files - the file of each source, by source
 * @returns the table of each source given, with how it was read (`format`)
 * @throws {WresInputError} listing every file that is not a table that can be read
 * @example
 * const profile = parseProfile({ sources: { staff: { skipRows: 1 } } });
 * const bytes = new TextEncoder().encode('Staff list\nEmployee Number,Ethnic Origin\n1042,White British\n');
 * readSourceTables(profile, { staff: { name: 'staff.csv', bytes } }).staff?.header;
 * // ['Employee Number', 'Ethnic Origin']
 */
export function readSourceTables(profile: Profile, files: Partial<Record<SourceName, ExportFile>>): Partial<Record<SourceName, ReadTable>> {
  const configs = profile.sources as Partial<Record<SourceName, SourceProfile>>;
  const tables: Partial<Record<SourceName, ReadTable>> = {};
  const issues: InputIssue[] = [];
  for (const source of PROFILE_SOURCES) {
    const file = files[source];
    if (file === undefined) continue;
    const config = configs[source];
    const options: ReadTableOptions = { name: file.name, source };
    if (config?.sheet !== undefined) options.sheet = config.sheet;
    if (config?.encoding !== undefined) options.encoding = config.encoding;
    if (config?.delimiter !== undefined) options.delimiter = config.delimiter;
    if (config?.skipRows !== undefined) options.skipRows = config.skipRows;
    try {
      tables[source] = readTable(file.bytes, options);
    } catch (error) {
      if (!(error instanceof WresInputError)) throw error;
      // A reader's row problem names its file (a sheet's rows already do): "staff.csv, row 3".
      issues.push(...error.issues.map((issue) => (issue.row !== undefined && issue.origin === undefined ? { ...issue, origin: file.name } : issue)));
    }
  }
  if (issues.length > 0) {
    throw new WresInputError(issues, issues.length === 1 ? 'An export file cannot be read:' : `The export files have ${issues.length} problems:`);
  }
  return tables;
}
