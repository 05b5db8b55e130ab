/**
 * Reading dates in the forms council exports write them (SPEC section 12): ISO `YYYY-MM-DD`
 * (also an ISO date-time at midnight), `DD/MM/YYYY` (also D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY and
 * "01 Apr 2024"), and `MM/DD/YYYY`. Parsing walks the characters once (no regular expression per
 * cell); callers cache by raw text, since a column holds few distinct days.
 *
 * @module
 */
import type { DateForm } from './schema.js';

/** Why a text is not a date in the expected form. */
export type DateProblemKind = 'form' | 'not-a-day' | 'time' | 'two-digit-year';

/** A text that is not a date in the expected form, with what it looks like instead. */
export interface DateProblem {
  kind: DateProblemKind;
  /** For `form`: the form the value looks like, when it looks like one. */
  looksLike?: DateForm | 'DD/MM/YYYY or MM/DD/YYYY';
}

const MONTHS = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap((m, i) => [[m, i + 1] as [string, number]]),
);
const LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
LONG_MONTHS.forEach((m, i) => MONTHS.set(m, i + 1));
MONTHS.set('sept', 9);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function iso(year: number, month: number, day: number): string | DateProblem {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return { kind: 'not-a-day' };
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Reads digits from `at`; returns [value, end] (end === at when there is no digit). */
function number(text: string, at: number): [number, number] {
  let n = 0;
  let i = at;
  while (i < text.length && isDigit(text.charCodeAt(i)) && i - at < 5) n = n * 10 + text.charCodeAt(i++) - 48;
  return [n, i];
}

/**
 * What follows a date: nothing, or a time of day that must be midnight (`T00:00`, ` 00:00:00`,
 * `00:00:00.000Z`, `00:00+01:00`). Returns true for midnight or nothing, false for a time of day,
 * null when the rest is not a time at all.
 */
function midnightRest(text: string, at: number): boolean | null {
  if (at === text.length) return true;
  const c = text.charCodeAt(at);
  if (c !== 84 /* T */ && c !== 32 /* space */) return null;
  let i = at + 1;
  let zero = true;
  let parts = 0;
  // hh:mm[:ss[.fff]]
  while (i < text.length) {
    const [value, end] = number(text, i);
    if (end - i !== 2 && !(parts === 2 && text.charCodeAt(i - 1) === 46)) break;
    if (value !== 0) zero = false;
    parts++;
    i = end;
    const next = text.charCodeAt(i);
    if (next === 58 /* : */ && parts < 3) i++;
    else if (next === 46 /* . */ && parts === 3) {
      const [fraction, fractionEnd] = number(text, i + 1);
      if (fractionEnd === i + 1) return null;
      if (fraction !== 0) zero = false;
      i = fractionEnd;
      break;
    } else break;
  }
  if (parts < 2) return null;
  // A zone: Z, +hh:mm, -hhmm. The calendar date written is the one meant.
  if (i < text.length) {
    const zone = text.slice(i);
    if (!/^(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(zone)) return null;
  }
  return zero;
}

/** Two numbers and a four-digit year separated by one of / - . (D/M/YYYY or M/D/YYYY, by `dayFirst`). */
function numericDate(text: string): { first: number; second: number; year: number; end: number; yearDigits: number } | null {
  const [first, end1] = number(text, 0);
  if (end1 === 0 || end1 > 2) return null;
  const separator = text.charCodeAt(end1);
  if (separator !== 47 && separator !== 45 && separator !== 46) return null;
  const [second, end2] = number(text, end1 + 1);
  if (end2 === end1 + 1 || end2 - end1 - 1 > 2 || text.charCodeAt(end2) !== separator) return null;
  const [year, end3] = number(text, end2 + 1);
  const yearDigits = end3 - end2 - 1;
  if (yearDigits !== 4 && yearDigits !== 2) return null;
  return { first, second, year, end: end3, yearDigits };
}

/** "01 Apr 2024", "1 April 2024", "01-Apr-2024". */
function monthNameDate(text: string): { day: number; month: number; year: number; end: number; yearDigits: number } | null {
  const [day, end1] = number(text, 0);
  if (end1 === 0 || end1 > 2) return null;
  const separator = text.charCodeAt(end1);
  if (separator !== 32 && separator !== 45) return null;
  let i = end1 + 1;
  while (i < text.length && /[A-Za-z]/.test(text[i]!)) i++;
  const month = MONTHS.get(text.slice(end1 + 1, i).toLowerCase());
  if (month === undefined || text.charCodeAt(i) !== separator) return null;
  const [year, end3] = number(text, i + 1);
  const yearDigits = end3 - i - 1;
  if (yearDigits !== 4 && yearDigits !== 2) return null;
  return { day, month, year, end: end3, yearDigits };
}

function looksLike(first: number, second: number): DateProblem['looksLike'] {
  if (first > 12 && second <= 12) return 'DD/MM/YYYY';
  if (second > 12 && first <= 12) return 'MM/DD/YYYY';
  if (first <= 12 && second <= 12) return 'DD/MM/YYYY or MM/DD/YYYY';
  return undefined;
}

/**
 * Reads one date written as text in the given form. ISO `YYYY-MM-DD` is read in every form (it
 * is never ambiguous); a time of day must be midnight.
 *
 * @param text The cell's text, trimmed, not blank.
 * @param form The form the profile says the file uses.
 * @returns The ISO date, or why it is not one.
 */
export function readDate(text: string, form: DateForm): string | DateProblem {
  const length = text.length;
  // ISO: YYYY-MM-DD, then nothing or a time.
  if (length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const [year, y] = number(text, 0);
    const [month, m] = number(text, 5);
    const [day, d] = number(text, 8);
    if (y === 4 && m === 7 && d === 10) {
      const rest = midnightRest(text, 10);
      if (rest === false) return { kind: 'time' };
      if (rest === true) return iso(year, month, day);
    }
  }
  const numeric = numericDate(text);
  if (numeric !== null) {
    const rest = midnightRest(text, numeric.end);
    if (rest !== null) {
      if (form === 'YYYY-MM-DD') {
        const like = looksLike(numeric.first, numeric.second);
        return like === undefined ? { kind: 'form' } : { kind: 'form', looksLike: like };
      }
      if (numeric.yearDigits === 2) return { kind: 'two-digit-year' };
      if (rest === false) return { kind: 'time' };
      if (form === 'DD/MM/YYYY') {
        if (numeric.second > 12 && numeric.first <= 12) return { kind: 'form', looksLike: 'MM/DD/YYYY' };
        return iso(numeric.year, numeric.second, numeric.first);
      }
      if (numeric.first > 12 && numeric.second <= 12) return { kind: 'form', looksLike: 'DD/MM/YYYY' };
      return iso(numeric.year, numeric.first, numeric.second);
    }
  }
  // YYYY/MM/DD and YYYY.MM.DD: never written day first.
  if (length >= 10 && (text.charCodeAt(4) === 47 || text.charCodeAt(4) === 46) && text.charCodeAt(7) === text.charCodeAt(4)) {
    const [year, y] = number(text, 0);
    const [month, m] = number(text, 5);
    const [day, d] = number(text, 8);
    if (y === 4 && m === 7 && d === 10 && form !== 'YYYY-MM-DD') {
      const rest = midnightRest(text, 10);
      if (rest === false) return { kind: 'time' };
      if (rest === true) return iso(year, month, day);
    }
  }
  const named = monthNameDate(text);
  if (named !== null && midnightRest(text, named.end) !== null) {
    if (form !== 'DD/MM/YYYY') return { kind: 'form', looksLike: 'DD/MM/YYYY' };
    if (named.yearDigits === 2) return { kind: 'two-digit-year' };
    if (midnightRest(text, named.end) === false) return { kind: 'time' };
    return iso(named.year, named.month, named.day);
  }
  return { kind: 'form' };
}

/** The predicate phrase for a date problem, as an issue's message ("is not a date in the form ..."). */
export function dateProblemMessage(problem: DateProblem, form: DateForm): string {
  switch (problem.kind) {
    case 'not-a-day':
      return 'is not a real calendar date';
    case 'time':
      return 'has a time of day; a date (or a date-time at midnight) is expected';
    case 'two-digit-year':
      return `has a two-digit year; the form ${form} needs four digits`;
    case 'form':
      return form === 'DD/MM/YYYY'
        ? 'is not a date in the form DD/MM/YYYY (also read: D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, "01 Apr 2024", YYYY-MM-DD)'
        : `is not a date in the form ${form}${form === 'MM/DD/YYYY' ? ' (also read: M/D/YYYY, MM-DD-YYYY, YYYY-MM-DD)' : ''}`;
  }
}

/**
 * One hint for many values not in the expected form: the form they look like, with the first
 * value that shows it, and the setting that reads them.
 *
 * @param evidence The first value seen for each form the bad values looked like.
 * @param form The expected form.
 * @param setting Where to set the form (`'"dates"'`, or `'"dates" in sources.staff'`).
 * @returns The hint, or undefined when the values look like no known form.
 */
export function dateFormHint(evidence: ReadonlyMap<string, string>, form: DateForm, setting: string): string | undefined {
  const dayFirst = evidence.get('DD/MM/YYYY');
  const monthFirst = evidence.get('MM/DD/YYYY');
  if (dayFirst !== undefined && monthFirst !== undefined) {
    return `the column mixes forms (${dayFirst} looks like DD/MM/YYYY, ${monthFirst} like MM/DD/YYYY): fix the export`;
  }
  for (const [like, text] of [['DD/MM/YYYY', dayFirst], ['MM/DD/YYYY', monthFirst]] as const) {
    if (text !== undefined && like !== form) return `${text} looks like ${like}: set ${setting}: "${like}"`;
  }
  const ambiguous = evidence.get('DD/MM/YYYY or MM/DD/YYYY');
  if (ambiguous !== undefined && form === 'YYYY-MM-DD') {
    return `${ambiguous} looks like DD/MM/YYYY or MM/DD/YYYY: set ${setting} to the form the system writes (UK systems write "DD/MM/YYYY")`;
  }
  return undefined;
}
