/**
 * Converters from what callers and CSV files give to the validated shapes. They are shared by the
 * zod schemas (which use them in transforms, for messages and types) and by the fast path (which
 * calls them directly), so the two cannot disagree on what a value means.
 *
 * Each converter returns the converted value, `undefined` for "missing", or an {@link Invalid}
 * with the problem as a predicate phrase ("is not a real calendar date").
 *
 * @module
 */
import { calendarDateOf } from '../period/iso-date.js';

/** A value that could not be converted, with the reason. */
export class Invalid {
  constructor(readonly message: string) {}
}

/**
 * Strings longer than this are rejected (a CSV cell this long is a broken export).
 *
 * @example
 * MAX_TEXT_LENGTH; // 1000
 * StaffRecordSchema.safeParse({ id: 'S1', service: 'x'.repeat(1001) }).error?.issues[0]?.message;
 * // 'is longer than 1000 characters'
 */
export const MAX_TEXT_LENGTH = 1000;

const TOO_LONG = `is longer than ${MAX_TEXT_LENGTH} characters`;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a Date';
  const t = typeof value;
  if (t === 'object') return 'an object';
  return `a ${t}`;
}

/**
 * Text: a string, trimmed; blank means missing. With `numbers`, finite numbers are accepted and
 * written in decimal (ids exported by spreadsheets are often numbers).
 */
export function toText(value: unknown, numbers: boolean): string | undefined | Invalid {
  if (typeof value === 'string') {
    const length = value.length;
    if (length > MAX_TEXT_LENGTH) return new Invalid(TOO_LONG);
    // Common case first: no surrounding white space, so no trimmed copy is made.
    if (length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(length - 1) > 32) return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (value === undefined || value === null) return undefined;
  if (numbers && typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : new Invalid('is not a finite number');
  }
  return new Invalid(`must be text${numbers ? ' or a number' : ''}, not ${typeName(value)}`);
}

/**
 * Ethnicity: the raw string (not trimmed, so the classifier's cache sees what the caller gave);
 * blank, `null` and missing become `null` (classified unknown later). Numbers are accepted
 * (the NHS code 99 often arrives as a number).
 */
export function toEthnicity(value: unknown): string | null | Invalid {
  if (typeof value === 'string') {
    const length = value.length;
    if (length > MAX_TEXT_LENGTH) return new Invalid(TOO_LONG);
    if (length > 0 && value.charCodeAt(0) > 32) return value;
    return value.trim() === '' ? null : value;
  }
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : new Invalid('is not a finite number');
  }
  return new Invalid(`must be text, not ${typeName(value)}`);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/**
 * Yes/no: booleans; strings true/false, yes/no, y/n, 1/0 in any case; numbers 1 and 0. Blank,
 * `null` and missing are missing.
 */
export function toBoolean(value: unknown): boolean | undefined | Invalid {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    // The spellings CSV exports use most, without a lower-cased copy.
    switch (value) {
      case 'true': case 'TRUE': case 'True': case 'yes': case 'Yes': case 'YES': case 'Y': case 'y': case '1':
        return true;
      case 'false': case 'FALSE': case 'False': case 'no': case 'No': case 'NO': case 'N': case 'n': case '0':
        return false;
      case '':
        return undefined;
    }
    if (value.length > MAX_TEXT_LENGTH) return new Invalid(TOO_LONG);
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    if (word === '') return undefined;
    return new Invalid('is not a yes/no value (use true/false, yes/no, y/n or 1/0)');
  }
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
    return new Invalid('is not a yes/no value (only the numbers 1 and 0 are accepted)');
  }
  if (value === undefined || value === null) return undefined;
  return new Invalid(`must be true/false, not ${typeName(value)}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date written with the year last: `31/03/2024`, `3-4-2024`, `03.04.2024`. */
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/;

const NOT_ISO = 'is not a date in the form YYYY-MM-DD';
const PROFILE = 'read the file through an import profile with "dates"';
/** One message per form a date looks like (never the value itself, so a skip reason counts every such row). */
const LOOKS_LIKE = {
  dayFirst: `${NOT_ISO}; it looks like DD/MM/YYYY: ${PROFILE}: "DD/MM/YYYY", see docs/profiles.md`,
  monthFirst: `${NOT_ISO}; it looks like MM/DD/YYYY: ${PROFILE}: "MM/DD/YYYY", see docs/profiles.md`,
  either: `${NOT_ISO}; it looks like DD/MM/YYYY or MM/DD/YYYY: ${PROFILE} set to the form the system writes (UK systems write "DD/MM/YYYY"), see docs/profiles.md`,
};

/**
 * Why text is not an ISO date, with the form it looks like when the year comes last, the same
 * hint in strict and lenient validation (the profile path gives its own, with the `dates` setting).
 */
function notIsoDateMessage(text: string): string {
  const match = YEAR_LAST.exec(text);
  if (match === null) return NOT_ISO;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first > 12 && second <= 12) return LOOKS_LIKE.dayFirst;
  if (second > 12 && first <= 12) return LOOKS_LIKE.monthFirst;
  return first <= 12 && second <= 12 ? LOOKS_LIKE.either : NOT_ISO;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A calendar date as ISO `YYYY-MM-DD`: an ISO date string that names a real day (2024-02-30 and
 * 2023-02-29 are rejected), or a valid `Date` at local or UTC midnight (read as
 * {@link calendarDateOf} says: `new Date(2024, 3, 1)` and `new Date('2024-04-01')` are both
 * 2024-04-01 in every time zone; a time of day is rejected). Blank, `null` and missing are missing.
 */
export function toIsoDate(value: unknown): string | undefined | Invalid {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH) return new Invalid(TOO_LONG);
    const text = value.length === 10 ? value : value.trim();
    if (text === '') return undefined;
    if (!ISO_DATE.test(text)) return new Invalid(notIsoDateMessage(text));
    // Digits by character code: no match array or substring per date (a million dates a run).
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (month < 1 || month > 12 || day < 1) return new Invalid('is not a real calendar date');
    const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
    if (day > days) return new Invalid('is not a real calendar date');
    return text;
  }
  if (value instanceof Date) {
    const date = calendarDateOf(value);
    return 'iso' in date ? date.iso : new Invalid(date.problem);
  }
  if (value === undefined || value === null) return undefined;
  return new Invalid(`must be a date (YYYY-MM-DD text or a Date), not ${typeName(value)}`);
}

// Plain decimals, optionally with comma thousands separators ("30,000.50") as spreadsheets export.
const NUMERIC = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * A number within `[min, max]`: a finite number or a numeric string. Blank, `null` and missing
 * are missing; NaN and Infinity are rejected.
 */
export function toNumber(value: unknown, min: number, max: number): number | undefined | Invalid {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH) return new Invalid(TOO_LONG);
    const text = value.trim();
    if (text === '') return undefined;
    if (!NUMERIC.test(text)) return new Invalid('is not a number');
    n = Number(text.includes(',') ? text.replace(/,/g, '') : text);
  } else if (value === undefined || value === null) {
    return undefined;
  } else {
    return new Invalid(`must be a number, not ${typeName(value)}`);
  }
  if (!Number.isFinite(n)) return new Invalid('is not a finite number');
  if (n < min) return new Invalid(`is less than ${min}`);
  if (n > max) return new Invalid(`is more than ${max}`);
  return n;
}
