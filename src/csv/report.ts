/**
 * A report straight from CSV files: each file is streamed row by row into a report builder, so
 * memory holds the counts, a small entry per staff id and one chunk of text, never the rows.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import { type InputIssue, WresInputError } from '../errors.js';
import type { ReportOptions } from '../report/options.js';
import { createReportBuilder } from '../report/report-builder.js';
import type { PublishedReport, SourceName, WresReport } from '../model/report.js';
import { type CsvStreamSummary, type ParseCsvOptions, scanCsvHeader, streamCsv } from './parse.js';
import { byRow, checkFile, csvInputError, issueCount, rejectIssue, sortByRow, unreadable } from './problems.js';
import { columnMappingBySource } from './fields.js';
import type { CsvSourceReport } from './read.js';
import { codedReportFromCsv } from './coded-files.js';
import type { CodedTuning } from './coded-jobs.js';

/** Options of {@link reportFromCsv} about the files (the report's own options are separate). */
export interface ReportFromCsvOptions {
  /**
   * Column mapping per source: header in the file -> field name. Sources may also be named as the
   * CLI's `--columns` file names them (`disciplinary`, `fitness-to-practise`); any other key is an
   * input error.
   */
  columns?: Partial<Record<SourceName, Record<string, string>>>;
  /** Called with the number of data rows read so far, over all files (every 10,000 rows and at each file's end). */
  onProgress?: (rowsRead: number) => void;
  /** Organisation data for the report (not read from CSV). */
  organisation?: { name?: string; code?: string; populationMinorityShare?: number };
}

/** The result of {@link reportFromCsv}: the report, and what each CSV file gave. */
export interface CsvReport<R extends WresReport | PublishedReport = WresReport | PublishedReport> {
  report: R;
  /** Per file: rows read, columns read and ignored, unused mappings, CSV-level rejects (lenient mode). */
  csv: Partial<Record<SourceName, CsvSourceReport>>;
}

/**
 * Files are read staff first (the builder needs every staff id before a case, referral or CPD
 * record names one), then the linked sources, then applications and the survey.
 */
const READ_ORDER: readonly SourceName[] = ['staff', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'applications', 'survey'];

function parseOptions(source: SourceName, file: string, csvOptions: ReportFromCsvOptions): ParseCsvOptions {
  const options: ParseCsvOptions = { source, file };
  const mapping = csvOptions.columns?.[source];
  if (mapping !== undefined) options.columns = mapping;
  return options;
}

/**
 * Checks every file before any row is read: that it exists and that its header has the required
 * columns and fits the mapping. A wrong survey file is reported at once, not after a million staff.
 */
async function checkFiles(
  files: Partial<Record<SourceName, string>>,
  csvOptions: ReportFromCsvOptions,
): Promise<{ issues: InputIssue[]; headers: Partial<Record<SourceName, CsvStreamSummary>> }> {
  const issues: InputIssue[] = [];
  const headers: Partial<Record<SourceName, CsvStreamSummary>> = {};
  if (files.staff === undefined) issues.push({ source: 'staff', message: 'is missing: a report needs the staff CSV file' });
  for (const source of READ_ORDER) {
    const path = files[source];
    if (path === undefined) continue;
    const problem = await checkFile(source, path);
    if (problem !== null) {
      issues.push(problem);
      continue;
    }
    try {
      const scan = await scanCsvHeader(createReadStream(path, { encoding: 'utf8' }), parseOptions(source, path, csvOptions));
      issues.push(...scan.issues);
      headers[source] = scan;
    } catch (error) {
      issues.push(unreadable(source, path, error));
    }
  }
  return { issues: sortByRow(issues), headers };
}

/**
 * Computes the report from CSV files, one per source, streaming each file row by row into
 * {@link createReportBuilder}: every row is validated, counted and forgotten, so a file of a
 * million staff is never held in memory, neither as rows nor as validated records. The report is
 * the one `computeReport(await readCsvDataset(files, ...), options)` gives (SPEC sections 9-11).
 *
 * CSV reading is as {@link readCsvDataset}: headers are the pinned field names (matched ignoring
 * case, spaces and punctuation) unless `columns` maps them; a row with the wrong number of fields
 * or a broken quote is rejected; rows are numbered as a text editor shows them (header row 1).
 * Every file's header is checked before any row is read.
 *
 * In strict mode (`options.validation`, the default) any problem rejects the input: one error lists
 * every problem, CSV-level and record-level, in source and row order, each naming the source, the
 * CSV row and the column. In lenient mode bad rows are skipped: `report.sources[s]` counts rows
 * read = used + skipped, with reasons, CSV-level rejects included.
 *
 * @param files Path of the CSV file of each source (`staff` is required).
 * @param options Report options, as for `computeReport` (`period` is required; `validation` picks the mode).
 * @param csvOptions Column mapping, progress callback and organisation data.
 * @returns The report, and what each file gave (`csv`: rows read, columns, rejects).
 * @throws {WresInputError} When the options are invalid, a file is missing or unreadable, lacks a
 *   required column or has a bad mapping (both modes), or in strict mode when any row is bad.
 * @example
 * const { report, csv } = await reportFromCsv(
 *   { staff: 'staff.csv', disciplinaryCases: 'disciplinary.csv' },
 *   { period: { start: '2024-04-01', end: '2025-03-31' } },
 * );
 * report.sources.staff; // { present: true, rowsRead: 1200, rowsUsed: 1200, rowsSkipped: 0, ... }
 * csv.staff?.ignoredColumns; // [] (every column of the file is a staff field)
 */
export async function reportFromCsv(
  files: Partial<Record<SourceName, string>>,
  options: ReportOptions & { disclosure: PresetName | DisclosurePolicy },
  csvOptions?: ReportFromCsvOptions,
): Promise<CsvReport<PublishedReport>>;
export async function reportFromCsv(
  files: Partial<Record<SourceName, string>>,
  options: ReportOptions,
  csvOptions?: ReportFromCsvOptions,
): Promise<CsvReport<WresReport>>;
export async function reportFromCsv(
  files: Partial<Record<SourceName, string>>,
  options: ReportOptions,
  csvOptions: ReportFromCsvOptions = {},
): Promise<CsvReport> {
  // Clean files take the fast path; anything else is read again, exactly.
  return (await reportFromCsvBy('coded', files, options, csvOptions)) ?? (await reportFromCsvBy('exact', files, options, csvOptions)) as CsvReport;
}

/**
 * {@link reportFromCsv} by one path: `'coded'` (the fast path of clean files: `undefined` when a
 * file or the data need the exact path) or `'exact'` (every row read as text and validated as a
 * record, with every problem named by row). Both check the options and every file's header
 * first. `tuning` (coded path): how threads are used (see {@link CodedTuning}).
 * Not part of the public API: the tests compare the paths with it.
 */
export async function reportFromCsvBy(
  path: 'coded' | 'exact',
  files: Partial<Record<SourceName, string>>,
  options: ReportOptions,
  csvOptions: ReportFromCsvOptions = {},
  tuning: CodedTuning = {},
): Promise<CsvReport | undefined> {
  // Options (and organisation) are checked before any file is opened.
  const builder = createReportBuilder(options, csvOptions.organisation);
  const mapping = columnMappingBySource(csvOptions.columns);
  if (mapping.problems.length > 0) throw csvInputError(mapping.problems);
  csvOptions = { ...csvOptions, columns: mapping.columns };
  const strict = (options.validation ?? 'strict') === 'strict';

  const checked = await checkFiles(files, csvOptions);
  if (checked.issues.length > 0) throw csvInputError(checked.issues);
  if (path === 'coded') {
    const order = READ_ORDER.flatMap((source) => (files[source] === undefined ? [] : [[source, files[source]] as [SourceName, string]]));
    return codedReportFromCsv(order, checked.headers, options, csvOptions, tuning);
  }

  const csv: Partial<Record<SourceName, CsvSourceReport>> = {};
  const rejects: Partial<Record<SourceName, CsvStreamSummary>> = {};
  const unreadableFiles: InputIssue[] = [];
  let readBefore = 0;
  for (const source of READ_ORDER) {
    const path = files[source];
    if (path === undefined) continue;
    const base = readBefore;
    const parse = parseOptions(source, path, csvOptions);
    const onProgress = csvOptions.onProgress;
    if (onProgress !== undefined) parse.onProgress = (n) => onProgress(base + n);
    builder.open(source);
    // A failure of the builder itself is a bug to surface, not a file that could not be read.
    let builderFailure: { error: unknown } | undefined;
    try {
      const summary = await streamCsv(createReadStream(path, { encoding: 'utf8' }), parse, (record, row) => {
        try {
          builder.add(source, record, row);
        } catch (error) {
          builderFailure = { error };
          throw error;
        }
      });
      readBefore += summary.rowsRead;
      // The header was checked above; a file changed since then is caught here.
      unreadableFiles.push(...summary.issues);
      rejects[source] = summary;
      // Counted with the records' own skips, so the skipped-row limit and each metric's skippedRows include them.
      for (const { reason, count } of summary.rejectReasons) builder.reject(source, reason, count);
      csv[source] = {
        file: path,
        rowsRead: summary.rowsRead,
        columns: summary.columns,
        ignoredColumns: summary.ignoredColumns,
        unusedMappings: summary.unusedMappings,
        rowsRejected: summary.rowsRejected,
        rejectReasons: summary.rejectReasons,
        rejects: summary.rejects,
      };
    } catch (error) {
      if (builderFailure !== undefined) throw builderFailure.error;
      unreadableFiles.push(unreadable(source, path, error));
    }
  }
  if (unreadableFiles.length > 0) throw csvInputError(sortByRow(unreadableFiles));

  const csvIssues = READ_ORDER.flatMap((source) => rejects[source]?.rejects ?? []).map(rejectIssue);
  const rejected = READ_ORDER.reduce((n, source) => n + (rejects[source]?.rowsRejected ?? 0), 0);
  let report: WresReport | PublishedReport;
  try {
    report = builder.finish();
  } catch (error) {
    if (!(error instanceof WresInputError)) throw error;
    // In lenient mode the rejected rows are already counted in the error (the skipped-row limits).
    throw csvInputError(sortByRow([...(strict ? csvIssues : []), ...error.issues.map(byRow)]), (strict ? rejected : 0) + issueCount(error), error.counted);
  }
  if (strict && rejected > 0) throw csvInputError(sortByRow(csvIssues), rejected);

  return { report, csv };
}
