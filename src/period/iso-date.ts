const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO `YYYY-MM-DD` string or a Date as an ISO date string, or returns `null` when it is
 * not a real calendar date (2024-02-30, 2023-02-29, an invalid Date, anything else).
 * A Date is read by its UTC calendar date.
 *
 * @example
 * toIsoDate('2024-02-29'); // '2024-02-29'
 * toIsoDate('2023-02-29'); // null
 * toIsoDate(new Date(Date.UTC(2025, 2, 31))); // '2025-03-31'
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) return null;
    const iso = value.toISOString();
    // Years outside 0000-9999 come out as +/-YYYYYY: not a date a council means.
    return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : null;
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
