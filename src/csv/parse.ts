/// <reference types="node" />
/**
 * Streaming CSV parsing of one source file into raw string records, with the physical row number of
 * each record and a list of rows rejected at the CSV level (before any schema check).
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { InputIssue } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { MAX_FIELD_LENGTH } from '../read/csv-tokens.js';
import { REQUIRED_COLUMNS, SOURCE_FIELDS, normaliseHeader } from './fields.js';
import { shortList } from './problems.js';
import { CsvTokenizer, type OverlongCell, type TokenizedRow } from './tokenize.js';

/**
 * The longest cell read, in characters: what a spreadsheet cell holds (Excel's limit, as the
 * browser-safe reader in src/read has it). A longer cell stops the file with an error; it is most
 * often a quote that is never closed.
 */
const MAX_CELL_LENGTH = MAX_FIELD_LENGTH;

/** The most columns a header row may have (a wider "CSV file" is not one of records). */
export const MAX_COLUMNS = 10_000;

/** Rejected rows kept in full per file; the rest are counted by reason. */
export const MAX_KEPT_REJECTS = 1000;

/** Text given as a string is read in slices of this many characters. */
const STRING_SLICE = 1 << 16;

/** A row of a CSV file that was not turned into a record, and why. */
export interface CsvReject {
  source: SourceName;
  /** The file's path or name, when known. */
  file?: string;
  /** Physical line number where the row starts (the header is row 1). */
  row: number;
  /** The column the problem is in, when it is in one. */
  column?: string;
  /** Why, as a short reason shared by rows with the same problem (for counts in lenient mode). */
  reason: string;
  /** The problem in full, for this row (e.g. "has 5 fields but the header has 6"). */
  message: string;
}

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Which source the file holds: decides the fields and the required columns. */
  source: SourceName;
  /** The file's path or name, for messages. */
  file?: string;
  /**
   * Column mapping: header in the file -> field name (e.g. `{ "Employee number": "id" }`). Takes
   * precedence over the default matching of headers to field names.
   */
  columns?: Record<string, string>;
  /** Called with the number of data rows read so far, every `progressEvery` rows and at the end. */
  onProgress?: (rowsRead: number) => void;
  /** How often `onProgress` is called. Default 10,000 rows. */
  progressEvery?: number;
  /** Field delimiter. Default `','` (never guessed: a one-column file would fool a guess). */
  delimiter?: string;
}

/**
 * What streaming one source's file found, apart from the records themselves: the header and how its
 * columns map to fields, the rows read, rows rejected at the CSV level, and file-level problems.
 */
export interface CsvStreamSummary {
  source: SourceName;
  file?: string;
  /** Headers as written in the file (trimmed, byte-order mark removed). */
  header: string[];
  /** Header -> field, for the columns that are read. */
  columns: Record<string, string>;
  /** Headers that match no field and were not mapped: ignored. */
  ignoredColumns: string[];
  /** Mapping entries whose header is not in the file. */
  unusedMappings: string[];
  /** Data rows read (accepted + rejected); blank lines are not rows. */
  rowsRead: number;
  /** Rows rejected at the CSV level (wrong number of fields, broken quotes), all counted in `rowsRead`. */
  rowsRejected: number;
  /** How many rows were rejected for each reason, in the order the reasons were first seen. */
  rejectReasons: { reason: string; count: number }[];
  /** The first 1,000 rejected rows in full (the rest are only counted, in `rejectReasons`). */
  rejects: CsvReject[];
  /**
   * Problems with the file as a whole (no header, a required column missing, a bad mapping). When
   * there are any, no records are read.
   */
  issues: InputIssue[];
}

/** One source parsed: records of raw strings (blank cells as `''`), with their row numbers. */
export interface ParsedCsvSource extends CsvStreamSummary {
  /** Accepted rows as records: field -> cell text (trimmed). Only columns in the file appear. */
  records: Record<string, string>[];
  /** `rows[i]` is the physical line where `records[i]` starts. */
  rows: number[];
}

/**
 * Receives each accepted row as a record of raw cell texts, with the physical line it starts on.
 * The record is a fresh object, the receiver's to keep or forget.
 */
export type CsvRecordHandler = (record: Record<string, string>, row: number) => void;

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** What a file that is not text is, from the start of its first line, or `undefined` for text. */
function binaryKind(start: string, hasNul: boolean): string | undefined {
  if (start.startsWith('PK\u0003\u0004')) return 'is a ZIP archive (an Excel .xlsx workbook?)';
  if (hasNul) return 'holds NUL bytes, so it is not UTF-8 text (an Excel .xls workbook, or text saved as UTF-16?)';
  return undefined;
}

function describeFile(source: SourceName, file: string | undefined): string {
  return file === undefined ? `the ${source} file` : `the file "${file}"`;
}

interface ColumnPlan {
  indexes: number[];
  fields: string[];
  columns: Record<string, string>;
  ignored: string[];
  unusedMappings: string[];
  issues: InputIssue[];
}

/** Decides which column feeds which field, and checks the required columns are there. */
function planColumns(
  header: string[],
  source: SourceName,
  file: string | undefined,
  mapping: Record<string, string>,
): ColumnPlan {
  const known = SOURCE_FIELDS[source];
  const byNormal = new Map(known.map((field) => [normaliseHeader(field), field]));
  const mappingByNormal = new Map<string, string>();
  const issues: InputIssue[] = [];
  for (const [from, to] of Object.entries(mapping)) {
    if (!known.includes(to)) {
      issues.push({
        source,
        field: to,
        message: `is not a field of ${source} records, so the column mapping of "${from}" cannot be used (fields: ${known.join(', ')})`,
      });
    }
    mappingByNormal.set(normaliseHeader(from), to);
  }
  const used = new Set<string>();
  const plan: ColumnPlan = { indexes: [], fields: [], columns: {}, ignored: [], unusedMappings: [], issues };
  const fieldColumn = new Map<string, string>();
  header.forEach((name, index) => {
    // Own keys only: a column named "toString" is not mapped by Object.prototype.
    const mapped = Object.hasOwn(mapping, name) ? mapping[name] : mappingByNormal.get(normaliseHeader(name));
    if (mapped !== undefined) used.add(normaliseHeader(name));
    const field = mapped ?? byNormal.get(normaliseHeader(name));
    if (field === undefined || !known.includes(field)) {
      if (mapped === undefined) plan.ignored.push(name);
      return;
    }
    const earlier = fieldColumn.get(field);
    if (earlier !== undefined) {
      issues.push({
        source,
        field,
        message: `comes from two columns of ${describeFile(source, file)}, "${earlier}" and "${name}"; keep one or map one elsewhere`,
      });
      return;
    }
    fieldColumn.set(field, name);
    plan.indexes.push(index);
    plan.fields.push(field);
    // Defined, not assigned, so a column named "__proto__" is an ordinary key.
    Object.defineProperty(plan.columns, name, { value: field, enumerable: true, writable: true, configurable: true });
  });
  for (const from of Object.keys(mapping)) {
    if (!used.has(normaliseHeader(from))) plan.unusedMappings.push(from);
  }
  for (const field of REQUIRED_COLUMNS[source]) {
    if (!fieldColumn.has(field)) {
      issues.push({
        source,
        field,
        message: `is a required column but ${describeFile(source, file)} has no such column (its columns are: ${shortList(header) || 'none'}); rename the column or map it with a column mapping`,
      });
    }
  }
  return plan;
}

/** How far {@link readCsv} reads: the header only (to check a file before a long run), or every row. */
type ReadExtent = 'header' | 'rows';

/**
 * The streaming core shared by {@link parseCsv}, {@link streamCsv} and {@link scanCsvHeader}:
 * the tokenizer, one row at a time, with physical line numbers, planning columns from the header
 * and rejecting malformed rows. Accepted rows go to `onRecord` and are not kept here; rejected rows
 * are counted by reason and the first {@link MAX_KEPT_REJECTS} kept, so memory stays bounded
 * however many rows are bad.
 */
function readCsv(
  input: string | Readable,
  options: ParseCsvOptions,
  onRecord: CsvRecordHandler,
  extent: ReadExtent,
): Promise<CsvStreamSummary> {
  const { source, file } = options;
  const progressEvery = options.progressEvery ?? 10_000;
  const result: CsvStreamSummary = {
    source,
    header: [],
    columns: {},
    ignoredColumns: [],
    unusedMappings: [],
    rowsRead: 0,
    rowsRejected: 0,
    rejectReasons: [],
    rejects: [],
    issues: [],
  };
  if (file !== undefined) result.file = file;
  const reasonCounts = new Map<string, number>();
  let plan: ColumnPlan | null = null;
  let handlerError: { error: unknown } | undefined;

  const reject = (row: number, reason: string, message: string, column?: string): void => {
    result.rowsRejected += 1;
    reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
    if (result.rejects.length >= MAX_KEPT_REJECTS) return;
    const item: CsvReject = { source, row, reason, message };
    if (file !== undefined) item.file = file;
    if (column !== undefined) item.column = column;
    result.rejects.push(item);
  };

  const onRow = ({ fields, fieldCount, line: start, quoteProblem }: TokenizedRow): void => {
    if (plan === null) {
      if (isBlank(fields)) return;
      const binary = binaryKind(fields[0] ?? '', fields.some((f) => f.includes('\u0000')));
      if (binary !== undefined) {
        result.issues.push({ source, message: `${describeFile(source, file)} ${binary}, not a CSV file; save it as "CSV UTF-8 (comma delimited)" and give that file` });
        tokenizer.stop();
        return;
      }
      if (fieldCount > MAX_COLUMNS) {
        result.issues.push({
          source,
          row: start,
          message: `${describeFile(source, file)} has ${fieldCount.toLocaleString('en-GB')} columns in its header row, more than the ${MAX_COLUMNS.toLocaleString('en-GB')} a CSV export of records has; is it a CSV file of ${source} records?`,
        });
        tokenizer.stop();
        return;
      }
      const header = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      result.header = header;
      plan = planColumns(header, source, file, options.columns ?? {});
      result.columns = plan.columns;
      result.ignoredColumns = plan.ignored;
      result.unusedMappings = plan.unusedMappings;
      if (plan.issues.length > 0) result.issues.push(...plan.issues);
      if (plan.issues.length > 0 || extent === 'header') tokenizer.stop();
      // Cells beyond one more than the header's are counted, not kept.
      tokenizer.keepFields = header.length + 1;
      return;
    }
    if (isBlank(fields)) return;
    result.rowsRead += 1;
    if (result.rowsRead % progressEvery === 0) options.onProgress?.(result.rowsRead);
    if (quoteProblem === 'unclosed') {
      reject(start, 'row has an unclosed quote', 'has a quoted field that is never closed (a " without its closing "), so the rest of the file cannot be read as rows');
      return;
    }
    if (quoteProblem === 'misplaced') {
      reject(start, 'row has a badly placed quote', 'has a badly placed quote (a closing " must be followed by a comma or the end of the line)');
      return;
    }
    if (fieldCount !== result.header.length) {
      reject(
        start,
        'row has a different number of fields from the header',
        `has ${fieldCount} ${fieldCount === 1 ? 'field' : 'fields'} but the header has ${result.header.length}`,
      );
      return;
    }
    const record: Record<string, string> = {};
    const { indexes, fields: names } = plan;
    for (let k = 0; k < indexes.length; k += 1) {
      record[names[k]!] = (fields[indexes[k]!] ?? '').trim();
    }
    try {
      onRecord(record, start);
    } catch (error) {
      handlerError = { error };
      tokenizer.stop();
    }
  };

  const onOverlong = ({ line, fieldIndex, quoted }: OverlongCell): void => {
    const column = plan === null ? undefined : result.header[fieldIndex];
    const issue: InputIssue = {
      source,
      row: line,
      message: `${plan === null ? 'the header row' : 'the row'} has a cell${column === undefined || column === '' ? ` (column ${fieldIndex + 1})` : ''} longer than ${MAX_CELL_LENGTH.toLocaleString('en-GB')} characters, more than a spreadsheet cell holds${quoted ? ': it opens with a quote that is probably never closed (a stray " character?), so the rest of the file would be read as one cell' : ''}; reading stopped there`,
    };
    if (column !== undefined && column !== '') issue.field = column;
    result.issues.push(issue);
  };

  const tokenizer = new CsvTokenizer({ delimiter: options.delimiter ?? ',', maxCellLength: MAX_CELL_LENGTH, onRow, onOverlong });
  // A header row beyond the column limit is an error: its cells past the limit are counted only.
  tokenizer.keepFields = MAX_COLUMNS + 1;

  const finish = (): CsvStreamSummary => {
    if (handlerError !== undefined) {
      const { error } = handlerError;
      throw error instanceof Error ? error : new Error(String(error));
    }
    if (plan === null && result.issues.length === 0) {
      result.issues.push({ source, message: `${describeFile(source, file)} is empty: it has no header row` });
    }
    result.rejectReasons = [...reasonCounts].map(([reason, count]) => ({ reason, count }));
    if (extent === 'rows') options.onProgress?.(result.rowsRead);
    return result;
  };

  if (typeof input === 'string') {
    // Fed in slices, so a cell over the limit stops the reading early here too.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    for (let at = 0; at < text.length && !tokenizer.stopped; at += STRING_SLICE) {
      tokenizer.write(text.slice(at, at + STRING_SLICE));
    }
    tokenizer.end();
    return Promise.resolve().then(finish);
  }
  return (async () => {
    // A decoder keeps a multi-byte character split across two chunks whole.
    const decoder = new StringDecoder('utf8');
    let first = true;
    for await (const chunk of input as AsyncIterable<string | Buffer>) {
      let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      tokenizer.write(text);
      // Leaving the loop destroys the stream: nothing more is read.
      if (tokenizer.stopped) break;
    }
    if (!tokenizer.stopped) {
      const rest = decoder.end();
      if (rest.length > 0) tokenizer.write(first && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest);
      tokenizer.end();
    }
    return finish();
  })();
}

/**
 * Parses one source's CSV text or stream (RFC 4180 with the usual export habits) into raw records.
 *
 * - The first non-blank line is the header. Headers match field names ignoring case, spaces and
 *   punctuation (`Staff ID` is `staffId`); `columns` maps other headers to fields. Columns that
 *   match no field are ignored and listed in `ignoredColumns`.
 * - A byte-order mark, CRLF or LF line ends, and quoted fields with commas, quotes and line breaks
 *   are handled. A record's row number is the physical line where it starts (the header is row 1),
 *   so a quoted field spanning lines moves the later rows' numbers on, as a text editor shows them.
 * - Blank lines (and lines of empty cells only) are skipped and not counted as rows.
 * - A row with a different number of fields from the header, or with a broken quote, is rejected
 *   (listed in `rejects`) rather than guessed at.
 * - Cells are trimmed; blank cells stay `''` (the schemas read blank as missing).
 *
 * Streams are parsed chunk by chunk (the tokenizer of src/csv/tokenize.ts), so a large file is never held in
 * memory as text and records at the same time. To handle each record without keeping them all,
 * use {@link streamCsv}.
 *
 * @param input CSV text, or a readable stream of it (bytes are read as UTF-8).
 * @param options The source, file name, column mapping and progress callback.
 * @returns The records with their row numbers, rejected rows, and file-level issues.
 * @throws Error when the stream fails (for example the file cannot be read).
 * @example
 * const parsed = await parseCsv('id,ethnicity\r\n1,"White, British"\r\n\r\n2,Indian\r\n', { source: 'staff' });
 * parsed.records; // [{ id: '1', ethnicity: 'White, British' }, { id: '2', ethnicity: 'Indian' }]
 * parsed.rows;    // [2, 4]
 */
export async function parseCsv(input: string | Readable, options: ParseCsvOptions): Promise<ParsedCsvSource> {
  const records: Record<string, string>[] = [];
  const rows: number[] = [];
  const summary = await readCsv(input, options, (record, row) => {
    records.push(record);
    rows.push(row);
  }, 'rows');
  return { ...summary, records, rows };
}

/**
 * Streams one source's CSV text or stream, handing each accepted row to `onRecord` as soon as it is
 * read and keeping none: memory holds one chunk of text and the rejected rows, whatever the file's
 * size. Headers, row numbers, blank lines, rejected rows and file-level issues are as for
 * {@link parseCsv}; when the file has a file-level issue, no record is handed on.
 *
 * @param input CSV text, or a readable stream of it (bytes are read as UTF-8).
 * @param options The source, file name, column mapping and progress callback.
 * @param onRecord Called with each accepted row (field -> trimmed cell text) and the physical line it starts on.
 * @returns What the file gave apart from the records: header, columns, rows read, rejects, issues.
 * @throws Error when the stream fails, or whatever `onRecord` throws (reading stops there).
 * @example
 * const ids: string[] = [];
 * const summary = await streamCsv('id,ethnicity\n1,Indian\n2,1,x\n3,\n', { source: 'staff' }, (record) => ids.push(record.id ?? ''));
 * ids;                      // ['1', '3']
 * summary.rowsRead;         // 3
 * summary.rejects[0]?.row;  // 3 ('has 3 fields but the header has 2')
 */
export function streamCsv(input: string | Readable, options: ParseCsvOptions, onRecord: CsvRecordHandler): Promise<CsvStreamSummary> {
  return readCsv(input, options, onRecord, 'rows');
}

/**
 * Reads only the header of a source's CSV file and checks it (required columns, column mapping),
 * without reading the rows: a quick check of every file before a long run. `rowsRead` is 0.
 *
 * @param input CSV text, or a readable stream of it (destroyed once the header is read).
 * @param options The source, file name and column mapping.
 * @returns The header, how its columns map to fields, and file-level issues.
 * @throws Error when the stream fails (for example the file cannot be read).
 * @example
 * const { issues } = await scanCsvHeader('Employee,ethnicity\n1,Indian\n', { source: 'staff' });
 * issues[0]?.field; // 'id' (a required column the file lacks)
 */
export function scanCsvHeader(input: string | Readable, options: ParseCsvOptions): Promise<CsvStreamSummary> {
  return readCsv(input, options, () => undefined, 'header');
}
