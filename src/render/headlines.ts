/**
 * The headline figures of a report: one per minority-vs-white comparison (each pay band, each
 * question part), plus a row for a metric without figures. The summary that opens the Markdown and
 * HTML reports is this list; the charts draw from it too.
 *
 * @module
 */
import type { Comparison, Figure, MetricResult, PublishedReport, Reading, WresReport } from '../model/report.js';
import { count, isSuppressed, keyLabel, percent, ratio, suppressedInWords, type WordsOptions } from './format.js';

/** One headline figure: a metric's minority ethnic vs white comparison, or its status when it has none. */
export interface HeadlineFigure {
  metric: MetricResult<Figure>;
  /** The comparison; `null` for a metric with no comparison (no data, not estimable). */
  comparison: Comparison<Figure> | null;
  /** What is compared, in words ("Appointed from shortlisting", "Pay band Scale 1-2"). */
  label: string;
  /** The ratio and its limits, when published and estimable. */
  ratio: { value: number | null; lower: number; upper: number; nonAdverse: boolean | null; numerator: 'focal' | 'reference' } | null;
  /** The reading; `null` without one; `'withheld'` when disclosure control withheld it. */
  reading: Reading | null | 'withheld';
}

/**
 * The headline figures in metric order.
 *
 * @param report A report or published report.
 * @returns One entry per minority comparison, and one per metric without comparisons.
 */
export function headlineFigures(report: WresReport | PublishedReport): HeadlineFigure[] {
  const rows: HeadlineFigure[] = [];
  for (const metric of (report as PublishedReport).metrics) {
    const comparisons = metric.comparisons.filter((c) => c.group === 'minority');
    if (comparisons.length === 0) {
      rows.push({ metric, comparison: null, label: metric.title, ratio: null, reading: null });
      continue;
    }
    for (const comparison of comparisons) {
      const rl = comparison.relativeLikelihood;
      const published = rl !== null && !isSuppressed(rl) && !isSuppressed(rl.ratio) && !isSuppressed(rl.lower) && !isSuppressed(rl.upper);
      rows.push({
        metric,
        comparison,
        label: keyLabel(comparison.key),
        ratio: published
          ? {
              value: rl.ratio as number | null,
              lower: rl.lower as number,
              upper: rl.upper as number,
              nonAdverse: isSuppressed(rl.nonAdverse) ? null : rl.nonAdverse,
              numerator: rl.numerator,
            }
          : null,
        reading: isSuppressed(comparison.reading) ? 'withheld' : (comparison.reading ?? null),
      });
    }
  }
  return rows;
}

/** A reading in words, for a table cell. */
export function readingInWords(reading: HeadlineFigure['reading'], hasRatio: boolean): string {
  switch (reading) {
    case 'adverse':
      return 'Adverse';
    case 'favourable':
      return 'Favourable';
    case 'no-significant-difference':
      return 'No significant difference';
    case 'withheld':
      return 'Withheld';
    default:
      return hasRatio ? 'Not read (no direction)' : 'No ratio';
  }
}

/** A headline figure's cells as text (the label is raw data: the renderer escapes it). */
export interface HeadlineCells {
  metric: string;
  label: string;
  focal: string;
  reference: string;
  ratio: string;
  reading: string;
  nonAdverse: string;
}

function share(proportion: Figure | null, countValue: Figure, total: Figure, words: WordsOptions): string {
  if (isSuppressed(countValue) || isSuppressed(total)) return suppressedInWords();
  return `${percent(proportion, words)} (${count(countValue, words)} of ${count(total, words)})`;
}

/**
 * The cells of a headline figure's summary row: both groups' percentages with counts, the ratio
 * with its interval, the reading and the non-adverse flag.
 */
export function headlineCells(row: HeadlineFigure, words: WordsOptions): HeadlineCells {
  const c = row.comparison;
  const metric = String(row.metric.number);
  if (c === null) {
    const status = row.metric.status === 'no-data' ? 'No data' : row.metric.status === 'not-estimable' ? 'Not estimable' : 'No comparison';
    return { metric, label: row.label, focal: '–', reference: '–', ratio: status, reading: '–', nonAdverse: '–' };
  }
  const rl = c.relativeLikelihood;
  let ratioText: string;
  if (rl === null) ratioText = 'not calculated';
  else if (row.ratio === null) ratioText = suppressedInWords();
  else if (row.ratio.value === null) ratioText = 'no ratio (neither group had the outcome)';
  else ratioText = `${ratio(row.ratio.value, words)} (${ratio(row.ratio.lower, words)} to ${ratio(row.ratio.upper, words)})${row.ratio.numerator === 'reference' ? ' (white ÷ minority)' : ''}`;
  const nonAdverse = row.ratio === null || row.ratio.nonAdverse === null ? '–' : row.ratio.nonAdverse ? 'yes' : 'no';
  return {
    metric,
    label: row.label,
    focal: share(c.focal.proportion, c.focal.count, c.focal.total, words),
    reference: share(c.reference.proportion, c.reference.count, c.reference.total, words),
    ratio: ratioText,
    reading: readingInWords(row.reading, row.ratio !== null && row.ratio.value !== null),
    nonAdverse,
  };
}
