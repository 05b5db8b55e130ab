import { describe, expect, it } from 'vitest';
import { Invalid, toBoolean, toEthnicity, toIsoDate, toNumber, toText } from '../../src/schemas/convert.js';

const problem = (result: unknown) => (result instanceof Invalid ? result.message : result);

describe('toIsoDate', () => {
  it('accepts real calendar days, including 29 February in leap years (2024; 2000 is a leap year, 1900 is not)', () => {
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(toIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(toIsoDate(' 2024-12-31 ')).toBe('2024-12-31');
  });
  it('rejects days that do not exist', () => {
    for (const day of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(problem(toIsoDate(day))).toBe('is not a real calendar date');
    }
  });
  it('rejects other forms with a message naming the expected form', () => {
    for (const text of ['2024-4-1', '2024-04-01T00:00:00Z', 'yesterday', '32/13/2024']) {
      expect(problem(toIsoDate(text))).toBe('is not a date in the form YYYY-MM-DD');
    }
    expect(problem(toIsoDate(45000))).toBe('must be a date (YYYY-MM-DD text or a Date), not a number');
  });
  it('says which form a date with the year last looks like, and how to read it (the profile path\'s hint, src/profile/dates.ts)', () => {
    // 31 > 12 can only be a day; 13 > 12 in second place only a day, so the first is the month; 01 and 04 either.
    const dayFirst = 'is not a date in the form YYYY-MM-DD; it looks like DD/MM/YYYY: read the file through an import profile with "dates": "DD/MM/YYYY", see docs/profiles.md';
    expect(problem(toIsoDate('31/03/2024'))).toBe(dayFirst);
    expect(problem(toIsoDate('31-3-2024'))).toBe(dayFirst);
    expect(problem(toIsoDate('31.03.2024'))).toBe(dayFirst);
    expect(problem(toIsoDate('03/13/2024'))).toBe('is not a date in the form YYYY-MM-DD; it looks like MM/DD/YYYY: read the file through an import profile with "dates": "MM/DD/YYYY", see docs/profiles.md');
    expect(problem(toIsoDate('01/04/2024'))).toBe('is not a date in the form YYYY-MM-DD; it looks like DD/MM/YYYY or MM/DD/YYYY: read the file through an import profile with "dates" set to the form the system writes (UK systems write "DD/MM/YYYY"), see docs/profiles.md');
  });
  it('converts Dates at UTC midnight by their UTC date, rejects a time of day (SPEC 10a) and invalid Dates', () => {
    expect(toIsoDate(new Date(Date.UTC(2024, 3, 1)))).toBe('2024-04-01');
    expect(problem(toIsoDate(new Date(Date.UTC(2025, 2, 31, 23, 59))))).toBe(
      'is a Date with a time of day (2025-03-31T23:59:00.000Z): give a date at midnight, or YYYY-MM-DD text',
    );
    expect(problem(toIsoDate(new Date(Number.NaN)))).toBe('is an invalid Date');
  });
  it('reads blank, null and missing as missing', () => {
    expect(toIsoDate('')).toBeUndefined();
    expect(toIsoDate('  ')).toBeUndefined();
    expect(toIsoDate(null)).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});

describe('toBoolean', () => {
  it('accepts true/false, yes/no, y/n, 1/0 in any case and the numbers 1/0 (SPEC section 7)', () => {
    for (const yes of [true, 'true', 'TRUE', 'Yes', 'y', 'Y', '1', 1, ' yes ']) expect(toBoolean(yes)).toBe(true);
    for (const no of [false, 'false', 'False', 'NO', 'n', '0', 0]) expect(toBoolean(no)).toBe(false);
  });
  it('rejects other values', () => {
    expect(problem(toBoolean('maybe'))).toBe('is not a yes/no value (use true/false, yes/no, y/n or 1/0)');
    expect(problem(toBoolean(2))).toBe('is not a yes/no value (only the numbers 1 and 0 are accepted)');
    expect(problem(toBoolean({}))).toBe('must be true/false, not an object');
  });
  it('reads blank and null as missing', () => {
    expect(toBoolean('')).toBeUndefined();
    expect(toBoolean(null)).toBeUndefined();
  });
});

describe('toNumber', () => {
  it('accepts numbers and numeric text, with comma thousands separators', () => {
    expect(toNumber(30000, 0, Infinity)).toBe(30000);
    expect(toNumber('30000.50', 0, Infinity)).toBe(30000.5);
    expect(toNumber('30,000', 0, Infinity)).toBe(30000);
    expect(toNumber('.25', 0, 1)).toBe(0.25);
  });
  it('rejects NaN, Infinity, non-numeric text and values out of range', () => {
    expect(problem(toNumber(Number.NaN, 0, 1))).toBe('is not a finite number');
    expect(problem(toNumber(Infinity, 0, Infinity))).toBe('is not a finite number');
    expect(problem(toNumber('Infinity', 0, Infinity))).toBe('is not a number');
    expect(problem(toNumber('£30k', 0, Infinity))).toBe('is not a number');
    expect(problem(toNumber('3,00', 0, Infinity))).toBe('is not a number');
    expect(problem(toNumber(-1, 0, Infinity))).toBe('is less than 0');
    expect(problem(toNumber('1.5', 0, 1))).toBe('is more than 1');
  });
});

describe('toText and toEthnicity', () => {
  it('trims text and reads blank as missing; accepts numbers only where asked', () => {
    expect(toText('  E001 ', true)).toBe('E001');
    expect(toText('', true)).toBeUndefined();
    expect(toText(42, true)).toBe('42');
    expect(problem(toText(42, false))).toBe('must be text, not a number');
    expect(problem(toText(Number.NaN, true))).toBe('is not a finite number');
  });
  it('rejects strings longer than 1000 characters', () => {
    expect(problem(toText('x'.repeat(1001), false))).toBe('is longer than 1000 characters');
    expect(toText('x'.repeat(1000), false)).toHaveLength(1000);
    expect(problem(toEthnicity('x'.repeat(5000)))).toBe('is longer than 1000 characters');
  });
  it('keeps ethnicity raw but reads blank, null and missing as null', () => {
    expect(toEthnicity(' White British ')).toBe(' White British ');
    expect(toEthnicity('  ')).toBeNull();
    expect(toEthnicity(undefined)).toBeNull();
    expect(toEthnicity(99)).toBe('99');
  });
});
