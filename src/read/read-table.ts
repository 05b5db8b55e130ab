/**
 * The file readers' entry: a file's bytes to a {@link RawTable}, whatever the file is. Browser-safe:
 * it takes bytes, so a page reads the files a person picks and the CLI reads paths, each then
 * calling this.
 *
 * @module
 */
import type { IssueSource } from '../errors.js';
import type { RawTable } from '../model/raw-table.js';
import { csvTable } from './csv-table.js';
import { type Delimiter, delimiterFromName, detectDelimiter } from './delimiter.js';
import { type TextEncodingName, decodeText, encodingFromName } from './encoding.js';
import { detectFile } from './file-kind.js';
import { type FileContext, failFile, quotable } from './problems.js';
import { workbookSheets, xlsxTable } from './xlsx/xlsx-table.js';

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** The file's name as the person knows it (`staff.csv`): every message names it. */
  name: string;
  /** The dataset source the file feeds, for the issues of an error. Default `'dataset'`. */
  source?: IssueSource;
  /** Workbooks: the sheet to read, by name (matched case-insensitively). Default the first sheet. */
  sheet?: string;
  /**
   * CSV: the text encoding (`'utf-8'`, `'utf-16le'`, `'utf-16be'`, `'windows-1252'`; `cp1252`,
   * `latin1` and `utf8` are understood too). Default: detected. A byte-order mark always wins.
   */
  encoding?: string;
  /** CSV: the delimiter (`','`, `';'`, `'\t'`, or `'comma'`, `'semicolon'`, `'tab'`). Default: detected. */
  delimiter?: string;
  /**
   * Title rows above the header: the header is the first non-blank row below row `skipRows` (a
   * CSV's physical line, a sheet's row number). Default 0.
   */
  skipRows?: number;
}

/** How a table was read: what {@link readTable} detected or was told. */
export type TableFormat =
  | { kind: 'csv'; encoding: TextEncodingName; byteOrderMark: boolean; delimiter: Delimiter }
  | { kind: 'xlsx'; sheet: string; sheets: string[]; dateSystem: 1900 | 1904 };

/** A table read from a file, with how it was read. */
export interface ReadTable extends RawTable {
  format: TableFormat;
}

/** Excel's delimiter line: `sep=,`, `sep=;` or `sep=` and a tab, alone on the first line. */
const SEPARATOR_LINE = /^sep=([,;\t])(?:\r\n|\r|\n|$)/i;

function checkedSkipRows(context: FileContext, skipRows: number | undefined): number {
  if (skipRows === undefined) return 0;
  if (!Number.isSafeInteger(skipRows) || skipRows < 0) {
    failFile(context, `${context.name}: skipRows must be a whole number of rows, 0 or more, not ${quotable(String(skipRows))}`);
  }
  return skipRows;
}

/** The encoding and delimiter a person gave, checked (an unknown name is an error naming the file). */
export function csvSettings(
  context: FileContext,
  options: { encoding?: string; delimiter?: string },
): { encoding: TextEncodingName | undefined; delimiter: Delimiter | undefined } {
  let encoding: TextEncodingName | undefined;
  if (options.encoding !== undefined) {
    encoding = encodingFromName(options.encoding);
    if (encoding === undefined) {
      failFile(context, `${context.name}: the encoding ${quotable(options.encoding)} is not one the reader knows (use "utf-8", "utf-16le", "utf-16be" or "windows-1252")`);
    }
  }
  let delimiter: Delimiter | undefined;
  if (options.delimiter !== undefined) {
    delimiter = delimiterFromName(options.delimiter);
    if (delimiter === undefined) {
      failFile(context, `${context.name}: the delimiter ${quotable(options.delimiter)} is not one the reader knows (use ",", ";" or a tab)`);
    }
  }
  return { encoding, delimiter };
}

/**
 * Reads one file's bytes into a table of raw cells: CSV (comma, semicolon or tab; UTF-8 with or
 * without a byte-order mark, UTF-16 with one, or Windows-1252; each detected unless given) or an
 * Excel `.xlsx` workbook (one sheet; date cells read as calendar dates). Any other kind of file
 * (`.xls`, PDF, another zip, an empty file) is refused with a sentence saying what it is. Row
 * numbers are the lines and sheet rows a person sees.
 *
 * @param bytes The file's bytes.
 * @param options The file's name, and what is known about it.
 * @returns The header, the rows (cells cut out when read), and how the file was read.
 * @throws {WresInputError} When the file is not a table that can be read, naming the file and,
 *   where there is one, the line or row.
 * @example
 * const bytes = new Uint8Array([...'Employee No;Grade\r\n1001;PO3\r\n'].map((c) => c.charCodeAt(0)));
 * const table = readTable(bytes, { name: 'staff.csv' });
 * table.header;          // ['Employee No', 'Grade']
 * table.cell(0, 1);      // 'PO3'
 * table.rowNumber(0);    // 2
 * table.format;          // { kind: 'csv', encoding: 'utf-8', byteOrderMark: false, delimiter: ';' }
 */
export function readTable(bytes: Uint8Array, options: ReadTableOptions): ReadTable {
  const context: FileContext = { name: options.name, source: options.source ?? 'dataset' };
  const skipRows = checkedSkipRows(context, options.skipRows);
  const kind = detectFile(bytes, options.name);
  if (kind.kind === 'xlsx') return xlsxTable(bytes, options.sheet, skipRows, context);
  if (!kind.readable) failFile(context, kind.description);

  const { encoding, delimiter } = csvSettings(context, options);
  const decoded = decodeText(bytes, context, encoding);
  // Excel writes and honours a first line "sep=;" naming the delimiter, and hides it: the rows a
  // person counts for skipRows start below it.
  const hint = SEPARATOR_LINE.exec(decoded.text.slice(0, 8));
  const hinted = hint === null ? undefined : delimiterFromName(hint[1]!);
  const skipLines = hinted === undefined ? skipRows : skipRows + 1;
  const used = delimiter ?? hinted ?? detectDelimiter(decoded.text, skipLines);
  const table = csvTable(decoded.text, used, skipLines, context);
  return Object.assign(table, {
    format: { kind: 'csv', encoding: decoded.encoding, byteOrderMark: decoded.byteOrderMark, delimiter: used } as const,
  });
}

/**
 * The names of a workbook's sheets, in tab order (hidden sheets included), for choosing `sheet`.
 *
 * @param bytes The file's bytes.
 * @param name The file's name, for messages.
 * @returns The sheet names.
 * @throws {WresInputError} When the file is not an `.xlsx` workbook (saying what it is), or is damaged.
 * @example
 * listSheets(workbookBytes, 'staff.xlsx'); // ['Staff', 'Leavers', 'Notes']
 */
export function listSheets(bytes: Uint8Array, name: string): string[] {
  const context: FileContext = { name, source: 'dataset' };
  const kind = detectFile(bytes, name);
  if (kind.kind !== 'xlsx') failFile(context, kind.kind === 'csv' ? `${name} is CSV text, not a workbook: it has no sheets` : kind.description);
  return workbookSheets(bytes, context);
}
