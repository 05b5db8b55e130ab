/**
 * A council's benchmarks (national and regional pooled figures) beside its own comparisons, shared
 * by the Markdown and CSV renderers.
 *
 * @module
 */
import type { Benchmark, BenchmarkFigure } from '../model/collation.js';
import type { Comparison, Figure, PublishedReport, WresReport } from '../model/report.js';
import { fixed, groupLabel, isSuppressed, keyLabel, ratio, suppressedInWords, type WordsOptions } from './format.js';

/** The benchmark's figure for one of the council's comparisons, or `undefined` when the collation has none. */
export function benchmarkFigure(benchmark: Benchmark, metric: number, comparison: Pick<Comparison<Figure>, 'key' | 'group'>): BenchmarkFigure | undefined {
  return benchmark.figures.find((figure) => figure.metric === metric && figure.key === comparison.key && figure.group === comparison.group);
}

/** "1.14 (1.06 to 1.22)", or "–" without a figure. */
export function benchmarkText(figure: BenchmarkFigure | undefined): string {
  return figure === undefined ? '–' : `${fixed(figure.ratio, 2)} (${fixed(figure.lower, 2)} to ${fixed(figure.upper, 2)})`;
}

/** The CSV columns a report's benchmarks add, four per benchmark. */
export function benchmarkColumns(benchmarks: readonly Benchmark[]): string[] {
  return benchmarks.flatMap((_, i) => ['label', 'ratio', 'lower', 'upper'].map((part) => `benchmark_${i + 1}_${part}`));
}

/** The benchmark cells of one CSV row: label, ratio, lower, upper for each benchmark (blank without a figure). */
export function benchmarkCells(benchmarks: readonly Benchmark[], metric: number, comparison: Pick<Comparison<Figure>, 'key' | 'group'> | null): (string | number | null)[] {
  return benchmarks.flatMap((benchmark) => {
    const figure = comparison === null ? undefined : benchmarkFigure(benchmark, metric, comparison);
    const label = /^[=+\-@\t\r]/.test(benchmark.label) ? `'${benchmark.label}` : benchmark.label;
    return [label, figure?.ratio ?? null, figure?.lower ?? null, figure?.upper ?? null];
  });
}

/** One row of the benchmarks table: a comparison, the council's figure and each benchmark's, as text. */
export interface BenchmarkRow {
  metric: number;
  comparison: string;
  council: string;
  benchmarks: string[];
}

/**
 * The council's comparisons that some benchmark has a figure for, each with the council's relative
 * likelihood and every benchmark's pooled figure ("–" where one has none), as plain text (the HTML
 * renderer's table; the Markdown puts the same figures in each metric's table).
 */
export function benchmarkRows(report: WresReport | PublishedReport, words: WordsOptions): BenchmarkRow[] {
  const benchmarks = report.benchmarks ?? [];
  const breakdown = report.metrics.some((metric) => metric.comparisons.some((c) => c.group !== 'minority'));
  return report.metrics.flatMap((metric) => metric.comparisons.flatMap((c: Comparison<Figure>) => {
    const figures = benchmarks.map((benchmark) => benchmarkFigure(benchmark, metric.number, c));
    if (figures.every((figure) => figure === undefined)) return [];
    const rl = c.relativeLikelihood;
    const council = rl === null ? 'not calculated' : isSuppressed(rl) ? suppressedInWords() : rl.ratio === null ? 'not estimable' : `${ratio(rl.ratio, words)} (${ratio(rl.lower, words)} to ${ratio(rl.upper, words)})`;
    const comparison = breakdown ? `${keyLabel(c.key)}: ${groupLabel(c.group, report.options.terminology)}` : keyLabel(c.key);
    return [{ metric: metric.number, comparison, council, benchmarks: figures.map(benchmarkText) }];
  }));
}

