/**
 * Date objects in UK summer time (issue 13, item 1; SPEC 10a). node-postgres and mysql2 return a
 * DATE column as local midnight: `new Date(2024, 3, 1)` under Europe/London is
 * 2024-03-31T23:00:00Z, and reading its UTC date lost a day. Local midnight reads as its local
 * date, UTC midnight as its UTC date, any other time of day is an error.
 *
 * Vitest runs each test file in its own process, so setting TZ here (Node rereads it on
 * assignment) affects only this file; the first test checks that it took effect.
 */
import { describe, expect, it } from 'vitest';
import { calendarDateOf, toIsoDate } from '../../src/period/iso-date.js';
import { computeReport } from '../../src/report/compute-report.js';
import { WresInputError } from '../../src/errors.js';

process.env.TZ = 'Europe/London';

const period = { start: '2024-04-01', end: '2025-03-31' };

describe('Date objects under TZ=Europe/London', () => {
  it('runs in British Summer Time on 1 April 2024 (UTC+1: offset -60 minutes)', () => {
    expect(new Date(2024, 3, 1).getTimezoneOffset()).toBe(-60);
    expect(new Date(2024, 3, 1).toISOString()).toBe('2024-03-31T23:00:00.000Z');
  });

  it('reads local midnight as its local date and UTC midnight as its UTC date', () => {
    expect(calendarDateOf(new Date(2024, 3, 1))).toEqual({ iso: '2024-04-01' });
    expect(calendarDateOf(new Date('2024-04-01'))).toEqual({ iso: '2024-04-01' });
    // Winter: local midnight and UTC midnight are the same instant.
    expect(calendarDateOf(new Date(2025, 0, 15))).toEqual({ iso: '2025-01-15' });
    expect(toIsoDate(new Date(2025, 2, 31))).toBe('2025-03-31');
  });

  it('rejects a Date with a time of day, and an invalid Date', () => {
    expect(calendarDateOf(new Date('2024-04-01T12:30:00Z'))).toEqual({
      problem: 'is a Date with a time of day (2024-04-01T12:30:00.000Z): give a date at midnight, or YYYY-MM-DD text',
    });
    expect(calendarDateOf(new Date(Number.NaN))).toEqual({ problem: 'is an invalid Date' });
    expect(toIsoDate(new Date(2024, 3, 1, 9))).toBeNull();
  });

  it('counts five leavers dated new Date(2024, 3, 1) in metric 8 (they vanished before)', () => {
    // Hand count: 5 white and 5 minority staff; the five white staff leave on 1 April 2024, the
    // first day of the period, so metric 8 has 5 of 5 white leavers and 0 of 5 minority leavers.
    const staff = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, ethnicity: 'White British', endDate: new Date(2024, 3, 1) })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, ethnicity: 'Black African' })),
    ];
    const metric8 = computeReport({ staff }, { period }).metrics[7]!;
    expect(metric8.comparisons[0]!.reference).toMatchObject({ count: 5, total: 5 });
    expect(metric8.comparisons[0]!.focal).toMatchObject({ count: 0, total: 5 });
  });

  it('reads a period given as local-midnight Dates as those days', () => {
    const report = computeReport(
      { staff: [{ id: 's1', ethnicity: 'White British' }] },
      { period: { start: new Date(2024, 3, 1), end: new Date(2025, 2, 31) } },
    );
    expect(report.period).toEqual(period);
  });

  it('rejects a record date with a time of day as an input error naming the record and field', () => {
    const attempt = () =>
      computeReport({ staff: [{ id: 's1', ethnicity: 'White British', startDate: new Date('2024-05-01T09:00:00Z') }] }, { period });
    expect(attempt).toThrow(WresInputError);
    expect(attempt).toThrow(/staff record 0.*startDate.*time of day/s);
  });
});
