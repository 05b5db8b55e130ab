/**
 * Where the counts of a report stand, which of them are the same cell, and how they add up.
 *
 * A report repeats some counts (metric 1's `totals.minority` is every band comparison's
 * `focal.total`; metrics 3, 5 and 8 share one population) and links others by sums (metric 9's
 * `focal.total` is `totals.minority` plus `bandNotKnown.minority`; with a broad-group breakdown the
 * minority count is asian + black + mixed + other, plus white minorities when they are counted as
 * minority). Disclosure control must treat each underlying cell once, so this module gives every
 * count position a cell id and writes the sum relations as linked tables, each a network, for
 * {@link secondarySuppressions} and {@link auditTable}.
 *
 * @module
 */
import type { Comparison, Figure, FocalGroup, MetricResult, WresReport } from '../model/report.js';
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
  /** Each published cell's figure (a number, or a Suppressed object in a published report). */
  cells: Map<string, Figure>;
  positions: CountPosition[];
  pairs: CountPair[];
  /**
   * Linked tables, each a network (every cell of a table is in exactly two of its sum relations).
   * A cell may appear in several tables. Empty when nothing is linked by sums.
   */
  tables: NetworkArc[][];
  /**
   * Cells that the sums need but the report never publishes (people without the outcome, white
   * minorities counted as minority, broad groups with no known band), with their values (NaN when
   * they cannot be worked out from the report, as in a published one).
   */
  hidden: Map<string, number>;
}

/** `'value'`: link positions only when their numbers agree (for a raw report); `'structure'`: also when one is withheld. */
export type LinkMode = 'value' | 'structure';

export const BROAD_GROUPS = ['asian', 'black', 'mixed', 'other'] as const;
type BroadGroup = (typeof BROAD_GROUPS)[number];
/** White minorities counted as minority (whiteMinorities: 'minority'); never published on their own. */
const WHITE_MINORITY = 'white-minorities';

const OUTSIDE = 'outside';
// Costs: an interior cell costs 1; totals cost a little more, so that among equally small sets of
// extra suppressions the one that keeps the totals (and all proportions built on them) wins.
const INTERIOR = 1;
const ROW_TOTAL = 1.0001;
const MARGIN = 1.001;

function numberOf(figure: Figure | null | undefined): number | undefined {
  return typeof figure === 'number' ? figure : undefined;
}

/** The population (denominator) a metric's comparisons share with other metrics. */
function populationOf(metric: MetricResult<Figure>, key: string, population: 'at-risk' | 'snapshot'): string {
  switch (metric.id) {
    case 'sc-wres-1':
    case 'sc-wres-9':
      return 'snapshot';
    case 'sc-wres-3':
    case 'sc-wres-5':
    case 'sc-wres-8':
      return population === 'snapshot' ? 'snapshot' : 'population';
    case 'sc-wres-4':
      return 'regulated';
    default:
      // Its own population (applicants shortlisted, survey respondents): an id apart from the count's.
      return `${metric.id}/${key}/population`;
  }
}

/** Where each cell of one outcome comparison key lives, by group. */
interface KeyCells {
  key: string;
  counts: Map<string, string>;
  totals: Map<string, string>;
}

class LayoutBuilder {
  readonly cells = new Map<string, Figure>();
  readonly positions: CountPosition[] = [];
  readonly pairs: CountPair[] = [];

  constructor(private readonly mode: LinkMode) {}

  /** Whether `figure` may stand for cell `id`: the ids agree in value (or, by structure, one is withheld). */
  fits(id: string, figure: Figure | undefined): boolean {
    if (figure === undefined) return false;
    const known = this.cells.get(id);
    if (known === undefined) return true;
    if (typeof known === 'number' && typeof figure === 'number') return known === figure;
    return this.mode === 'structure';
  }

  /** Places `holder[key]` as cell `id` when it fits, else as cell `fallback`; returns the id used. */
  place(id: string, holder: object, key: string, fallback: string = id): string {
    const figure = (holder as Record<string, Figure>)[key]!;
    const chosen = this.fits(id, figure) ? id : fallback;
    if (!this.cells.has(chosen)) this.cells.set(chosen, figure);
    this.positions.push({ id: chosen, holder: holder as Record<string, unknown>, key });
    return chosen;
  }

  value(id: string): number {
    return numberOf(this.cells.get(id)) ?? Number.NaN;
  }
}

/**
 * Gives every count in a report a cell id, lists count/total pairs, and builds the linked tables.
 *
 * @param report A report (raw or published).
 * @param mode How to decide that two positions are the same cell (see {@link LinkMode}).
 * @returns The layout; positions point into `report` itself (the caller passes its own copy).
 * @example
 * // layoutReport(copy, 'value').positions.length is the number of counts in the report.
 */
export function layoutReport(report: WresReport<Figure>, mode: LinkMode): ReportLayout {
  const builder = new LayoutBuilder(mode);
  const metric1 = report.metrics.find((metric) => metric.id === 'sc-wres-1');
  const bands = metric1?.bands;
  const breakdown = report.options.breakdown === 'broad-groups';
  const whiteMinorities = breakdown && report.options.whiteMinorities === 'minority';
  const bandIndex = new Map<string, number>();

  if (metric1 !== undefined && bands !== undefined) {
    bands.rows.forEach((row, index) => {
      bandIndex.set(row.band, index);
      for (const column of ['minority', 'white', 'unknown', 'total'] as const) builder.place(`band[${index}].${column}`, row, column);
    });
    for (const column of ['minority', 'white', 'unknown'] as const) builder.place(`band-not-known.${column}`, bands.bandNotKnown, column);
    for (const column of ['minority', 'white', 'unknown', 'total'] as const) builder.place(`totals.${column}`, bands.totals, column);
  }

  // A snapshot total (all staff of a group, band known or not) is the same cell as metric 1's
  // known-band total plus band-not-known only when those add up.
  const snapshotFits = (column: 'minority' | 'white' | 'unknown', figure: Figure): boolean => {
    if (bands === undefined) return true;
    const total = numberOf(figure);
    const parts = [numberOf(bands.totals[column]), numberOf(bands.bandNotKnown[column])];
    if (total === undefined || parts.some((part) => part === undefined)) return mode === 'structure';
    return total === (parts[0] as number) + (parts[1] as number);
  };

  const keys: KeyCells[] = [];
  const seniorBand = (comparisons: Comparison<Figure>[]): number => {
    // A "senior" pay band holding exactly the senior managers is the same cell in both metrics.
    // Only linked when the numbers agree, so an audit of a published report keeps them apart.
    if (bands === undefined || mode !== 'value') return -1;
    const byGroup = new Map(comparisons.map((comparison) => [comparison.group, comparison]));
    return bands.rows.findIndex((row, index) => {
      if (!/senior/i.test(row.band)) return false;
      const minority = byGroup.get('minority');
      if (minority === undefined || numberOf(row.minority) !== numberOf(minority.focal.count) || numberOf(row.white) !== numberOf(minority.reference.count)) return false;
      return BROAD_GROUPS.every((group) => {
        const comparison = byGroup.get(group);
        return comparison === undefined || builder.value(`band[${index}].${group}`) === numberOf(comparison.focal.count);
      });
    });
  };

  for (const metric of report.metrics) {
    // A metric with no data counts nobody: its zeros are its own, not a shared population's.
    const population = metric.status === 'no-data' ? metric.id : populationOf(metric, '', report.options.population);
    const unknownId = population === 'snapshot'
      ? (snapshotFits('unknown', metric.unknownEthnicity) ? 'snapshot.unknown' : `${metric.id}/unknownEthnicity`)
      : population === 'population' || population === 'regulated' ? `${population}.unknown` : `${metric.id}/unknownEthnicity`;
    builder.place(unknownId, metric, 'unknownEthnicity', `${metric.id}/unknownEthnicity`);

    const byKey = new Map<string, Comparison<Figure>[]>();
    for (const comparison of metric.comparisons) byKey.set(comparison.key, [...(byKey.get(comparison.key) ?? []), comparison]);
    for (const [key, comparisons] of byKey) {
      const band = metric === metric1 && key.startsWith('band:') ? bandIndex.get(key.slice('band:'.length)) : undefined;
      const pop = populationOf(metric, key, report.options.population);
      const senior = metric.id === 'sc-wres-9' ? seniorBand(comparisons) : -1;
      const cells: KeyCells = { key: `${metric.id}/${key}`, counts: new Map(), totals: new Map() };
      for (const comparison of comparisons) {
        const local = `${metric.id}/${key}/${comparison.group}`;
        const groups: [FocalGroup | 'white', 'focal' | 'reference'][] = [[comparison.group, 'focal'], ['white', 'reference']];
        for (const [group, side] of groups) {
          const holder = comparison[side];
          let countId: string;
          let totalId: string;
          if (band !== undefined) {
            countId = `band[${band}].${group}`;
            totalId = `totals.${group}`;
          } else {
            countId = senior !== -1 ? `band[${senior}].${group}` : `${metric.id}/${key}.${group}`;
            totalId = `${pop}.${group}`;
            if (pop === 'snapshot' && (group === 'minority' || group === 'white') && !snapshotFits(group, holder.total)) totalId = `${local}/${side}.total`;
          }
          const count = builder.place(countId, holder, 'count', `${local}/${side}.count`);
          const total = builder.place(totalId, holder, 'total', `${local}/${side}.total`);
          builder.pairs.push({ count, total });
          if (count === countId && band === undefined) cells.counts.set(group, count);
          if (total === totalId) cells.totals.set(group, total);
        }
      }
      if (band === undefined) keys.push(cells);
    }
  }

  const tables: NetworkArc[][] = [];
  const hidden = new Map<string, number>();
  const builderValue = (id: string): number => (hidden.has(id) ? (hidden.get(id) as number) : builder.value(id));
  const hide = (id: string, value: number): void => {
    hidden.set(id, value);
  };
  const makeTable = (): { arcs: NetworkArc[]; arc: (id: string, from: string, to: string, cost: number) => void } => {
    const arcs: NetworkArc[] = [];
    const arc = (id: string, from: string, to: string, cost: number): void => {
      const value = builderValue(id);
      const known = Number.isFinite(value) ? value : 0;
      const entry: NetworkArc = { id, from, to, value: known, cost: cost + known * 1e-9 };
      // An unpublished cell that is zero is treated as known (it may be pinned at 0 by the sums);
      // it can never be withheld, since it is never published.
      if (hidden.has(id)) entry.locked = true;
      arcs.push(entry);
    };
    return { arcs, arc };
  };
  const present = (groups: readonly string[], ids: (group: string) => string): boolean => groups.every((group) => builder.cells.has(ids(group)));

  // Staff in post at the end = staff at risk - leavers + those who left on the last day (metric 8,
  // at-risk population, against metric 9's or metric 1's snapshot). Needs the snapshot totals.
  const metric8 = report.metrics.find((metric) => metric.id === 'sc-wres-8');
  const leaversLinked = report.options.population === 'at-risk' && metric8 !== undefined && metric8.comparisons.length > 0;
  if (leaversLinked && bands !== undefined) {
    for (const column of ['minority', 'white'] as const) {
      if (!builder.cells.has(`snapshot.${column}`)) hide(`snapshot.${column}`, builder.value(`totals.${column}`) + builder.value(`band-not-known.${column}`));
    }
  }

  // Table 1: metric 1's bands, with the broad groups nested in each band's minority cell.
  const hasSnapshot = (column: string): boolean => builder.cells.has(`snapshot.${column}`) || hidden.has(`snapshot.${column}`);
  if (bands !== undefined) {
    const { arcs, arc } = makeTable();
    const nested = breakdown && bands.rows.every((_, index) => present(BROAD_GROUPS, (group) => `band[${index}].${group}`)) &&
      present(BROAD_GROUPS, (group) => `totals.${group}`);
    const nestedGroups: string[] = whiteMinorities ? [...BROAD_GROUPS, WHITE_MINORITY] : [...BROAD_GROUPS];
    if (nested && whiteMinorities) {
      bands.rows.forEach((_, index) => {
        hide(`band[${index}].${WHITE_MINORITY}`, builder.value(`band[${index}].minority`) - sumOf(BROAD_GROUPS.map((group) => builder.value(`band[${index}].${group}`))));
      });
      hide(`totals.${WHITE_MINORITY}`, builder.value('totals.minority') - sumOf(BROAD_GROUPS.map((group) => builder.value(`totals.${group}`))));
    }
    arc('totals.total', OUTSIDE, 'known-bands', MARGIN);
    bands.rows.forEach((_, index) => {
      arc(`band[${index}].total`, 'known-bands', `row[${index}]`, ROW_TOTAL);
      if (nested) {
        arc(`band[${index}].minority`, `row[${index}]`, `row[${index}].minority`, INTERIOR);
        for (const group of nestedGroups) arc(`band[${index}].${group}`, `row[${index}].minority`, `column.${group}`, INTERIOR);
      } else {
        arc(`band[${index}].minority`, `row[${index}]`, 'column.minority', INTERIOR);
      }
      arc(`band[${index}].white`, `row[${index}]`, 'column.white', INTERIOR);
      arc(`band[${index}].unknown`, OUTSIDE, 'column.unknown', INTERIOR);
    });
    if (nested) for (const group of nestedGroups) arc(`totals.${group}`, `column.${group}`, 'column.minority', MARGIN);
    // A group's known-band total is the denominator of every band's proportion, ratio and
    // difference: withholding it empties metric 1, so it costs as much as all of those figures.
    const groupTotalCost = (column: string): number => (column === 'unknown' ? MARGIN : MARGIN * (1 + bands.rows.length));
    for (const column of ['minority', 'white', 'unknown'] as const) {
      if (hasSnapshot(column)) {
        arc(`totals.${column}`, `column.${column}`, `snapshot.${column}`, groupTotalCost(column));
        arc(`band-not-known.${column}`, OUTSIDE, `snapshot.${column}`, INTERIOR);
        arc(`snapshot.${column}`, `snapshot.${column}`, OUTSIDE, MARGIN);
      } else {
        arc(`totals.${column}`, `column.${column}`, OUTSIDE, groupTotalCost(column));
      }
    }
    tables.push(arcs);

    // Table 2: snapshot staff of each broad group = known band + band not known (the latter unpublished).
    if (nested && hasSnapshot('minority') && present(BROAD_GROUPS, (group) => `snapshot.${group}`)) {
      const split = makeTable();
      for (const group of BROAD_GROUPS) hide(`band-not-known.${group}`, builder.value(`snapshot.${group}`) - builder.value(`totals.${group}`));
      if (whiteMinorities) {
        hide(`snapshot.${WHITE_MINORITY}`, builder.value('snapshot.minority') - sumOf(BROAD_GROUPS.map((group) => builder.value(`snapshot.${group}`))));
        hide(`band-not-known.${WHITE_MINORITY}`, (hidden.get(`snapshot.${WHITE_MINORITY}`) as number) - (hidden.get(`totals.${WHITE_MINORITY}`) as number));
      }
      split.arc('totals.minority', 's', 'known', MARGIN);
      split.arc('band-not-known.minority', 's', 'not-known', INTERIOR);
      for (const group of nestedGroups) {
        split.arc(`totals.${group}`, 'known', `group.${group}`, MARGIN);
        split.arc(`band-not-known.${group}`, 'not-known', `group.${group}`, INTERIOR);
        split.arc(`snapshot.${group}`, `group.${group}`, 't', MARGIN);
      }
      split.arc('snapshot.minority', 't', 's', MARGIN);
      tables.push(split.arcs);
    }
  }

  // Table 4: at risk = stayed + leavers; in post at the end = stayed + left on the last day.
  if (leaversLinked) {
    const table = makeTable();
    const groups = breakdown ? ['minority', 'white', ...BROAD_GROUPS] : ['minority', 'white'];
    for (const group of groups) {
      const atRisk = `population.${group}`;
      const left = `sc-wres-8/left-organisation.${group}`;
      const inPost = `snapshot.${group}`;
      if (!builder.cells.has(atRisk) || !builder.cells.has(left) || !(builder.cells.has(inPost) || hidden.has(inPost))) continue;
      const stayed = `stayed.${group}`;
      const lastDay = `left-on-last-day.${group}`;
      hide(stayed, builderValue(atRisk) - builderValue(left));
      hide(lastDay, builderValue(inPost) - (hidden.get(stayed) as number));
      table.arc(atRisk, OUTSIDE, `at-risk.${group}`, MARGIN);
      table.arc(left, `at-risk.${group}`, OUTSIDE, INTERIOR);
      table.arc(stayed, `at-risk.${group}`, `in-post.${group}`, INTERIOR);
      table.arc(lastDay, OUTSIDE, `in-post.${group}`, INTERIOR);
      table.arc(inPost, `in-post.${group}`, OUTSIDE, MARGIN);
    }
    if (table.arcs.length > 0) tables.push(table.arcs);
  }

  // Tables 3: each outcome's people with and without it, by broad group, adding up to minority.
  if (breakdown) {
    const done = new Set<string>();
    for (const cells of keys) {
      const groups = ['minority', ...BROAD_GROUPS];
      if (!groups.every((group) => cells.counts.has(group) && cells.totals.has(group))) continue;
      const countOf = (group: string): string => cells.counts.get(group) as string;
      const totalOf = (group: string): string => cells.totals.get(group) as string;
      if (done.has(countOf('minority'))) continue;
      done.add(countOf('minority'));
      const table = makeTable();
      const withoutOf = (group: string): string => `${cells.key}.without.${group}`;
      const allGroups: string[] = whiteMinorities ? [...BROAD_GROUPS, WHITE_MINORITY] : [...BROAD_GROUPS];
      for (const group of ['minority', ...BROAD_GROUPS]) hide(withoutOf(group), builderValue(totalOf(group)) - builderValue(countOf(group)));
      if (whiteMinorities) {
        const totalId = `${totalOf('minority').replace(/\.minority$/, '')}.${WHITE_MINORITY}`;
        const countId = `${cells.key}.${WHITE_MINORITY}`;
        if (!hidden.has(totalId)) hide(totalId, builderValue(totalOf('minority')) - sumOf(BROAD_GROUPS.map((group) => builderValue(totalOf(group)))));
        hide(countId, builderValue(countOf('minority')) - sumOf(BROAD_GROUPS.map((group) => builderValue(countOf(group)))));
        hide(withoutOf(WHITE_MINORITY), (hidden.get(totalId) as number) - (hidden.get(countId) as number));
        cells.counts.set(WHITE_MINORITY, countId);
        cells.totals.set(WHITE_MINORITY, totalId);
      }
      table.arc(countOf('minority'), 's', 'with', INTERIOR);
      table.arc(withoutOf('minority'), 's', 'without', INTERIOR);
      for (const group of allGroups) {
        table.arc(countOf(group), 'with', `group.${group}`, INTERIOR);
        table.arc(withoutOf(group), 'without', `group.${group}`, INTERIOR);
        table.arc(totalOf(group), `group.${group}`, 't', MARGIN);
      }
      table.arc(totalOf('minority'), 't', 's', MARGIN);
      tables.push(table.arcs);
    }
  }
  // A cell in several tables must be protected in each of them, so withholding it costs more.
  const appearances = new Map<string, number>();
  for (const arc of tables.flat()) appearances.set(arc.id, (appearances.get(arc.id) ?? 0) + 1);
  const weighted = tables.map((arcs) => arcs.map((arc) => {
    const times = appearances.get(arc.id) as number;
    return times === 1 ? arc : { ...arc, cost: arc.cost * times };
  }));
  return { cells: builder.cells, positions: builder.positions, pairs: builder.pairs, tables: weighted, hidden };
}

function sumOf(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

export type { BroadGroup };
