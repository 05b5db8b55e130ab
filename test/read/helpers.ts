/** Helpers shared by the readers' tests: bytes from text, the error a call throws, a table's rows. */
import { rejection } from '../rejection.js';

/** Text as UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The WresInputError `run` throws (any other outcome fails the test). */
export const readError = rejection;

/** Every cell of a table, row by row, with the row number first. */
export function rowsOf(table: { header: string[]; rowCount: number; cell(r: number, c: number): unknown; rowNumber(r: number): number }): unknown[][] {
  return Array.from({ length: table.rowCount }, (_, r) => [table.rowNumber(r), ...table.header.map((_, c) => table.cell(r, c))]);
}
