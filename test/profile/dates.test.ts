/**
 * Date forms of SPEC section 12. Expected ISO dates are the calendar days the texts name, read by
 * hand; "looks like" follows from a part above 12 (it can only be a day).
 */
import { describe, expect, it } from 'vitest';
import { dateFormHint, dateProblemMessage, readDate } from '../../src/profile/dates.js';

describe('readDate, YYYY-MM-DD (the default)', () => {
  it('reads ISO dates and ISO date-times at midnight as their date', () => {
    expect(readDate('2024-04-01', 'YYYY-MM-DD')).toBe('2024-04-01');
    expect(readDate('2024-04-01T00:00:00', 'YYYY-MM-DD')).toBe('2024-04-01');
    expect(readDate('2024-04-01T00:00:00.000Z', 'YYYY-MM-DD')).toBe('2024-04-01');
    expect(readDate('2024-04-01 00:00', 'YYYY-MM-DD')).toBe('2024-04-01');
    expect(readDate('2024-04-01T00:00:00+01:00', 'YYYY-MM-DD')).toBe('2024-04-01');
  });

  it('refuses a time of day, a day that does not exist, and other forms, saying which form they look like', () => {
    expect(readDate('2024-04-01T10:30:00', 'YYYY-MM-DD')).toEqual({ kind: 'time' });
    expect(readDate('2024-02-30', 'YYYY-MM-DD')).toEqual({ kind: 'not-a-day' });
    expect(readDate('2023-02-29', 'YYYY-MM-DD')).toEqual({ kind: 'not-a-day' });
    expect(readDate('2024-02-29', 'YYYY-MM-DD')).toBe('2024-02-29');
    expect(readDate('16/06/2023', 'YYYY-MM-DD')).toEqual({ kind: 'form', looksLike: 'DD/MM/YYYY' });
    expect(readDate('06/16/2023', 'YYYY-MM-DD')).toEqual({ kind: 'form', looksLike: 'MM/DD/YYYY' });
    expect(readDate('01/02/2023', 'YYYY-MM-DD')).toEqual({ kind: 'form', looksLike: 'DD/MM/YYYY or MM/DD/YYYY' });
    expect(readDate('01 Apr 2024', 'YYYY-MM-DD')).toEqual({ kind: 'form', looksLike: 'DD/MM/YYYY' });
    expect(readDate('next Tuesday', 'YYYY-MM-DD')).toEqual({ kind: 'form' });
    expect(readDate('2024-4-1', 'YYYY-MM-DD')).toEqual({ kind: 'form' });
  });
});

describe('readDate, DD/MM/YYYY', () => {
  it('reads D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, month names, and ISO', () => {
    expect(readDate('16/06/2023', 'DD/MM/YYYY')).toBe('2023-06-16');
    expect(readDate('1/4/2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('01-04-2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('01.04.2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('01 Apr 2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('1 April 2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('01-Apr-2024', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('30 Sept 2024', 'DD/MM/YYYY')).toBe('2024-09-30');
    expect(readDate('2024-04-01', 'DD/MM/YYYY')).toBe('2024-04-01');
    expect(readDate('16/06/2023 00:00', 'DD/MM/YYYY')).toBe('2023-06-16');
    expect(readDate('16/06/2023 00:00:00', 'DD/MM/YYYY')).toBe('2023-06-16');
  });

  it('refuses month-first dates, two-digit years, times of day and days that do not exist', () => {
    expect(readDate('06/16/2023', 'DD/MM/YYYY')).toEqual({ kind: 'form', looksLike: 'MM/DD/YYYY' });
    expect(readDate('16/06/23', 'DD/MM/YYYY')).toEqual({ kind: 'two-digit-year' });
    expect(readDate('16/06/2023 09:15', 'DD/MM/YYYY')).toEqual({ kind: 'time' });
    expect(readDate('31/02/2024', 'DD/MM/YYYY')).toEqual({ kind: 'not-a-day' });
    expect(readDate('32 Apr 2024', 'DD/MM/YYYY')).toEqual({ kind: 'not-a-day' });
    expect(readDate('01 Avr 2024', 'DD/MM/YYYY')).toEqual({ kind: 'form' });
  });
});

describe('readDate, MM/DD/YYYY', () => {
  it('reads month-first dates and refuses day-first ones', () => {
    expect(readDate('06/16/2023', 'MM/DD/YYYY')).toBe('2023-06-16');
    expect(readDate('4/1/2024', 'MM/DD/YYYY')).toBe('2024-04-01');
    expect(readDate('16/06/2023', 'MM/DD/YYYY')).toEqual({ kind: 'form', looksLike: 'DD/MM/YYYY' });
    expect(readDate('01 Apr 2024', 'MM/DD/YYYY')).toEqual({ kind: 'form', looksLike: 'DD/MM/YYYY' });
  });
});

describe('messages and hints', () => {
  it('names the expected form, and the form the values look like with the setting that reads them', () => {
    expect(dateProblemMessage({ kind: 'form' }, 'YYYY-MM-DD')).toBe('is not a date in the form YYYY-MM-DD');
    expect(dateFormHint(new Map([['DD/MM/YYYY', '16/06/2023']]), 'YYYY-MM-DD', '"dates"')).toBe(
      '16/06/2023 looks like DD/MM/YYYY: set "dates": "DD/MM/YYYY"',
    );
    expect(dateFormHint(new Map([['DD/MM/YYYY or MM/DD/YYYY', '01/02/2023']]), 'YYYY-MM-DD', '"dates"')).toMatch(
      /^01\/02\/2023 looks like DD\/MM\/YYYY or MM\/DD\/YYYY/,
    );
    expect(dateFormHint(new Map([['DD/MM/YYYY', '16/06/2023'], ['MM/DD/YYYY', '06/16/2023']]), 'YYYY-MM-DD', '"dates"')).toMatch(/mixes forms/);
    expect(dateFormHint(new Map(), 'YYYY-MM-DD', '"dates"')).toBeUndefined();
  });
});
