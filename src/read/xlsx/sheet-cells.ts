/**
 * The cells of one worksheet part, row by row, in one pass over its XML: each cell's value as a
 * {@link RawCell} (shared and inline strings, numbers, booleans, error values as their text, and
 * numbers in a date format as calendar dates). Rows and cells without a position (`r`) follow the
 * one before, as the format allows.
 *
 * @module
 */
import type { RawCell } from '../../model/raw-table.js';
import { excelSerialToDate } from './excel-date.js';
import { attribute, elementPrefix, nameEndsAt, nextElement, stringItemText, tagEnd, unescapeXml } from './xml.js';

/** What the cell values are read against: the workbook's strings, date styles and date system. */
export interface CellContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  dateSystem: 1900 | 1904;
}

/**
 * Receives one row: its sheet row number and its non-empty cells' 0-based columns and values.
 * Returning `true` stops the reading (a preview needs only the first rows).
 */
export type RowSink = (row: number, columns: number[], values: RawCell[], count: number) => boolean | void;

/** The 0-based column of a cell reference's letters (`B12` -> 1, `AA3` -> 26), or -1 when it has none. */
export function columnOfReference(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
}

function numberCell(raw: string, style: number, context: CellContext, dates: Map<number, string | undefined>): RawCell {
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value)) return raw === '' ? null : raw;
  if (context.dateStyles[style] === true) {
    // A sheet holds few distinct days and many cells of each: each day is worked out once.
    const day = Math.floor(value);
    let date = dates.get(day);
    if (date === undefined && !dates.has(day)) {
      date = excelSerialToDate(day, context.dateSystem);
      dates.set(day, date);
    }
    if (date !== undefined) return { date };
  }
  return value;
}

/** The attributes of a cell's start tag that the reader uses. */
interface CellAttributes {
  /** `r`: the cell's reference (`B12`), when written. */
  reference: string | undefined;
  /** `t`: the cell's type (`n` when not written). */
  type: string;
  /** `s`: the cell's style index (0 when not written). */
  style: number;
}

/**
 * Reads `r`, `t` and `s` from a cell's start tag `xml[from..end)` in one pass (a cell's tag is
 * read once, however many attributes it has).
 */
function readCellAttributes(xml: string, from: number, end: number, into: CellAttributes): void {
  into.reference = undefined;
  into.type = 'n';
  into.style = 0;
  for (let i = from; i < end; ) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    let nameStart = i;
    while (nameStart < eq && (xml.charCodeAt(nameStart) <= 32)) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let q = eq + 1;
    while (xml.charCodeAt(q) <= 32 && q < end) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") return;
    const close = xml.indexOf(quote, q + 1);
    if (close < 0 || close > end) return;
    if (nameEnd - nameStart === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114) into.reference = xml.slice(q + 1, close); // r
      else if (name === 116) into.type = xml.slice(q + 1, close); // t
      else if (name === 115) into.style = Number(xml.slice(q + 1, close)); // s
    }
    i = close + 1;
  }
}

/** Whether the element name at `at` is exactly `name`. */
function isElement(xml: string, at: number, name: string): boolean {
  return xml.startsWith(name, at) && nameEndsAt(xml, at + name.length);
}

/** Why a sheet's cells could not all be read: its XML stops inside an element, or a cell points at a missing shared string. */
export interface SheetDamage {
  row: number;
  problem: 'cut-short' | 'shared-string';
  reference?: string;
}

/**
 * Reads every row of a worksheet part and hands its non-empty cells to `sink`. One pass from tag
 * to tag (`indexOf('<')`), so the time is linear in the part's size whatever its rows hold.
 *
 * @returns What stopped the reading early (the workbook is damaged), or `undefined`.
 */
export function readSheetCells(xml: string, context: CellContext, sink: RowSink): SheetDamage | undefined {
  const p = elementPrefix(xml, 'worksheet');
  const data = nextElement(xml, `${p}sheetData`, 0, xml.length);
  if (data === undefined || data.selfClosing) return undefined;
  const rowName = `${p}row`;
  const cellName = `${p}c`;
  const valueName = `${p}v`;
  const inlineName = `${p}is`;
  const phonetic = xml.includes('rPh');
  const columns: number[] = [];
  const values: RawCell[] = [];
  let rowNumber = 0;
  let inRow = false;
  let count = 0;
  let column = -1;
  let cellType = 'n';
  let cellStyle = 0;
  let cellReference: string | undefined;
  let value: RawCell = null;
  const cell: CellAttributes = { reference: undefined, type: 'n', style: 0 };
  const dates = new Map<number, string | undefined>();

  let stopped = false;
  const endRow = (): void => {
    if (sink(rowNumber, columns, values, count) === true) stopped = true;
    inRow = false;
    count = 0;
    column = -1;
  };
  const endCell = (): void => {
    if (value !== null && value !== '') {
      columns[count] = column;
      values[count] = value;
      count++;
    }
    value = null;
  };

  for (let pos = data.tagEnd + 1; !stopped; ) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= data.close) break;
    const end = tagEnd(xml, lt);
    if (end < 0) return { row: rowNumber, problem: 'cut-short' };
    pos = end + 1;
    const closing = xml.charCodeAt(lt + 1) === 47;
    const at = closing ? lt + 2 : lt + 1;
    const selfClosing = !closing && xml.charCodeAt(end - 1) === 47;
    if (isElement(xml, at, cellName)) {
      if (closing) {
        endCell();
        continue;
      }
      readCellAttributes(xml, lt + 1 + cellName.length, end, cell);
      cellReference = cell.reference;
      const fromReference = cellReference === undefined ? -1 : columnOfReference(cellReference);
      column = fromReference >= 0 ? fromReference : column + 1;
      cellType = cell.type;
      cellStyle = cell.style;
      value = null;
      if (selfClosing) endCell();
    } else if (!closing && !selfClosing && isElement(xml, at, valueName)) {
      const close = xml.indexOf(`</${valueName}>`, end);
      if (close < 0) return { row: rowNumber, problem: 'cut-short' };
      const raw = xml.slice(end + 1, close);
      pos = close;
      if (cellType === 's') {
        const text = context.sharedStrings[Number(raw)];
        if (text === undefined) return { row: rowNumber, problem: 'shared-string', reference: cellReference ?? `column ${column + 1}` };
        value = text;
      } else if (cellType === 'b') {
        value = raw === '1' || raw === 'true';
      } else if (cellType === 'str' || cellType === 'e' || cellType === 'inlineStr') {
        value = unescapeXml(raw);
      } else if (cellType === 'd') {
        value = /^\d{4}-\d{2}-\d{2}/.test(raw) ? { date: raw.slice(0, 10) } : unescapeXml(raw);
      } else {
        value = numberCell(raw, cellStyle, context, dates);
      }
    } else if (!closing && !selfClosing && isElement(xml, at, inlineName)) {
      const close = xml.indexOf(`</${inlineName}>`, end);
      if (close < 0) return { row: rowNumber, problem: 'cut-short' };
      value = stringItemText(xml, end + 1, close, p, phonetic);
      pos = close;
    } else if (isElement(xml, at, rowName)) {
      if (closing) {
        if (inRow) endRow();
        continue;
      }
      if (inRow) endRow();
      const r = attribute(xml, lt, end, 'r');
      rowNumber = r === undefined ? rowNumber + 1 : Number(r);
      inRow = true;
      if (selfClosing) endRow();
    }
  }
  if (inRow && !stopped) endRow();
  return undefined;
}

/** The shared strings table, in order (`<si>` items of sharedStrings.xml). */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const p = elementPrefix(xml, 'sst');
  const phonetic = xml.includes('rPh');
  const strings: string[] = [];
  for (let pos = 0; ; ) {
    const item = nextElement(xml, `${p}si`, pos, xml.length);
    if (item === undefined) break;
    strings.push(item.selfClosing ? '' : stringItemText(xml, item.tagEnd + 1, item.close, p, phonetic));
    pos = item.close + 1;
  }
  return strings;
}
