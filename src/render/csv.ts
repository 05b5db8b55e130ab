/**
 * The report's comparisons as a CSV table, one row per comparison, for spreadsheets and collations.
 *
 * @module
 */
import type {
  Comparison,
  Figure,
  MetricResult,
  PublishedReport,
  WresReport,
} from '../model/report.js';
import { isSuppressed } from './format.js';
import { benchmarkCells, benchmarkColumns } from './benchmarks.js';

/**
 * Column names of {@link renderCsv}, in order: the header row of the CSV output.
 *
 * @example
 * CSV_COLUMNS.slice(0, 4); // ['metric_number', 'metric_id', 'metric_title', 'status']
 */
export const CSV_COLUMNS = [
  'metric_number',
  'metric_id',
  'metric_title',
  'status',
  'reason',
  'key',
  'group',
  'focal_count',
  'focal_total',
  'focal_proportion',
  'focal_lower',
  'focal_upper',
  'reference_count',
  'reference_total',
  'reference_proportion',
  'reference_lower',
  'reference_upper',
  'ratio',
  'ratio_lower',
  'ratio_upper',
  'ratio_method',
  'ratio_level',
  'ratio_numerator',
  'ratio_significant',
  'ratio_non_adverse',
  'difference',
  'difference_lower',
  'difference_upper',
  'difference_method',
  'difference_level',
  'unknown_ethnicity',
  'reading',
] as const;

type Cell = string | number | boolean | null | undefined | Figure;

/**
 * A withheld cell in CSV: `[withheld]`. Not a number, so a spreadsheet never mistakes it for one;
 * the same for every withheld value, whatever rule withheld it (SPEC 8a).
 *
 * @param _code The value's code (ignored: version 0.1.0's rule codes are written the same way).
 * @returns The marker text.
 * @example
 * suppressedMarker('withheld'); // '[withheld]'
 */
export function suppressedMarker(_code?: string): string {
  return '[withheld]';
}

/**
 * How the CSV writes an unbounded limit (`Infinity`): `#DIV/0!`, which Excel and LibreOffice read
 * as their division-by-zero error value rather than as text, so a formula using it fails loudly
 * instead of treating it as 0. (Pandas: `pd.read_csv(path, na_values=['#DIV/0!'])`, then treat
 * a missing `ratio_upper` as unbounded; R: `read.csv(path, na.strings = '#DIV/0!')`.)
 *
 * @example
 * UNBOUNDED_CELL; // '#DIV/0!'
 */
export const UNBOUNDED_CELL = '#DIV/0!';

/** Options of {@link renderCsv}. */
export interface CsvRenderOptions {
  /** Start with a UTF-8 byte order mark, so Excel on Windows reads `£` and accents right; default true. */
  bom?: boolean;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (isSuppressed(value)) return suppressedMarker(value.code);
  if (typeof value === 'number') {
    // Excel reads these as its own error value (a division by zero: no one in the reference group
    // had the outcome), not as text; see docs/decisions.md.
    if (value === Infinity) return UNBOUNDED_CELL;
    if (value === -Infinity) return UNBOUNDED_CELL;
    return String(value);
  }
  return String(value);
}

/**
 * One CSV field, quoted as RFC 4180 requires: fields containing a comma, a double quote, a
 * carriage return or a line feed are enclosed in double quotes, with inner quotes doubled.
 *
 * @param text The field's text.
 * @returns The field as it appears in the file.
 * @example
 * csvField('Scale 1-2');  // 'Scale 1-2'
 * csvField('A, "B"');     // '"A, ""B"""'
 */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function comparisonCells(metric: MetricResult<Figure>, comparison: Comparison<Figure> | null): Cell[] {
  const head: Cell[] = [metric.number, metric.id, metric.title, metric.status, metric.reason];
  if (comparison === null) {
    return [...head, ...new Array<Cell>(CSV_COLUMNS.length - head.length - 2).fill(null), metric.unknownEthnicity, null];
  }
  const { focal, reference } = comparison;
  const rl = comparison.relativeLikelihood;
  const diff = comparison.difference;
  const ratioCells: Cell[] =
    rl === null
      ? [null, null, null, null, null, null, null, null]
      : isSuppressed(rl)
        ? new Array<Cell>(8).fill(rl)
        : [rl.ratio, rl.lower, rl.upper, rl.method, rl.level, rl.numerator, rl.significant, rl.nonAdverse];
  const differenceCells: Cell[] =
    diff === null
      ? [null, null, null, null, null]
      : isSuppressed(diff)
        ? new Array<Cell>(5).fill(diff)
        : [diff.value, diff.lower, diff.upper, diff.method, diff.level];
  return [
    ...head,
    comparison.key,
    comparison.group,
    focal.count,
    focal.total,
    focal.proportion,
    focal.lower,
    focal.upper,
    reference.count,
    reference.total,
    reference.proportion,
    reference.lower,
    reference.upper,
    ...ratioCells,
    ...differenceCells,
    metric.unknownEthnicity,
    comparison.reading,
  ];
}

/**
 * The report as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, quoted fields where
 * needed): one row per comparison, in metric order, with the columns of {@link CSV_COLUMNS}.
 *
 * - A metric without comparisons (status `no-data` or `not-estimable` with nothing to compare) still
 *   gets one row with its status and reason and empty comparison cells, so no metric disappears.
 * - The text starts with a UTF-8 byte order mark (`\uFEFF`; `bom: false` leaves it out), so Excel
 *   on Windows opens it as UTF-8.
 * - Proportions, limits and ratios are written at full precision; `Infinity` as `#DIV/0!`
 *   ({@link UNBOUNDED_CELL}), which spreadsheets read as an error value; a missing value (no
 *   ratio, no difference) as an empty cell.
 * - A value withheld by disclosure control is written `[withheld]`; a wholly withheld ratio or
 *   difference marks all of its cells.
 *
 * @param report A report or published report.
 * @param options `bom: false` to leave out the byte order mark.
 * @returns CSV text ending with CRLF.
 * @example
 * renderCsv(report, { bom: false }).split('\r\n')[0]; // 'metric_number,metric_id,metric_title,status,reason,key,group,...'
 */
export function renderCsv(report: WresReport | PublishedReport, options: CsvRenderOptions = {}): string {
  const published = report as PublishedReport;
  // Benchmarks add four columns each, after the pinned ones, only when the report carries them.
  const benchmarks = published.benchmarks ?? [];
  const lines: string[] = [[...CSV_COLUMNS, ...benchmarkColumns(benchmarks)].join(',')];
  for (const metric of published.metrics) {
    const rows = metric.comparisons.length > 0 ? metric.comparisons : [null];
    for (const comparison of rows) {
      const cells = [...comparisonCells(metric, comparison), ...benchmarkCells(benchmarks, metric.number, comparison)];
      lines.push(cells.map((cell) => csvField(cellText(cell))).join(','));
    }
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
