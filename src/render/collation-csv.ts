/**
 * The collation as one long CSV table: for each collation (national, then each region or service),
 * metric and comparison, a row for the crude figure, the Mantel-Haenszel and random-effects pooled
 * figures, then one row per council.
 *
 * @module
 */
import type { Suppressed } from '../model/report.js';
import { csvField, suppressedMarker } from './csv.js';
import { isSuppressed } from './format.js';
import { collationsOf, type CollationInput } from './collation-rows.js';

/**
 * Column names of {@link renderCollationCsv}, in order.
 *
 * @example
 * COLLATION_CSV_COLUMNS.slice(0, 3); // ['collation', 'metric_number', 'metric_id']
 */
export const COLLATION_CSV_COLUMNS = [
  'collation', 'metric_number', 'metric_id', 'key', 'group', 'row', 'council', 'region', 'service',
  'focal_count', 'focal_total', 'reference_count', 'reference_total', 'ratio', 'lower', 'upper', 'level',
  'tau2', 'q', 'df', 'p', 'i2', 'funnel',
] as const;

type Cell = string | number | null | undefined | Suppressed;

/** Text from data, quoted, and with a leading apostrophe where a spreadsheet would read a formula. */
const text = (value: string | undefined): string => (value === undefined ? '' : csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value));
const number = (value: number | null | undefined): string => (value === null || value === undefined ? '' : value === Infinity ? 'Inf' : String(value));

/**
 * Renders a collation as CSV (RFC 4180, CRLF line ends).
 *
 * @param input - From {@link collateReports} or {@link collateBy}.
 * @returns CSV text with a header row.
 * @example
 * renderCollationCsv(collateReports(entries)).split('\r\n')[0].startsWith('collation,metric_number'); // true
 */
export function renderCollationCsv(input: CollationInput): string {
  const lines: string[] = [COLLATION_CSV_COLUMNS.join(',')];
  const push = (cells: Cell[]): void => {
    lines.push(cells.map((cell) => (isSuppressed(cell) ? suppressedMarker() : typeof cell === 'number' ? number(cell) : cell ?? '')).join(','));
  };
  for (const { label, collation } of collationsOf(input)) {
    for (const metric of collation.metrics) {
      for (const comparison of metric.comparisons) {
        const head: Cell[] = [text(label), metric.number, metric.id, text(comparison.key), comparison.group];
        const crude = comparison.crude;
        const rl = isSuppressed(crude.relativeLikelihood) ? { ratio: crude.relativeLikelihood, lower: crude.relativeLikelihood, upper: crude.relativeLikelihood, level: collation.options.level } : crude.relativeLikelihood;
        push([...head, 'crude', '', '', '', crude.focal.count, crude.focal.total, crude.reference.count, crude.reference.total,
          rl?.ratio ?? null, rl?.lower ?? null, rl?.upper ?? null, rl?.level ?? null, null, null, null, null, null, '']);
        const mh = comparison.mantelHaenszel;
        push([...head, 'mantel-haenszel', '', '', '', null, null, null, null, mh?.ratio ?? null, mh?.lower ?? null, mh?.upper ?? null, mh?.level ?? null, null, null, null, null, null, '']);
        const re = comparison.randomEffects;
        const h = comparison.heterogeneity;
        push([...head, 'random-effects', '', '', '', null, null, null, null, re?.ratio ?? null, re?.lower ?? null, re?.upper ?? null, re?.level ?? null,
          re?.tau2 ?? null, h?.q ?? null, h?.df ?? null, h?.p ?? null, h?.i2 ?? null, '']);
        for (const council of comparison.byOrganisation) {
          push([...head, 'council', text(council.name), text(council.region), text(council.service), council.focal.count, council.focal.total,
            council.reference.count, council.reference.total, council.ratio, council.lower, council.upper, collation.options.level,
            null, null, null, null, null, council.funnel ?? '']);
        }
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
