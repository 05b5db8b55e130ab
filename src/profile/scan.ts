/**
 * What each column of a table holds, for `wres init`: its distinct values with counts (while
 * there are few), blanks, and how its dates are written.
 *
 * @module
 */
import type { RawTable } from '../model/raw-table.js';
import { isBlank, cellText, trimmed } from './cells.js';
import { readDate } from './dates.js';
import type { DateForm } from './schema.js';

/** Distinct values tracked per column; a column with more is not a category. */
export const MAX_DISTINCT = 50;
const DATE_SAMPLE = 10_000;

/** How a column's dates are written, from the values read. */
export interface DateEvidence {
  /** Excel date cells. */
  cells: number;
  /** ISO dates (and date-times at midnight). */
  iso: number;
  /** Numeric dates whose first part is above 12 (so a day): DD/MM/YYYY. */
  dayFirst: number;
  /** Numeric dates whose second part is above 12: MM/DD/YYYY. */
  monthFirst: number;
  /** Numeric dates readable either way (both parts 12 or less). */
  ambiguous: number;
  /** Dates with a month name, "01 Apr 2024". */
  monthName: number;
  /** The first value of each kind, for notes. */
  examples: Partial<Record<'dayFirst' | 'monthFirst' | 'ambiguous' | 'monthName' | 'iso', string>>;
}

/** One column of a table, as `wres init` sees it. */
export interface ColumnScan {
  header: string;
  index: number;
  /** Rows with a blank cell. */
  blank: number;
  /** Distinct values (trimmed text) with counts, most frequent first; absent when there are more than {@link MAX_DISTINCT}. */
  values?: { value: string; count: number }[];
  /** Non-blank cells that read as dates (of the first 10,000 non-blank cells). */
  dateLike: number;
  /** Non-blank cells looked at for dates. */
  sampled: number;
  dates: DateEvidence;
}

function emptyEvidence(): DateEvidence {
  return { cells: 0, iso: 0, dayFirst: 0, monthFirst: 0, ambiguous: 0, monthName: 0, examples: {} };
}

/** Adds one text's date form to the evidence; returns whether it reads as a date at all. */
function observeDateText(text: string, evidence: DateEvidence): boolean {
  const note = (kind: keyof DateEvidence['examples']): void => {
    evidence[kind]++;
    evidence.examples[kind] ??= text;
  };
  if (typeof readDate(text, 'YYYY-MM-DD') === 'string') {
    note('iso');
    return true;
  }
  const dayFirst = readDate(text, 'DD/MM/YYYY');
  const monthFirst = readDate(text, 'MM/DD/YYYY');
  const day = typeof dayFirst === 'string';
  const month = typeof monthFirst === 'string';
  if (day && month) note('ambiguous');
  else if (day) note(/[a-z]/i.test(text) ? 'monthName' : 'dayFirst');
  else if (month) note('monthFirst');
  return day || month;
}

/**
 * Scans every column of a table once.
 *
 * @param table The table.
 * @param rows Only these rows (indices), when given (rows a `keep` rule keeps).
 */
export function scanTable(table: RawTable, rows?: readonly number[]): ColumnScan[] {
  const count = rows?.length ?? table.rowCount;
  return table.header.map((header, index) => {
    const values = new Map<string, number>();
    let overflow = false;
    let blank = 0;
    let dateLike = 0;
    let sampled = 0;
    const dates = emptyEvidence();
    for (let i = 0; i < count; i++) {
      const cell = table.cell(rows === undefined ? i : rows[i]!, index);
      if (isBlank(cell)) {
        blank++;
        continue;
      }
      const text = trimmed(cellText(cell));
      if (!overflow) {
        const seen = values.get(text);
        if (seen !== undefined) values.set(text, seen + 1);
        else if (values.size < MAX_DISTINCT) values.set(text, 1);
        else overflow = true;
      }
      if (sampled < DATE_SAMPLE) {
        sampled++;
        if (typeof cell === 'object' && cell !== null) {
          dates.cells++;
          dateLike++;
        } else if (typeof cell === 'string' && observeDateText(text, dates)) dateLike++;
      }
    }
    const scan: ColumnScan = { header, index, blank, dateLike, sampled, dates };
    if (!overflow) {
      scan.values = [...values.entries()].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    }
    return scan;
  });
}

/** The date form evidence points to, and whether the analyst must confirm it. */
export function dateFormOf(evidence: DateEvidence): { form: DateForm; certain: boolean } | undefined {
  if (evidence.monthFirst > 0 && evidence.dayFirst === 0 && evidence.monthName === 0) return { form: 'MM/DD/YYYY', certain: true };
  if (evidence.dayFirst > 0 || evidence.monthName > 0) return { form: 'DD/MM/YYYY', certain: evidence.monthFirst === 0 };
  if (evidence.ambiguous > 0) return { form: 'DD/MM/YYYY', certain: false };
  if (evidence.iso > 0 || evidence.cells > 0) return { form: 'YYYY-MM-DD', certain: true };
  return undefined;
}

/** Adds evidence up. */
export function addEvidence(into: DateEvidence, from: DateEvidence): void {
  for (const key of ['cells', 'iso', 'dayFirst', 'monthFirst', 'ambiguous', 'monthName'] as const) into[key] += from[key];
  for (const [key, value] of Object.entries(from.examples)) into.examples[key as keyof DateEvidence['examples']] ??= value;
}

/** Evidence with nothing in it. */
export const noEvidence = emptyEvidence;
