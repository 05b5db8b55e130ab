/**
 * Headline figures and the cells they are built from, so that secondary suppression can keep them
 * publishable (issue 12, "withhold no more than needed").
 *
 * A headline is what a reader of the report looks for first: each minority ethnic comparison's
 * relative likelihood (metric 1 per pay band, metrics 2 to 8) and metric 9's sentence. Each is
 * built from four counts (the minority and white count and total); metric 9's sentence also from
 * the workforce totals of metric 1. Withholding any of them withholds the headline.
 *
 * @module
 */
import type { Figure, WresReport } from '../model/report.js';
import type { ReportLayout } from './layout.js';

/**
 * The cells behind each headline figure of a report, by cell id (see layout.ts).
 *
 * @param report The report the layout was built on.
 * @param layout Its layout.
 * @returns One list of cell ids per headline, in report order.
 * @example
 * // headlineCells(report, layoutReport(report, 'value'))[0]
 * // ['band[0].minority', 'totals.minority', 'band[0].white', 'totals.white'] (metric 1's first band)
 */
export function headlineCells(report: WresReport<Figure>, layout: ReportLayout): string[][] {
  const cellAt = new Map<object, Map<string, string>>();
  for (const position of layout.positions) {
    const keys = cellAt.get(position.holder) ?? cellAt.set(position.holder, new Map()).get(position.holder)!;
    keys.set(position.key, position.id);
  }
  const workforce = ['totals.minority', 'totals.white', 'totals.total'].filter((id) => layout.cells.has(id));
  const headlines: string[][] = [];
  for (const metric of report.metrics) {
    for (const comparison of metric.comparisons) {
      if (comparison.group !== 'minority') continue;
      const cells = [comparison.focal, comparison.reference].flatMap((side) =>
        ['count', 'total'].map((key) => cellAt.get(side)?.get(key)).filter((id): id is string => id !== undefined),
      );
      headlines.push(metric.id === 'sc-wres-9' ? [...cells, ...workforce] : cells);
    }
  }
  return headlines;
}

/**
 * How many headlines that are still publishable each cell would withhold: for each cell, the
 * number of headlines it is behind none of whose cells is withheld already.
 *
 * @param headlines The cells behind each headline ({@link headlineCells}).
 * @param withheld Cells withheld already.
 * @returns Count per cell id (cells behind no live headline are absent).
 * @example
 * liveHeadlineWeights([['a', 'b'], ['b', 'c']], new Set(['c'])); // Map { 'a' => 1, 'b' => 1 }
 */
export function liveHeadlineWeights(headlines: readonly string[][], withheld: ReadonlySet<string>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const cells of headlines) {
    if (cells.some((id) => withheld.has(id))) continue;
    for (const id of new Set(cells)) weights.set(id, (weights.get(id) ?? 0) + 1);
  }
  return weights;
}
