/**
 * A table as a file reader gives it, before any field is known: the boundary between the entries
 * that read files (CSV in any encoding, xlsx) and the browser-safe core that applies an import
 * profile to it. Readers choose their own storage; the core reads cells through the accessors.
 *
 * @module
 */

/**
 * One cell as read: text (CSV, or an xlsx text cell), a number (an xlsx numeric cell), a calendar
 * date (an xlsx date cell, as `{ date: 'YYYY-MM-DD' }`), a boolean (an xlsx boolean cell), or
 * `null` for an empty cell.
 */
export type RawCell = string | number | boolean | { date: string } | null;

/** The rows of one file (or one sheet), with its header, as a reader gives them. */
export interface RawTable {
  /** What errors call it: the file name, and the sheet for a workbook ("staff.xlsx, sheet Staff"). */
  origin: string;
  /** The header cells, in file order, as written (not trimmed or renamed). */
  header: string[];
  /** Number of data rows (the header and skipped title rows are not counted). */
  rowCount: number;
  /** The cell of data row `row` (0-based) in column `column` (0-based, as in `header`). */
  cell(row: number, column: number): RawCell;
  /** The row number a person sees for data row `row`: the physical line of a CSV, the sheet row of a workbook. */
  rowNumber(row: number): number;
}
