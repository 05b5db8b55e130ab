/**
 * A {@link RawTable} from rows held in memory: for tables a program already has (a database
 * query, a grid in a page) and for tests.
 *
 * @module
 */
import type { RawCell, RawTable } from '../model/raw-table.js';

/**
 * Makes a {@link RawTable} from a header and rows of cells. Row numbers are counted as a
 * spreadsheet shows them: the header is row `headerRow` (default 1), the first data row the next.
 *
 * @param origin What messages call the table, e.g. `'staff.csv'`.
 * @param header The header cells.
 * @param rows The data rows (a missing cell reads as empty).
 * @param headerRow The row number of the header. Default 1.
 * @returns The table.
 * @example
 * const table = rawTable('staff.csv', ['Employee Number', 'Grade'], [['1042', 'PO3']]);
 * table.cell(0, 1);    // 'PO3'
 * table.rowNumber(0);  // 2
 */
export function rawTable(origin: string, header: string[], rows: RawCell[][], headerRow = 1): RawTable {
  return {
    origin,
    header,
    rowCount: rows.length,
    cell: (row, column) => rows[row]?.[column] ?? null,
    rowNumber: (row) => headerRow + 1 + row,
  };
}
