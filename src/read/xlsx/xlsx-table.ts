/**
 * One sheet of an `.xlsx` workbook to a {@link RawTable}: the header is the first non-blank row
 * below the skipped title rows; data rows follow, blank rows left out, each keeping its sheet row
 * number. Cells beyond the header's last column have no name and are not read.
 *
 * @module
 */
import type { RawCell } from '../../model/raw-table.js';
import { type FileContext, failFile, quotable, visible } from '../problems.js';
import { readSharedStrings, readSheetCells } from './sheet-cells.js';
import { dateStyles } from './styles.js';
import { type SheetEntry, type WorkbookIndex, readParts, readWorkbookIndex } from './workbook.js';

/** A sheet read into a table, with how it was read (the shape `readTable` returns). */
export interface XlsxTable {
  origin: string;
  header: string[];
  rowCount: number;
  cell(row: number, column: number): RawCell;
  rowNumber(row: number): number;
  format: { kind: 'xlsx'; sheet: string; sheets: string[]; dateSystem: 1900 | 1904 };
}

function headerText(value: RawCell): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function chooseSheet(index: WorkbookIndex, wanted: string | undefined, context: FileContext): SheetEntry {
  const names = index.sheets.map((sheet) => quotable(sheet.name)).join(', ');
  if (wanted === undefined) {
    const first = index.sheets.find((sheet) => !sheet.hidden && sheet.type === 'worksheet');
    if (first === undefined) failFile(context, `${context.name} has no worksheet to read${index.sheets.length > 0 ? ` (its sheets: ${names})` : ''}`);
    return first;
  }
  const key = wanted.trim().toLowerCase();
  const sheet = index.sheets.find((entry) => entry.name.trim().toLowerCase() === key);
  if (sheet === undefined) failFile(context, `${context.name} has no sheet named ${quotable(wanted)}: its sheets are ${names}`);
  if (sheet.type !== 'worksheet') failFile(context, `${context.name}: the sheet ${quotable(sheet.name)} is a ${sheet.type.replace('sheet', ' sheet')}, not a sheet of cells`);
  return sheet;
}

/**
 * Reads one sheet of a workbook.
 *
 * @param bytes The workbook's bytes (a zip).
 * @param sheetName The sheet, by name (case-insensitive); default the first visible worksheet.
 * @param skipRows Title rows above the header.
 * @param context The file's name and source, for messages.
 * @throws {WresInputError} When the workbook is damaged, the sheet is not there, or it has no header.
 */
export function xlsxTable(bytes: Uint8Array, sheetName: string | undefined, skipRows: number, context: FileContext): XlsxTable {
  const index = readWorkbookIndex(bytes, context);
  const sheet = chooseSheet(index, sheetName, context);
  const wanted = [sheet.part, index.sharedStringsPart, index.stylesPart].filter((part): part is string => part !== undefined);
  const parts = readParts(bytes, wanted, context);
  const xml = sheet.part === undefined ? undefined : parts.get(sheet.part);
  if (xml === undefined) failFile(context, `${context.name} is a damaged workbook: the sheet ${quotable(sheet.name)} has no cells part; open it in Excel and save it again`);
  const origin = `${context.name}, sheet ${visible(sheet.name)}`;
  const cellContext = {
    sharedStrings: readSharedStrings(index.sharedStringsPart === undefined ? undefined : parts.get(index.sharedStringsPart)),
    dateStyles: dateStyles(index.stylesPart === undefined ? undefined : parts.get(index.stylesPart)),
    dateSystem: index.dateSystem,
  };

  let header: string[] | undefined;
  let width = 0;
  const cells: RawCell[] = [];
  const rowNumbers: number[] = [];
  const bad = readSheetCells(xml, cellContext, (row, columns, values, count) => {
    if (row <= skipRows || count === 0) return;
    if (header === undefined) {
      for (let k = 0; k < count; k++) width = Math.max(width, columns[k]! + 1);
      header = new Array<string>(width).fill('');
      for (let k = 0; k < count; k++) header[columns[k]!] = headerText(values[k]!);
      return;
    }
    let kept = false;
    for (let k = 0; k < count; k++) if (columns[k]! < width) kept = true;
    if (!kept) return; // a row whose only values are beyond the header's columns is blank here
    const base = cells.length;
    for (let c = 0; c < width; c++) cells.push(null);
    for (let k = 0; k < count; k++) {
      const column = columns[k]!;
      if (column < width) cells[base + column] = values[k]!;
    }
    rowNumbers.push(row);
  });
  if (bad !== undefined) {
    // Located as a row of this sheet ("staff.xlsx, sheet Staff, row 4"), never as a CSV row.
    const what =
      bad.problem === 'shared-string'
        ? `cell ${quotable(bad.reference!)} points at a shared string the workbook does not have`
        : 'the cells stop in the middle of the row';
    failFile(context, `${what} (the workbook is damaged: open it in Excel and save it again)`, bad.row, origin);
  }
  if (header === undefined) {
    failFile(context, `${origin} has no header row${skipRows > 0 ? ` below row ${skipRows}` : ''}: the sheet is empty`);
  }
  const rowCount = rowNumbers.length;
  return {
    origin,
    header,
    rowCount,
    cell(row: number, column: number): RawCell {
      if (row < 0 || row >= rowCount || column < 0 || column >= width) return null;
      return cells[row * width + column] ?? null;
    },
    rowNumber(row: number): number {
      return rowNumbers[row]!;
    },
    format: { kind: 'xlsx', sheet: sheet.name, sheets: index.sheets.map((entry) => entry.name), dateSystem: index.dateSystem },
  };
}

/** The number of non-empty cells of each of a sheet's first non-blank rows, with its row number. */
export function sheetRowShapes(bytes: Uint8Array, sheetName: string | undefined, context: FileContext, limit: number): { row: number; filled: number }[] {
  const index = readWorkbookIndex(bytes, context);
  const sheet = chooseSheet(index, sheetName, context);
  const wanted = [sheet.part, index.sharedStringsPart].filter((part): part is string => part !== undefined);
  const parts = readParts(bytes, wanted, context);
  const xml = sheet.part === undefined ? undefined : parts.get(sheet.part);
  const shapes: { row: number; filled: number }[] = [];
  if (xml === undefined) return shapes;
  const sharedStrings = readSharedStrings(index.sharedStringsPart === undefined ? undefined : parts.get(index.sharedStringsPart));
  readSheetCells(xml, { sharedStrings, dateStyles: [], dateSystem: index.dateSystem }, (row, _columns, _values, count) => {
    if (count > 0) shapes.push({ row, filled: count });
    return shapes.length >= limit;
  });
  return shapes;
}

/**
 * The names of a workbook's sheets, in tab order (hidden ones included).
 *
 * @throws {WresInputError} When the workbook is damaged.
 */
export function workbookSheets(bytes: Uint8Array, context: FileContext): string[] {
  return readWorkbookIndex(bytes, context).sheets.map((sheet) => sheet.name);
}
