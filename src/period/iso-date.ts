/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, from text or from `Date` objects.
 *
 * @module
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 0 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The calendar date a `Date` object stands for (SPEC 10a). Database drivers (node-postgres,
 * mysql2) return a DATE column as local midnight, `new Date('2024-04-01')` is UTC midnight, and
 * both must read as 1 April in every time zone, so:
 * - a `Date` at local midnight in the caller's time zone is its local calendar date;
 * - otherwise a `Date` at UTC midnight is its UTC calendar date;
 * - any other time of day is a problem (which day a date-time means depends on where it is read).
 * The two rules never disagree: a non-zero offset from UTC is never a whole number of days.
 *
 * @param date A `Date` object.
 * @returns `{ iso }` with the `YYYY-MM-DD` date, or `{ problem }` with a predicate phrase
 *   ("is a Date with a time of day ...").
 * @example
 * // Under TZ=Europe/London, in summer time:
 * calendarDateOf(new Date(2024, 3, 1));            // { iso: '2024-04-01' } (local midnight)
 * calendarDateOf(new Date('2024-04-01'));          // { iso: '2024-04-01' } (UTC midnight)
 * calendarDateOf(new Date('2024-04-01T12:30:00Z')).problem;
 * // 'is a Date with a time of day (2024-04-01T12:30:00.000Z): give a date at midnight, or YYYY-MM-DD text'
 */
export function calendarDateOf(date: Date): { iso: string } | { problem: string } {
  const time = date.getTime();
  if (Number.isNaN(time)) return { problem: 'is an invalid Date' };
  let iso: string | null;
  if (date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0) {
    iso = isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
  } else if (
    date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0
  ) {
    iso = isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  } else {
    return {
      problem: `is a Date with a time of day (${date.toISOString()}): give a date at midnight, or YYYY-MM-DD text`,
    };
  }
  return iso === null ? { problem: 'is a Date outside the years 0000 to 9999' } : { iso };
}

/**
 * Reads an ISO `YYYY-MM-DD` string or a Date as an ISO date string, or returns `null` when it is
 * not a real calendar date (2024-02-30, 2023-02-29, an invalid Date, a Date with a time of day,
 * anything else). A Date is read as {@link calendarDateOf} says.
 *
 * @example
 * toIsoDate('2024-02-29'); // '2024-02-29'
 * toIsoDate('2023-02-29'); // null
 * toIsoDate(new Date(Date.UTC(2025, 2, 31))); // '2025-03-31'
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    const date = calendarDateOf(value);
    return 'iso' in date ? date.iso : null;
  }
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? value : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
