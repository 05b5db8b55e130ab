/**
 * Where the counts of a report stand, which of them are the same cell, and how they add up.
 *
 * A report repeats some counts (metric 1's `totals.minority` is every band comparison's
 * `focal.total`) and links others by sums (metric 9's `focal.total` is `totals.minority` plus
 * `bandNotKnown.minority`). Disclosure control must treat each underlying cell once, so this module
 * gives every count position a cell id and builds metric 1's table, with its links to metric 9,
 * as a network for {@link secondarySuppressions} and {@link auditTable}.
 *
 * @module
 */
import type { Comparison, Figure, GroupResult, MetricResult, WresReport } from '../report/types.js';
import type { NetworkArc } from './network.js';

/** A place in the report that holds a count: `holder[key]` is the count of cell `id`. */
export interface CountPosition {
  id: string;
  holder: Record<string, unknown>;
  key: string;
}

/** A count and the total it is out of (its complement is total minus count). */
export interface CountPair {
  count: string;
  total: string;
}

export interface ReportLayout {
  /** Each cell's figure (a number, or a Suppressed object in a published report). */
  cells: Map<string, Figure>;
  positions: CountPosition[];
  pairs: CountPair[];
  /** Metric 1's table with its links, as a network (empty when metric 1 has no bands). */
  arcs: NetworkArc[];
}

/** `'value'`: link positions only when their numbers agree (for a raw report); `'structure'`: link as computeReport builds them. */
export type LinkMode = 'value' | 'structure';

const OUTSIDE = 'outside';
// Costs: an interior cell costs 1; totals cost a little more, so that among equally small sets of
// extra suppressions the one that keeps the totals (and all proportions built on them) wins.
const INTERIOR = 1;
const ROW_TOTAL = 1.0001;
const MARGIN = 1.001;

function numberOf(figure: Figure | null | undefined): number | undefined {
  return typeof figure === 'number' ? figure : undefined;
}

class LayoutBuilder {
  readonly cells = new Map<string, Figure>();
  readonly positions: CountPosition[] = [];
  readonly pairs: CountPair[] = [];

  place(id: string, holder: object, key: string): string {
    const figure = (holder as Record<string, Figure>)[key]!;
    if (!this.cells.has(id)) this.cells.set(id, figure);
    this.positions.push({ id, holder: holder as Record<string, unknown>, key });
    return id;
  }
}

function groupIds(metric: MetricResult<Figure>, comparison: Comparison<Figure>, side: 'focal' | 'reference'): { count: string; total: string } {
  const base = `${metric.id}/${comparison.key}/${comparison.group}/${side}`;
  return { count: `${base}.count`, total: `${base}.total` };
}

/** Whether `a` equals `b + c` (all known), or the link is assumed by structure. */
function linked(mode: LinkMode, a: Figure | undefined, ...parts: (Figure | undefined)[]): boolean {
  if (mode === 'structure') return a !== undefined;
  const total = numberOf(a);
  if (total === undefined) return false;
  let sum = 0;
  for (const part of parts) {
    const value = numberOf(part);
    if (value === undefined) return false;
    sum += value;
  }
  return sum === total;
}

/**
 * Gives every count in a report a cell id, lists count/total pairs, and builds metric 1's network.
 *
 * @param report A report (raw or published).
 * @param mode How to decide that two positions are the same cell (see {@link LinkMode}).
 * @returns The layout; positions point into `report` itself (the caller passes its own copy).
 * @example
 * // layoutReport(copy, 'value').positions.length is the number of counts in the report.
 */
export function layoutReport(report: WresReport<Figure>, mode: LinkMode): ReportLayout {
  const builder = new LayoutBuilder();
  const arcs: NetworkArc[] = [];
  const metric1 = report.metrics.find((metric) => metric.id === 'sc-wres-1');
  const metric9 = report.metrics.find((metric) => metric.id === 'sc-wres-9');
  const bands = metric1?.bands;
  const bandIndex = new Map<string, number>();
  const snapshotTotals: { minority?: Figure; white?: Figure; unknown?: Figure } = {};
  const arc = (id: string, from: string, to: string, cost: number): void => {
    const value = numberOf(builder.cells.get(id)) ?? 0;
    arcs.push({ id, from, to, value, cost: cost + value * 1e-9 });
  };

  if (metric1 !== undefined && bands !== undefined) {
    bands.rows.forEach((row, index) => {
      bandIndex.set(row.band, index);
      for (const column of ['minority', 'white', 'unknown', 'total'] as const) {
        builder.place(`band[${index}].${column}`, row, column);
      }
    });
    for (const column of ['minority', 'white', 'unknown'] as const) {
      builder.place(`band-not-known.${column}`, bands.bandNotKnown, column);
    }
    for (const column of ['minority', 'white', 'unknown', 'total'] as const) {
      builder.place(`totals.${column}`, bands.totals, column);
    }
  }

  // Snapshot totals (all staff of each group, band known or not): metric 9's totals and the
  // unknown-ethnicity count of metrics 1 and 9.
  const snapshotIdFor = (column: 'minority' | 'white' | 'unknown', figure: Figure): string | undefined => {
    if (bands === undefined) return undefined;
    if (!linked(mode, figure, bands.totals[column], bands.bandNotKnown[column])) return undefined;
    if (mode === 'value' && snapshotTotals[column] !== undefined && snapshotTotals[column] !== figure) return undefined;
    snapshotTotals[column] = figure;
    return `snapshot.${column}`;
  };

  for (const metric of report.metrics) {
    const unknownId = snapshotIdFor('unknown', metric.unknownEthnicity);
    const usesSnapshot =
      metric.id === 'sc-wres-1' ||
      metric.id === 'sc-wres-9' ||
      (report.options.population === 'snapshot' && ['sc-wres-3', 'sc-wres-5', 'sc-wres-8'].includes(metric.id));
    builder.place(usesSnapshot && unknownId !== undefined ? unknownId : `${metric.id}/unknownEthnicity`, metric, 'unknownEthnicity');

    for (const comparison of metric.comparisons) {
      const ids = { focal: groupIds(metric, comparison, 'focal'), reference: groupIds(metric, comparison, 'reference') };
      const isMinority = comparison.group === 'minority';
      if (metric === metric1 && bands !== undefined && isMinority && comparison.key.startsWith('band:')) {
        const index = bandIndex.get(comparison.key.slice('band:'.length));
        if (index !== undefined) {
          const row = bands.rows[index]!;
          if (linked(mode, comparison.focal.count, row.minority)) ids.focal.count = `band[${index}].minority`;
          if (linked(mode, comparison.reference.count, row.white)) ids.reference.count = `band[${index}].white`;
          if (linked(mode, comparison.focal.total, bands.totals.minority)) ids.focal.total = 'totals.minority';
          if (linked(mode, comparison.reference.total, bands.totals.white)) ids.reference.total = 'totals.white';
        }
      }
      if (isMinority && usesSnapshot && metric !== metric1) {
        const minorityId = snapshotIdFor('minority', comparison.focal.total);
        const whiteId = snapshotIdFor('white', comparison.reference.total);
        if (minorityId !== undefined) ids.focal.total = minorityId;
        if (whiteId !== undefined) ids.reference.total = whiteId;
      }
      if (metric === metric9 && bands !== undefined && isMinority && comparison.key === 'senior-management') {
        // A "senior" pay band holding exactly the senior managers is the same cell in both metrics.
        // Only linked when the numbers agree, so an audit of a published report keeps them apart.
        const index = bands.rows.findIndex(
          (row) =>
            /senior/i.test(row.band) &&
            numberOf(row.minority) !== undefined &&
            numberOf(row.minority) === numberOf(comparison.focal.count) &&
            numberOf(row.white) === numberOf(comparison.reference.count),
        );
        if (mode === 'value' && index !== -1) {
          ids.focal.count = `band[${index}].minority`;
          ids.reference.count = `band[${index}].white`;
        }
      }
      for (const side of ['focal', 'reference'] as const) {
        const group: GroupResult<Figure> = comparison[side];
        builder.place(ids[side].count, group, 'count');
        builder.place(ids[side].total, group, 'total');
        builder.pairs.push({ count: ids[side].count, total: ids[side].total });
      }
    }
  }

  if (bands !== undefined) {
    arc('totals.total', OUTSIDE, 'known-bands', MARGIN);
    bands.rows.forEach((_, index) => {
      arc(`band[${index}].total`, 'known-bands', `row[${index}]`, ROW_TOTAL);
      arc(`band[${index}].minority`, `row[${index}]`, 'column.minority', INTERIOR);
      arc(`band[${index}].white`, `row[${index}]`, 'column.white', INTERIOR);
      arc(`band[${index}].unknown`, OUTSIDE, 'column.unknown', INTERIOR);
    });
    for (const column of ['minority', 'white', 'unknown'] as const) {
      const snapshotId = `snapshot.${column}`;
      if (builder.cells.has(snapshotId)) {
        arc(`totals.${column}`, `column.${column}`, `snapshot.${column}`, MARGIN);
        arc(`band-not-known.${column}`, OUTSIDE, `snapshot.${column}`, INTERIOR);
        arc(snapshotId, `snapshot.${column}`, OUTSIDE, MARGIN);
      } else {
        arc(`totals.${column}`, `column.${column}`, OUTSIDE, MARGIN);
      }
    }
  }
  return { cells: builder.cells, positions: builder.positions, pairs: builder.pairs, arcs };
}
