/**
 * Reading a whole dataset from CSV files: one file per source, parsed as a stream, validated with
 * the schemas, with every rejected row located by file, row, column and reason.
 *
 * @module
 */
import { columnMappingBySource } from './fields.js';
import { createReadStream } from 'node:fs';
import { type InputIssue, WresInputError } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { SOURCE_NAMES, type ValidationResult, validateDataset } from '../schemas/index.js';
import { type CsvReject, type ParsedCsvSource, parseCsv } from './parse.js';
import { byRow, checkFile, csvInputError, issueCount, mergeRejects, rejectIssue, sortByRow, unreadable } from './problems.js';

/** Options of {@link readCsvDataset}. */
export interface ReadCsvOptions {
  /**
   * Column mapping per source: header in the file -> field name. Sources may also be named as the
   * CLI's `--columns` file names them (`disciplinary`, `fitness-to-practise`); any other key is an
   * input error.
   */
  columns?: Partial<Record<SourceName, Record<string, string>>>;
  /** `'strict'` (default): any bad row rejects the dataset, listing every problem. `'lenient'`: bad rows are skipped and counted. */
  mode?: 'strict' | 'lenient';
  /** Called with the number of data rows read so far, over all files. */
  onProgress?: (rowsRead: number) => void;
  /** Organisation data to put in the dataset (not read from CSV). */
  organisation?: { name?: string; code?: string; populationMinorityShare?: number };
}

/** What was read from one CSV file. */
export interface CsvSourceReport {
  file: string;
  /** Data rows in the file (blank lines not counted). */
  rowsRead: number;
  /** Header -> field for the columns read. */
  columns: Record<string, string>;
  /** Headers ignored because they match no field of the source. */
  ignoredColumns: string[];
  /** Column-mapping entries whose header is not in the file. */
  unusedMappings: string[];
  /** Rows rejected at the CSV level (lenient mode; in strict mode they are in the thrown error). */
  rowsRejected: number;
  /** How many rows were rejected for each reason. */
  rejectReasons: { reason: string; count: number }[];
  /** The first rejected rows in full (up to 1,000 per file; the rest are counted only). */
  rejects: CsvReject[];
}

/** The result of {@link readCsvDataset}: the validation result, and what each CSV file gave. */
export interface CsvDatasetResult extends ValidationResult {
  csv: Partial<Record<SourceName, CsvSourceReport>>;
}

/**
 * Reads a dataset from CSV files, one per source, and validates it (SPEC sections 7, 9 and 10).
 *
 * Each file is streamed (see {@link parseCsv}): headers are the pinned field names (matched
 * ignoring case, spaces and punctuation) unless `columns` maps them; cells are passed to
 * `validateDataset` as text, which reads booleans (true/false, yes/no, y/n, 1/0), numbers, ISO dates
 * and blank-as-missing. Every problem names the source, the CSV row (the header is row 1) and the
 * column.
 *
 * In strict mode (default) any problem rejects the dataset: the thrown error lists every one, from
 * all files. In lenient mode bad rows are skipped; `sources[s]` then counts rows read (accepted +
 * rejected), used and skipped with reasons, CSV-level rejects included.
 *
 * @param files Path of the CSV file of each source (`staff` is required by the schemas).
 * @param options Column mapping, mode, progress callback and organisation data.
 * @returns The validated dataset and per-source summaries (pass it straight to `computeReport`),
 *   plus what each file gave (`csv`).
 * @throws {WresInputError} When a file cannot be read, lacks a required column or has a bad mapping
 *   (both modes), or in strict mode when any row is bad.
 * @example
 * const input = await readCsvDataset({ staff: 'staff.csv', applications: 'applications.csv' });
 * input.sources.staff; // { present: true, rowsRead: 1200, rowsUsed: 1200, rowsSkipped: 0, skippedReasons: [] }
 * computeReport(input, { period: { start: '2024-04-01', end: '2025-03-31' } });
 */
export async function readCsvDataset(
  files: Partial<Record<SourceName, string>>,
  options: ReadCsvOptions = {},
): Promise<CsvDatasetResult> {
  const mode = options.mode ?? 'strict';
  const mapping = columnMappingBySource(options.columns);
  if (mapping.problems.length > 0) throw csvInputError(mapping.problems);
  options = { ...options, columns: mapping.columns };
  const structural: InputIssue[] = [];
  const parsed: Partial<Record<SourceName, ParsedCsvSource>> = {};
  let readBefore = 0;
  for (const source of SOURCE_NAMES) {
    const path = files[source];
    if (path === undefined) continue;
    const problem = await checkFile(source, path);
    if (problem !== null) {
      structural.push(problem);
      continue;
    }
    const base = readBefore;
    const parseOptions: Parameters<typeof parseCsv>[1] = { source, file: path };
    const mapping = options.columns?.[source];
    if (mapping !== undefined) parseOptions.columns = mapping;
    const onProgress = options.onProgress;
    if (onProgress !== undefined) parseOptions.onProgress = (n) => onProgress(base + n);
    try {
      const result = await parseCsv(createReadStream(path, { encoding: 'utf8' }), parseOptions);
      parsed[source] = result;
      readBefore += result.rowsRead;
      structural.push(...result.issues);
    } catch (error) {
      structural.push(unreadable(source, path, error));
    }
  }
  if (structural.length > 0) {
    throw csvInputError(structural);
  }

  const input: Record<string, unknown> = {};
  if (options.organisation !== undefined) input['organisation'] = options.organisation;
  const rows: Partial<Record<SourceName, number[]>> = {};
  for (const source of SOURCE_NAMES) {
    const result = parsed[source];
    if (result === undefined) continue;
    input[source] = result.records;
    rows[source] = result.rows;
  }
  const rejects = SOURCE_NAMES.flatMap((s) => parsed[s]?.rejects ?? []);
  const rejected = SOURCE_NAMES.reduce((n, s) => n + (parsed[s]?.rowsRejected ?? 0), 0);

  let validation: ValidationResult;
  try {
    validation = validateDataset(input, { mode, rows });
  } catch (error) {
    if (!(error instanceof WresInputError)) throw error;
    throw csvInputError(
      sortByRow([...rejects.map(rejectIssue), ...error.issues.map(byRow)]),
      rejected + issueCount(error),
    );
  }
  if (mode === 'strict' && rejected > 0) {
    throw csvInputError(sortByRow(rejects.map(rejectIssue)), rejected);
  }

  const sources = { ...validation.sources };
  const csv: Partial<Record<SourceName, CsvSourceReport>> = {};
  for (const source of SOURCE_NAMES) {
    const result = parsed[source];
    if (result === undefined) continue;
    sources[source] = mergeRejects(sources[source], result);
    csv[source] = {
      file: files[source] ?? '',
      rowsRead: result.rowsRead,
      columns: result.columns,
      ignoredColumns: result.ignoredColumns,
      unusedMappings: result.unusedMappings,
      rowsRejected: result.rowsRejected,
      rejectReasons: result.rejectReasons,
      rejects: result.rejects,
    };
  }
  return { dataset: validation.dataset, sources, csv };
}
