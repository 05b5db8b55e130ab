/**
 * The file readers: a file's bytes to a {@link RawTable} (CSV in its encodings and delimiters, or
 * an `.xlsx` sheet), and what kind of file it is. Browser-safe; the entries that know paths read
 * the bytes and call {@link readTable}.
 *
 * @module
 */
export { readTable, listSheets, type ReadTableOptions, type ReadTable, type TableFormat } from './read-table.js';
export { detectFile, type FileKind, type FileKindInfo } from './file-kind.js';
export { detectSkipRows, type DetectSkipRowsOptions } from './header-row.js';
export { decodeText, encodingFromName, type DecodedText, type TextEncodingName } from './encoding.js';
export { detectDelimiter, delimiterFromName, type Delimiter } from './delimiter.js';
export { excelSerialToDate } from './xlsx/excel-date.js';
export type { FileContext } from './problems.js';
export type { RawCell, RawTable } from '../model/raw-table.js';
