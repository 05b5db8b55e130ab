/**
 * Which cell styles show a number as a date. A workbook stores a date as a serial number whose
 * cell format (through `cellXfs` in styles.xml) is a date format: one of Excel's built-in date
 * formats, or a custom format code with day, month or year parts.
 *
 * @module
 */
import { attribute, elementPrefix, nextElement, unescapeXml } from './xml.js';

/**
 * Excel's built-in date and date-time formats: 14-17 and 22 (`m/d/yyyy`, `d-mmm-yy`, `d-mmm`,
 * `mmm-yy`, `m/d/yyyy h:mm`), and the East Asian date formats 27-36 and 50-58 (ECMA-376 Part 1,
 * 18.8.30). The time-only formats 18-21 and 45-47 read as numbers (fractions of a day).
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a custom number format code shows a date: after quoted text, escaped characters and
 * bracketed parts (colours, locales, elapsed time) are removed, it still has a day, month or year
 * (`d`, `m`, `y`). An `m` with hours or seconds and no day or year is minutes (`h:mm`), not a month.
 *
 * @example
 * isDateFormatCode('dd/mm/yyyy');          // true
 * isDateFormatCode('[$-809]dd mmmm yyyy'); // true
 * isDateFormatCode('"£"#,##0.00');         // false
 * isDateFormatCode('h:mm');                // false
 */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .toLowerCase();
  if (/[dy]/.test(bare)) return true;
  return /m/.test(bare) && !/[hs]/.test(bare);
}

/**
 * For each cell style index (a cell's `s` attribute), whether it shows a date.
 *
 * @param xml styles.xml, or `undefined` when the workbook has none (then no cell is a date).
 */
export function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const p = elementPrefix(xml, 'styleSheet');
  const customDate = new Map<number, boolean>();
  const numFmts = nextElement(xml, `${p}numFmts`, 0, xml.length);
  if (numFmts !== undefined) {
    for (let pos = numFmts.tagEnd; ; ) {
      const numFmt = nextElement(xml, `${p}numFmt`, pos, numFmts.close);
      if (numFmt === undefined) break;
      const id = Number(attribute(xml, numFmt.start, numFmt.tagEnd, 'numFmtId'));
      const code = unescapeXml(attribute(xml, numFmt.start, numFmt.tagEnd, 'formatCode') ?? '');
      customDate.set(id, isDateFormatCode(code));
      pos = numFmt.tagEnd + 1;
    }
  }
  const cellXfs = nextElement(xml, `${p}cellXfs`, 0, xml.length);
  const styles: boolean[] = [];
  if (cellXfs === undefined) return styles;
  for (let pos = cellXfs.tagEnd; ; ) {
    const xf = nextElement(xml, `${p}xf`, pos, cellXfs.close);
    if (xf === undefined) break;
    const id = Number(attribute(xml, xf.start, xf.tagEnd, 'numFmtId') ?? 0);
    styles.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
    pos = xf.tagEnd + 1;
  }
  return styles;
}
