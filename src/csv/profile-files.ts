/**
 * An import profile and the export files it names, read from disk: the Node entry around the
 * browser-safe core (`readTable` turns a file's bytes into a table, `applyProfile` turns tables
 * into the dataset). File paths in a profile are relative to the profile's own folder.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { WresInputError, type InputIssue } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { applyProfile, parseProfileText, readSourceTables, type AppliedProfile, type ExportFile, type Profile, type SourceProfile } from '../profile/index.js';
import type { ReadTable } from '../read/index.js';

/** A profile read from its file, with where it is. */
export interface ProfileFile {
  profile: Profile;
  /** The profile's path as given. */
  path: string;
  /** The folder its `file` paths are relative to. */
  folder: string;
}

/** The tables of a profile's sources, with the path each was read from (as messages name it). */
export interface ProfileTables {
  tables: Partial<Record<SourceName, ReadTable>>;
  files: Partial<Record<SourceName, string>>;
}

/** A profile applied to its files: {@link applyProfile}'s result with the tables read. */
export interface AppliedProfileFiles extends AppliedProfile, ProfileTables {
  profileFile: ProfileFile;
}

/** Options of {@link applyProfileFile}. */
export interface ApplyProfileFileOptions {
  /** A file per source that replaces the one the profile names (relative to the working folder). */
  files?: Partial<Record<SourceName, string>>;
  /** `'lenient'` skips bad rows and counts them; default the profile's `options.validation`, else strict. */
  validation?: 'strict' | 'lenient';
}

const SOURCE_ORDER: readonly SourceName[] = ['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey'];

/** A path as the person sees it: relative to the working folder when that is shorter. */
export function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near !== '' && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

function unreadable(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message ?? String(error);
}

/**
 * Reads and checks an import profile file (`.yaml`, `.yml` or `.json`).
 *
 * @param path - the profile's path
 * @returns the profile and the folder its file paths are relative to
 * @throws {WresInputError} when the file cannot be read or is not a valid profile (every problem)
 * @example
 * const { profile, folder } = await readProfileFile('examples/council/raw/profile.yaml');
 * profile.sources.staff?.file; // 'staff.xlsx'
 * folder;                      // '/…/examples/council/raw'
 */
export async function readProfileFile(path: string): Promise<ProfileFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new WresInputError(
      [{ source: 'dataset', message: `the import profile "${path}" cannot be read: ${unreadable(path, error)}` }],
      'The import profile cannot be read:',
    );
  }
  const profile = parseProfileText(text.replace(/^\uFEFF/, ''), basename(path));
  return { profile, path, folder: dirname(resolve(path)) };
}

/**
 * The file of a source: the one given (relative to the working folder), else the profile's
 * (relative to its folder); `undefined` when there is none.
 */
export function sourcePath(profileFile: ProfileFile, source: SourceName, given?: string): string | undefined {
  if (given !== undefined) return resolve(given);
  const file = (profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>)[source]?.file;
  return file === undefined ? undefined : resolve(profileFile.folder, file);
}

/**
 * Reads the export file of every source a profile names (or `files` gives), each with the
 * profile's `sheet`, `encoding`, `delimiter` and `skipRows` for it. Every file is read before any
 * error is thrown, so one run lists the problems of all of them.
 *
 * @param profileFile - the profile, as {@link readProfileFile} gives it
 * @param files - files that replace the profile's, by source (relative to the working folder)
 * @returns the table of each source and the path it came from
 * @throws {WresInputError} listing every file that is missing, unreadable or not a table
 * @example
 * const { tables } = await readProfileTables(await readProfileFile('examples/council/raw/profile.yaml'));
 * tables.staff?.format; // { kind: 'xlsx', sheet: 'Staff', sheets: ['Staff', 'Report Criteria'], dateSystem: 1900 }
 */
export async function readProfileTables(profileFile: ProfileFile, files: Partial<Record<SourceName, string>> = {}): Promise<ProfileTables> {
  const configs = profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>;
  const result: ProfileTables = { tables: {}, files: {} };
  const issues: InputIssue[] = [];
  const bytes: Partial<Record<SourceName, ExportFile>> = {};
  await Promise.all(
    SOURCE_ORDER.map(async (source) => {
      const config = configs[source];
      const given = files[source];
      const path = sourcePath(profileFile, source, given);
      if (path === undefined) {
        if (config !== undefined) issues.push({ source, field: `sources.${source}.file`, message: `is missing in ${basename(profileFile.path)}: name the export file of ${source}` });
        return;
      }
      const name = shown(path);
      result.files[source] = name;
      try {
        bytes[source] = { name, bytes: await readFile(path) };
      } catch (error) {
        const from = given !== undefined ? '' : ` (sources.${source}.file in ${basename(profileFile.path)}, relative to its folder)`;
        issues.push({ source, message: `${name} cannot be read: ${unreadable(path, error)}${from}` });
      }
    }),
  );
  try {
    result.tables = readSourceTables(profileFile.profile, bytes);
  } catch (error) {
    if (!(error instanceof WresInputError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0) {
    const order = (issue: InputIssue) => SOURCE_ORDER.indexOf(issue.source as SourceName);
    issues.sort((a, b) => order(a) - order(b));
    throw new WresInputError(issues, issues.length === 1 ? 'An export file cannot be read:' : `The export files have ${issues.length} problems:`);
  }
  return result;
}

/**
 * Reads an import profile and every export file it names, and applies it: the dataset's records
 * and the report options, ready for `computeReport`.
 *
 * @param path - the profile's path (`.yaml`, `.yml` or `.json`)
 * @param options - files replacing the profile's, and the validation mode
 * @returns the dataset, the profile's report options, what happened to each source, and the tables
 * @throws {WresInputError} with every problem of the profile, the files or their rows
 * @example
 * const applied = await applyProfileFile('examples/council/raw/profile.yaml');
 * applied.sources.staff?.rowsLeftOut;  // 201 (second assignments, left out by "keep")
 * computeReport(applied.dataset, applied.options as ReportOptions).metrics.length; // 9
 */
export async function applyProfileFile(path: string, options: ApplyProfileFileOptions = {}): Promise<AppliedProfileFiles> {
  const profileFile = await readProfileFile(path);
  const read = await readProfileTables(profileFile, options.files);
  const applyOptions: Parameters<typeof applyProfile>[2] = { origin: basename(path) };
  if (options.validation !== undefined) applyOptions.validation = options.validation;
  const applied = applyProfile(profileFile.profile, read.tables, applyOptions);
  return { ...applied, ...read, profileFile };
}
