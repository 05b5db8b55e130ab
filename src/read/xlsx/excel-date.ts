/**
 * Excel's date serial numbers to calendar dates. A workbook counts days in one of two systems:
 * - 1900 (the default): serial 1 is 1900-01-01, and Excel keeps Lotus 1-2-3's fictional
 *   1900-02-29 as serial 60, so from serial 61 (1900-03-01) on a serial is days since 1899-12-30;
 * - 1904 (older Mac workbooks, `<workbookPr date1904="1"/>`): serial 0 is 1904-01-01.
 * Source: Microsoft, "Date systems in Excel", and ECMA-376 Part 1, 18.17.4.1.
 *
 * @module
 */

/** Days from 1899-12-30 to 1970-01-01: the 1900 system's serial of the Unix epoch. */
const UNIX_EPOCH_1900 = 25_569;
/** Days between the two systems' day zero (1904-01-01 is serial 1462 in the 1900 system). */
const SYSTEM_1904_OFFSET = 1_462;
/** 9999-12-31, the last date Excel shows, in the 1900 system. */
const LAST_SERIAL_1900 = 2_958_465;
const DAY_MS = 86_400_000;

/**
 * The calendar date (`YYYY-MM-DD`) a date cell shows, or `undefined` when the serial is not one
 * Excel shows as a date (below 1, or after 9999-12-31). A time of day is dropped: the cell shows
 * its date. Serial 60 of the 1900 system is `'1900-02-29'`, the day Excel shows though it never was,
 * so the value is refused downstream as not a real date rather than moved to another day.
 *
 * @example
 * excelSerialToDate(45383, 1900);      // '2024-04-01'
 * excelSerialToDate(45383.75, 1900);   // '2024-04-01'
 * excelSerialToDate(43921, 1904);      // '2024-04-01'
 * excelSerialToDate(60, 1900);         // '1900-02-29'
 */
export function excelSerialToDate(serial: number, system: 1900 | 1904): string | undefined {
  const day = Math.floor(serial);
  const serial1900 = system === 1904 ? day + SYSTEM_1904_OFFSET : day;
  if (!Number.isFinite(serial) || (system === 1900 ? day < 1 : day < 0) || serial1900 > LAST_SERIAL_1900) return undefined;
  if (system === 1900 && day === 60) return '1900-02-29';
  // Before the fictional day, serials run one ahead of days since 1899-12-30.
  const days = system === 1900 && day < 60 ? day + 1 : serial1900;
  return new Date((days - UNIX_EPOCH_1900) * DAY_MS).toISOString().slice(0, 10);
}
