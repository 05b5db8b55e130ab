/**
 * Streaming CSV parsing of one source file into raw string records, with the physical row number of
 * each record and a list of rows rejected at the CSV level (before any schema check).
 *
 * @module
 */
import { Transform, pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import type { InputIssue } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { REQUIRED_COLUMNS, SOURCE_FIELDS, normaliseHeader } from './fields.js';

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
  /** Rows rejected at the CSV level (wrong number of fields, broken quotes). */
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

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.length > 0 && (field.includes('\n') || field.includes('\r'))) {
      n += field.match(LINE_BREAK)?.length ?? 0;
    }
  }
  return n;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
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
    const mapped = mapping[name] ?? mappingByNormal.get(normaliseHeader(name));
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
    plan.columns[name] = field;
  });
  for (const from of Object.keys(mapping)) {
    if (!used.has(normaliseHeader(from))) plan.unusedMappings.push(from);
  }
  for (const field of REQUIRED_COLUMNS[source]) {
    if (!fieldColumn.has(field)) {
      issues.push({
        source,
        field,
        message: `is a required column but ${describeFile(source, file)} has no such column (its columns are: ${header.map((h) => `"${h}"`).join(', ') || 'none'}); rename the column or map it with a column mapping`,
      });
    }
  }
  return plan;
}

/** The line ending of a text: that of its first line break (`\n` when it has none). */
function detectNewline(text: string): '\r\n' | '\n' | '\r' | undefined {
  const at = text.search(/[\r\n]/);
  if (at < 0) return undefined;
  if (text[at] === '\n') return '\n';
  if (at + 1 >= text.length) return undefined; // a \r at the end of a chunk: wait for the next one
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

/**
 * Decodes UTF-8, drops a byte-order mark, and holds the text back until the first line break is
 * seen, so the parser is told the file's line ending instead of guessing it from a small chunk.
 * Emits `'newline'` once with the line ending.
 */
function preparedText(): Transform {
  // A decoder keeps a multi-byte character split across two chunks whole.
  const decoder = new StringDecoder('utf8');
  let held = '';
  let newline: string | undefined;
  let stream: Transform;
  const release = (nl: string): void => {
    newline = nl;
    stream.emit('newline', nl);
  };
  stream = new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string | Buffer, _encoding, callback) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      if (newline !== undefined) {
        callback(null, text);
        return;
      }
      held += text;
      if (held.charCodeAt(0) === 0xfeff) held = held.slice(1);
      const found = detectNewline(held);
      if (found === undefined) {
        callback();
        return;
      }
      release(found);
      const out = held;
      held = '';
      callback(null, out);
    },
    flush(callback) {
      const rest = held + decoder.end();
      if (newline === undefined) release(detectNewline(`${rest}\n`) ?? '\n');
      callback(null, rest.length > 0 ? rest : undefined);
    },
  });
  return stream;
}

/** How far {@link readCsv} reads: the header only (to check a file before a long run), or every row. */
type ReadExtent = 'header' | 'rows';

/**
 * The streaming core shared by {@link parseCsv}, {@link streamCsv} and {@link scanCsvHeader}:
 * papaparse in step mode, one row at a time, tracking physical line numbers, planning columns from
 * the header and rejecting malformed rows. Accepted rows go to `onRecord` and are not kept here.
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
    rejects: [],
    issues: [],
  };
  if (file !== undefined) result.file = file;
  let line = 1;
  let plan: ColumnPlan | null = null;

  const reject = (row: number, reason: string, message: string, column?: string): void => {
    const item: CsvReject = { source, row, reason, message };
    if (file !== undefined) item.file = file;
    if (column !== undefined) item.column = column;
    result.rejects.push(item);
  };

  return new Promise<CsvStreamSummary>((resolve, rejectPromise) => {
    let settled = false;
    // An error thrown by the record handler, kept until papaparse has stopped.
    let handlerError: { error: unknown } | undefined;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (handlerError !== undefined) error = handlerError.error;
      if (error !== undefined) {
        rejectPromise(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (plan === null && result.issues.length === 0) {
        result.issues.push({ source, message: `${describeFile(source, file)} is empty: it has no header row` });
      }
      if (extent === 'rows') options.onProgress?.(result.rowsRead);
      resolve(result);
    };
    const stop = (parser: Papa.Parser): void => {
      parser.abort();
      if (typeof input !== 'string') input.destroy();
    };

    const step = (results: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void => {
      if (settled) return;
      const fields = results.data;
      const start = line;
      line += 1 + lineBreaks(fields);
      if (plan === null) {
        if (isBlank(fields)) return;
        const header = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        result.header = header;
        plan = planColumns(header, source, file, options.columns ?? {});
        result.columns = plan.columns;
        result.ignoredColumns = plan.ignored;
        result.unusedMappings = plan.unusedMappings;
        if (plan.issues.length > 0) result.issues.push(...plan.issues);
        if (plan.issues.length > 0 || extent === 'header') stop(parser);
        return;
      }
      if (isBlank(fields)) return;
      result.rowsRead += 1;
      if (result.rowsRead % progressEvery === 0) options.onProgress?.(result.rowsRead);
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError !== undefined) {
        if (quoteError.code === 'MissingQuotes') {
          reject(start, 'row has an unclosed quote', 'has a quoted field that is never closed (a " without its closing "), so the rest of the file cannot be read as rows');
        } else {
          reject(start, 'row has a badly placed quote', 'has a badly placed quote (a closing " must be followed by a comma or the end of the line)');
        }
        return;
      }
      if (fields.length !== result.header.length) {
        reject(
          start,
          'row has a different number of fields from the header',
          `has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} but the header has ${result.header.length}`,
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
        // Thrown from inside papaparse's data handler it would escape the promise: stop and reject.
        handlerError = { error };
        stop(parser);
      }
    };

    const config: Papa.ParseConfig<string[]> & { step: typeof step; complete: () => void; error: (e: Error) => void } = {
      header: false,
      delimiter: options.delimiter ?? ',',
      skipEmptyLines: false,
      step,
      complete: () => finish(),
      error: (error: Error) => finish(error),
    };

    if (typeof input === 'string') {
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      config.newline = detectNewline(`${text}\n`) ?? '\n';
      Papa.parse(text, config as Papa.ParseConfig<string[]>);
      return;
    }
    const text = preparedText();
    text.once('newline', (newline: '\r\n' | '\n' | '\r') => {
      config.newline = newline;
      Papa.parse(text as unknown as Papa.LocalFile, config as Papa.ParseLocalConfig<string[], Papa.LocalFile>);
    });
    pipeline(input, text, (error) => {
      if (error) finish(error);
    });
  });
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
 * Streams are parsed chunk by chunk (papaparse's streaming mode), so a large file is never held in
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
