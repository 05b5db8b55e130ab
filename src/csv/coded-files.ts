/**
 * The fast file path of {@link reportFromCsv}: each file's bytes go through the coded reader
 * (src/read/coded-csv.ts) into a coded report (src/report/coded-report.ts), with no string made
 * for a value seen before and no object made for a row. It reports only clean files: when a file
 * is not clean, or the data have a problem, it returns `undefined` and the caller reads the files
 * again through the exact path, which says what is wrong, row by row.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import type { FieldColumn } from '../aggregate/coded-counter.js';
import { WresInputError } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { CodedCsvReader } from '../read/coded-csv.js';
import { createCodedReport } from '../report/coded-report.js';
import type { ReportOptions } from '../report/options.js';
import type { CsvStreamSummary } from './parse.js';
import type { CsvReport, ReportFromCsvOptions } from './report.js';

/** Bytes read at a time. */
const CHUNK = 1 << 20;
const PROGRESS_EVERY = 10_000;

/** The columns a checked header feeds, with their fields. */
function fieldColumns(header: CsvStreamSummary): FieldColumn[] {
  const columns: FieldColumn[] = [];
  header.header.forEach((name, index) => {
    if (Object.hasOwn(header.columns, name)) columns.push({ index, field: header.columns[name] as string });
  });
  return columns;
}

/**
 * The report of clean files, or `undefined` when a file or the data need the exact path.
 *
 * @param files The file of each source, in the order to read them (staff first).
 * @param headers Each file's checked header (from `scanCsvHeader`, with no issues).
 * @throws {WresInputError} When the options or organisation are invalid (before any file is read).
 */
export async function codedReportFromCsv(
  files: readonly [SourceName, string][],
  headers: Partial<Record<SourceName, CsvStreamSummary>>,
  options: ReportOptions,
  csvOptions: ReportFromCsvOptions,
): Promise<CsvReport | undefined> {
  const coded = createCodedReport(options, csvOptions.organisation);
  const csv: CsvReport['csv'] = {};
  let readBefore = 0;
  for (const [source, path] of files) {
    const header = headers[source] as CsvStreamSummary;
    const counted = coded.source(source, fieldColumns(header));
    const base = readBefore;
    const onProgress = csvOptions.onProgress;
    let next = PROGRESS_EVERY;
    const reader = new CodedCsvReader({
      delimiter: ',',
      width: header.header.length,
      columns: counted.columns,
      onRow: onProgress === undefined ? counted.row : (codes) => {
        if (reader.rows >= next) {
          next += PROGRESS_EVERY;
          onProgress(base + reader.rows);
        }
        return counted.row(codes);
      },
    });
    const stream = createReadStream(path, { highWaterMark: CHUNK });
    try {
      for await (const chunk of stream) {
        reader.write(chunk as Uint8Array);
        if (reader.stopped !== undefined) break;
      }
    } catch {
      // A file that cannot be read to its end: the exact path says so.
      return undefined;
    } finally {
      stream.destroy();
    }
    reader.end();
    if (reader.stopped !== undefined) return undefined;
    onProgress?.(base + reader.rows);
    readBefore += reader.rows;
    csv[source] = {
      file: path,
      rowsRead: reader.rows,
      columns: header.columns,
      ignoredColumns: header.ignoredColumns,
      unusedMappings: header.unusedMappings,
      rowsRejected: 0,
      rejectReasons: [],
      rejects: [],
    };
  }
  try {
    return { report: coded.finish(), csv };
  } catch (error) {
    // The exact path finds the same problem and words it with the files' rows.
    if (error instanceof WresInputError) return undefined;
    throw error;
  }
}
