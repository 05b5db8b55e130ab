/**
 * The intruder's model of a publication (SPEC 8a): every published number, at the precision it is
 * printed with, as bounds and linear constraints on whole-number unknowns.
 *
 * Unknowns are the report's cells (layout.ts gives every count position a cell id; one cell shown
 * in two places is one unknown), the cells the sums need but no report publishes (people without
 * the outcome, band-not-known staff of a broad group, White minorities, stayed and last-day
 * leavers), and the people behind the `sources` block (unknown-ethnicity people with an outcome).
 * What a reader knows about them:
 * - a published count is exact, or (rounded to base b) a whole number within half a base of it;
 * - every sum relation of the linked tables, and count <= total for every count;
 * - a published proportion p of count c out of total t, printed with half-width h (1e-9 for JSON
 *   and CSV, which print full precision; 0.0005 for Markdown's one-decimal percentages):
 *   (p - h) t <= c <= (p + h) t; the same for band shares and metric 9's shares;
 * - a published confidence interval of a rounded count (computed from the unrounded count and
 *   total, at its printed precision) narrows both to the whole numbers that give it: usually the
 *   true ones, so rounding hides nothing where intervals are printed;
 * - the `sources` block: for cases, referrals and CPD, completeness is the share of the distinct
 *   people counted whose ethnicity is known, (M + W) / (M + W + U), and rows used minus every
 *   exclusion is at least M + W + U (a person may have several rows); the staff file's rows used
 *   minus its exclusions is at least the staff employed in the period, of whom the known are at
 *   least the minority and white ones; unknown counts of a population bound its unknown outcomes;
 * - regulated professionals (metric 4) are within the staff at risk, and metric 7's unknown count
 *   is at least each question's.
 * Several reports on the same data share unknowns where they count the same people: the cells of
 * reports with the same scope and population share ids (see {@link publicationModel}).
 *
 * @module
 */
import type { Comparison, Figure, GroupResult, PublishedReport, SourceName, WresReport } from '../model/report.js';
import { BROAD_GROUPS, layoutReport, type ReportLayout } from './layout.js';
import type { NetworkArc } from './network.js';
import { LINKED_SOURCES } from './sources.js';
import { proportionInterval } from '../stats/index.js';

/** One whole-number unknown of the intruder's model. */
export interface IntruderVariable {
  id: string;
  /** Smallest value the reader allows (0, or the low end of a rounding interval). */
  lower: number;
  /** Largest value (Infinity when only the sums bound it). */
  upper: number;
  /** True for a value a report withholds: the audit reports its range. */
  withheld: boolean;
  /** The true value, when the original report was given. */
  value?: number;
  /** Where it stands in the publication (the first place), for people reading an audit. */
  label: string;
  /**
   * For a count no report prints (the people who left or joined between two years): disclosed
   * only when determined exactly and from 1 to this value - 1 (a known 0 tells what published
   * zeros tell). Absent for withheld cells, which are disclosed whenever determined exactly.
   */
  smallBelow?: number;
}

/** A linear constraint: `min <= sum(coefficient * variable) <= max`. */
export interface IntruderConstraint {
  terms: [string, number][];
  min?: number;
  max?: number;
}

/** The intruder's model: unknowns and what the publication says about them. */
export interface IntruderModel {
  variables: Map<string, IntruderVariable>;
  constraints: IntruderConstraint[];
}

/** How a publication is read: at JSON/CSV precision (full) or at Markdown's one-decimal percentages. */
export type PrintedPrecision = 'json' | 'markdown';

const HALF_WIDTH: Record<PrintedPrecision, number> = { json: 1e-9, markdown: 0.0005 };


class ModelBuilder {
  readonly variables = new Map<string, IntruderVariable>();
  readonly constraints: IntruderConstraint[] = [];

  /** Adds (or narrows) an unknown from a figure: a number bounds it, a withheld object marks it. */
  figure(id: string, figure: Figure | null | undefined, label: string, rounding: number | null, truth?: number): void {
    const variable = this.unknown(id, label);
    if (typeof figure === 'number') {
      const [lower, upper] = rounding === null || rounding <= 1 ? [figure, figure] : [Math.max(0, Math.ceil(figure - rounding / 2)), Math.ceil(figure + rounding / 2) - 1];
      variable.lower = Math.max(variable.lower, lower);
      variable.upper = Math.min(variable.upper, upper);
    } else if (figure !== null && figure !== undefined) {
      variable.withheld = true;
    }
    if (truth !== undefined && variable.value === undefined) variable.value = truth;
  }

  unknown(id: string, label = id): IntruderVariable {
    let variable = this.variables.get(id);
    if (variable === undefined) {
      variable = { id, lower: 0, upper: Number.POSITIVE_INFINITY, withheld: false, label };
      this.variables.set(id, variable);
    }
    return variable;
  }

  add(terms: [string, number][], min?: number, max?: number): void {
    for (const [id] of terms) this.unknown(id);
    const constraint: IntruderConstraint = { terms };
    if (min !== undefined) constraint.min = min;
    if (max !== undefined) constraint.max = max;
    this.constraints.push(constraint);
  }

  /** (p - h) t <= c <= (p + h) t. */
  share(count: string, total: string, share: number, half: number): void {
    this.add([[count, 1], [total, -(share - half)]], 0);
    this.add([[count, 1], [total, -(share + half)]], undefined, 0);
  }
}

/** The sum relations of a network table: at every node but `outside`, arcs in = arcs out. */
function sumsOf(arcs: readonly NetworkArc[]): [string, number][][] {
  const terms = new Map<string, Map<string, number>>();
  const at = (node: string): Map<string, number> => terms.get(node) ?? terms.set(node, new Map()).get(node)!;
  for (const arc of arcs) {
    if (arc.from === arc.to) continue;
    if (arc.from !== 'outside') at(arc.from).set(arc.id, (at(arc.from).get(arc.id) ?? 0) - 1);
    if (arc.to !== 'outside') at(arc.to).set(arc.id, (at(arc.to).get(arc.id) ?? 0) + 1);
  }
  return [...terms.values()].map((row) => [...row].filter(([, coefficient]) => coefficient !== 0));
}

/** The cell id of every count position, by holder object and key. */
function idsByHolder(layout: ReportLayout): Map<object, Map<string, string>> {
  const ids = new Map<object, Map<string, string>>();
  for (const position of layout.positions) {
    const byKey = ids.get(position.holder) ?? ids.set(position.holder, new Map()).get(position.holder)!;
    byKey.set(position.key, position.id);
  }
  return ids;
}

/**
 * Adds one report to the model. `prefix` keeps the cells of reports on different populations
 * apart; reports that count the same people pass the same prefix, so their cells are one unknown.
 */
function addReport(builder: ModelBuilder, published: PublishedReport, original: WresReport | undefined, precision: PrintedPrecision): void {
  const rounding = published.disclosure?.rounding ?? null;
  const half = HALF_WIDTH[precision];
  const layout = layoutReport(published, 'structure');
  const truth = original === undefined ? undefined : layoutReport(original as WresReport<Figure>, 'value');
  const id = (cell: string): string => populationKey(published, cell);
  const truthOf = (cell: string): number | undefined => {
    const value = truth?.cells.get(cell) ?? truth?.hidden.get(cell);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };
  const labelOf = new Map<string, string>();
  for (const position of layout.positions) if (!labelOf.has(position.id)) labelOf.set(position.id, position.id);
  for (const [cell, figure] of layout.cells) builder.figure(id(cell), figure, cell, rounding, truthOf(cell));
  for (const cell of layout.hidden.keys()) builder.figure(id(cell), undefined, cell, null, truthOf(cell));
  for (const arcs of layout.tables) for (const terms of sumsOf(arcs)) builder.add(terms.map(([cell, c]) => [id(cell), c]), 0, 0);
  for (const pair of layout.pairs) builder.add([[id(pair.total), 1], [id(pair.count), -1]], 0);

  // Published proportions and shares, at the printed precision.
  const ids = idsByHolder(layout);
  const groupShare = (group: GroupResult<Figure>): void => {
    const cells = ids.get(group);
    const count = cells?.get('count');
    const total = cells?.get('total');
    if (count !== undefined && total !== undefined && typeof group.proportion === 'number') builder.share(id(count), id(total), group.proportion, half);
    if (count !== undefined && total !== undefined && rounding !== null && rounding > 1) {
      unroundFromInterval(builder, id(count), id(total), group, published.options.intervals, half);
    }
  };
  const metrics = published.metrics;
  for (const metric of metrics) {
    for (const comparison of metric.comparisons as Comparison<Figure>[]) {
      groupShare(comparison.focal);
      groupShare(comparison.reference);
    }
  }
  const bands = metrics.find((metric) => metric.id === 'sc-wres-1')?.bands;
  if (bands !== undefined) {
    bands.rows.forEach((row, index) => {
      if (typeof row.minorityShare === 'number') builder.share(id(`band[${index}].minority`), id(`band[${index}].total`), row.minorityShare, half);
    });
    if (typeof bands.workforceMinorityShare === 'number') builder.share(id('totals.minority'), id('totals.total'), bands.workforceMinorityShare, half);
  }

  // Regulated professionals are staff at risk; metric 7's unknowns are at least each question's.
  if (layout.cells.has('regulated.minority') && layout.cells.has('population.minority')) {
    for (const group of ['minority', 'white', 'unknown', ...BROAD_GROUPS]) {
      if (layout.cells.has(`regulated.${group}`) && layout.cells.has(`population.${group}`)) builder.add([[id(`population.${group}`), 1], [id(`regulated.${group}`), -1]], 0);
    }
  }

  // The sources block: people counted with an outcome, rows and completeness.
  const sourceRounding = published.disclosure?.sourceRounding ?? null;
  const coarse = (published.disclosure?.threshold ?? 1) > 1;
  for (const [source, metricId, key] of LINKED_SOURCES) {
    const summary = published.sources[source];
    if (summary === undefined || !summary.present) continue;
    const minority = `${metricId}/${key}.minority`;
    const white = `${metricId}/${key}.white`;
    if (!layout.cells.has(minority) || !layout.cells.has(white)) continue;
    const unknownOutcome = id(`${source}.unknown-outcome`);
    builder.figure(unknownOutcome, undefined, `${source}: unknown-ethnicity people with the outcome`, null, original === undefined ? undefined : unknownOutcomeOf(original, source, metricId, key));
    // Unknown-ethnicity people with the outcome are within the metric's unknown-ethnicity population.
    const metric = metrics.find((candidate) => candidate.id === metricId);
    const populationUnknown = metric === undefined ? undefined : ids.get(metric)?.get('unknownEthnicity');
    if (populationUnknown !== undefined) builder.add([[id(populationUnknown), 1], [unknownOutcome, -1]], 0);
    const completeness = summary.ethnicityCompleteness as Figure | null;
    if (typeof completeness === 'number') {
      // (c - h)(M + W + U) <= M + W <= (c + h)(M + W + U); a whole percentage rounded down is [c, c + 0.01).
      const low = coarse ? completeness : completeness - half;
      const high = coarse ? (completeness >= 1 ? 1 : completeness + 0.01 - 1e-9) : completeness + half;
      builder.add([[id(minority), 1 - low], [id(white), 1 - low], [unknownOutcome, -low]], 0);
      builder.add([[id(minority), 1 - high], [id(white), 1 - high], [unknownOutcome, -high]], undefined, 0);
    } else if (completeness === null && summary.rowsUsed === 0) {
      builder.add([[unknownOutcome, 1]], 0, 0);
    }
    // Rows used minus exclusions >= people counted.
    const rows: [string, number][] = [];
    const rowFigure = (field: string, sign: number): void => {
      const figure = (summary as unknown as Record<string, Figure | undefined>)[field];
      if (figure === undefined) return;
      const rowId = id(`sources.${source}.${field}`);
      builder.figure(rowId, figure, `sources.${source}.${field}`, sourceRounding, numberAt(original?.sources[source], field));
      rows.push([rowId, sign]);
    };
    rowFigure('rowsUsed', 1);
    for (const field of ['excludedOutsidePeriod', 'excludedNotInPopulation', 'excludedNotFundedNonMandatory']) rowFigure(field, -1);
    builder.add([...rows, [id(minority), -1], [id(white), -1], [unknownOutcome, -1]], 0);
  }
}

/**
 * A published interval is computed from the unrounded count and total, and its width depends on
 * the total: among the whole numbers that round to the published count and total, only the true
 * pair (or a few) give the published proportion and limits at their printed precision. The
 * count's and total's bounds are narrowed to the pairs that fit.
 */
function unroundFromInterval(
  builder: ModelBuilder,
  count: string,
  total: string,
  group: GroupResult<Figure>,
  intervals: PublishedReport['options']['intervals'],
  half: number,
): void {
  const countVariable = builder.variables.get(count);
  const totalVariable = builder.variables.get(total);
  if (countVariable === undefined || totalVariable === undefined) return;
  if (typeof group.count !== 'number' || typeof group.total !== 'number' || typeof group.lower !== 'number' || typeof group.upper !== 'number') return;
  const { lower, upper, proportion } = group;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= half;
  const fits: [number, number][] = [];
  for (let t = Math.max(1, totalVariable.lower); t <= totalVariable.upper; t += 1) {
    for (let c = countVariable.lower; c <= Math.min(countVariable.upper, t); c += 1) {
      const estimate = proportionInterval(c, t, { method: intervals.proportion, level: intervals.level });
      if (near(estimate.lower, lower) && near(estimate.upper, upper) && (typeof proportion !== 'number' || near(c / t, proportion))) fits.push([c, t]);
    }
  }
  if (fits.length === 0) return;
  countVariable.lower = Math.max(countVariable.lower, Math.min(...fits.map(([c]) => c)));
  countVariable.upper = Math.min(countVariable.upper, Math.max(...fits.map(([c]) => c)));
  totalVariable.lower = Math.max(totalVariable.lower, Math.min(...fits.map(([, t]) => t)));
  totalVariable.upper = Math.min(totalVariable.upper, Math.max(...fits.map(([, t]) => t)));
}

function numberAt(holder: object | undefined, field: string): number | undefined {
  const value = (holder as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'number' ? value : undefined;
}

/** Unknown-ethnicity people with the outcome of a linked source: from its completeness in the original. */
function unknownOutcomeOf(original: WresReport, source: SourceName, metricId: string, key: string): number | undefined {
  const completeness = original.sources[source]?.ethnicityCompleteness;
  const comparison = original.metrics.find((metric) => metric.id === metricId)?.comparisons.find((c) => c.key === key && c.group === 'minority');
  if (completeness === null || completeness === undefined || comparison === undefined) return undefined;
  const known = comparison.focal.count + comparison.reference.count;
  return completeness === 0 ? undefined : Math.round(known / completeness - known);
}

/**
 * The id of a cell in the intruder's model: who it counts, not where it stands. Reports with the
 * same scope and population count the same people; minority and white cells also depend on where
 * White minorities are counted.
 *
 * @param report The report the cell is in.
 * @param cell The cell's layout id.
 * @param withScope Whether to include the scope (a service, or `*` for the whole council).
 * @returns `scope|population|grouping|cell`, e.g. `*|at-risk|white|band[2].minority`.
 * @example
 * populationKey(report, 'band[2].minority'); // '*|at-risk|white|band[2].minority'
 * populationKey(report, 'band[2].asian');    // '*|at-risk|any|band[2].asian'
 */
export function populationKey(report: WresReport<Figure>, cell: string, withScope = true): string {
  const grouping = /\.(minority|white)$/.test(cell) ? report.options.whiteMinorities : 'any';
  const scope = withScope ? `${report.options.scope.service ?? '*'}|` : '';
  return `${scope}${report.options.population}|${grouping}|${cell}`;
}

/** Options of {@link publicationModel}. */
export interface PublicationModelOptions {
  /**
   * Whether the intruder takes the services' reports to cover the whole council (each cell of the
   * whole is the sum of the services'); otherwise only "at least". Default true (the stricter).
   */
  scopesPartition?: boolean;
}

/**
 * The intruder's model of a publication: one or more published reports on the same data.
 * Reports with the same scope and population count the same people: their cells are one unknown
 * ({@link populationKey}). Across reports: a whole-council cell is the sum of the same cell of
 * each service's report, and a minority cell counted with White minorities is the same cell
 * counted without them plus the White minorities (an unknown), the white cells the other way.
 *
 * The audit `sc-wres/audit` solves it; it is exported so that other solvers can be run on it.
 *
 * @param reports The published reports, each with its original (for true values) when known.
 * @param precision How the numbers are read (JSON/CSV full precision, or Markdown's rounding).
 * @param options Whether the services cover the council.
 * @returns The model: whole-number unknowns with bounds, and linear constraints.
 * @example
 * const model = publicationModel([{ published, original: report }], 'json');
 * [...model.variables.values()].filter((variable) => variable.withheld).length; // how many withheld cells
 */
export function publicationModel(
  reports: readonly { published: PublishedReport; original?: WresReport }[],
  precision: PrintedPrecision,
  options: PublicationModelOptions = {},
): IntruderModel {
  const builder = new ModelBuilder();
  const cellsOf = reports.map(({ published, original }) => {
    addReport(builder, published, original, precision);
    return [...layoutReport(published, 'structure').cells.keys()];
  });
  // Services add up to the whole council, cell by cell.
  const partition = options.scopesPartition ?? true;
  const byFamily = new Map<string, { whole?: string; parts: string[] }>();
  reports.forEach(({ published }, index) => {
    for (const cell of cellsOf[index]!) {
      const family = populationKey(published, cell, false);
      const entry = byFamily.get(family) ?? byFamily.set(family, { parts: [] }).get(family)!;
      const key = populationKey(published, cell);
      if (published.options.scope.service === undefined) entry.whole = key;
      else if (!entry.parts.includes(key)) entry.parts.push(key);
    }
  });
  for (const { whole, parts } of byFamily.values()) {
    if (whole === undefined || parts.length === 0) continue;
    const terms: [string, number][] = [[whole, 1], ...parts.map((part): [string, number] => [part, -1])];
    if (partition) builder.add(terms, 0, 0);
    else builder.add(terms, 0);
  }
  // White minorities counted as minority in one report and as white in another.
  reports.forEach(({ published: asMinority }, m) => {
    if (asMinority.options.whiteMinorities !== 'minority') return;
    reports.forEach(({ published: asWhite }, w) => {
      if (asWhite.options.whiteMinorities !== 'white' || (asWhite.options.scope.service ?? '*') !== (asMinority.options.scope.service ?? '*') || asWhite.options.population !== asMinority.options.population) return;
      const inWhite = new Set(cellsOf[w]);
      for (const cell of cellsOf[m]!) {
        if (!cell.endsWith('.minority') || !inWhite.has(cell)) continue;
        const base = cell.slice(0, -'.minority'.length);
        const split = `${asMinority.options.scope.service ?? '*'}|${asMinority.options.population}|white-minorities|${base}`;
        builder.unknown(split, `White minorities in ${base}`);
        builder.add([[populationKey(asMinority, cell), 1], [populationKey(asWhite, cell), -1], [split, -1]], 0, 0);
        const white = `${base}.white`;
        if (inWhite.has(white) && cellsOf[m]!.includes(white)) builder.add([[populationKey(asWhite, white), 1], [populationKey(asMinority, white), -1], [split, -1]], 0, 0);
      }
    });
  });
  return { variables: builder.variables, constraints: builder.constraints };
}
