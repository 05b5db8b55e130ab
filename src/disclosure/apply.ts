import type {
  Comparison,
  DisclosureSummary,
  Figure,
  GroupResult,
  MetricResult,
  PublishedReport,
  Suppressed,
  WresReport,
} from '../model/report.js';
import { headlineCells, liveHeadlineWeights } from './headlines.js';
import { layoutReport, type CountPair, type ReportLayout } from './layout.js';
import { jointlyFixed } from './joint.js';
import { secondarySuppressions, type NetworkArc } from './network.js';
import { resolvePolicy } from './policy.js';
import { protectPublication } from './publication.js';
import { coarsenSources, sourceRoundingBase } from './sources.js';
import { protectYearPair } from './year-on-year.js';
import { isSuppressed, roundToBase, suppressed } from './suppressed.js';
import type { DisclosurePolicy, PresetName, ResolvedPolicy } from './types.js';

/**
 * Which rule withheld a value (the analyst's workings, never published):
 * - `small-count`: a count below the threshold (or a zero, with `suppressZeros`);
 * - `small-complement`: total minus count below the threshold;
 * - `secondary`: withheld so that another withheld cell cannot be worked out;
 * - `derived`: built from a withheld count (a proportion, interval, ratio, difference or sentence).
 */
export type WithheldRule = 'small-count' | 'small-complement' | 'secondary' | 'derived';

/** What {@link protectReport} did, for `explainDisclosure`: the rule behind each withheld object. */
export interface ProtectionWorkings {
  policy: ResolvedPolicy;
  /** Each withheld object of the published report, with its rule and the cell it stands for (counts only). */
  withheld: Map<Suppressed, { rule: WithheldRule; cell?: string }>;
  /** The rule that withheld each cell. */
  cellRules: Map<string, WithheldRule>;
  /** The linked tables, to say what a secondary cell protects. */
  tables: NetworkArc[][];
  /** Cells the reader does not know: withheld and never published. */
  unknown: Set<string>;
  /** Every cell's true value. */
  values: Map<string, number>;
  /** Zeros a rule would withhold but the published zeros give away (so they are published). */
  knownZeros: Set<string>;
}
/** Extra cost of withholding a published zero (as in `network.ts`): it can only go up, so it hides little. */
const ZERO_PENALTY = 1000;
/**
 * Extra costs tried for withholding a cell, per headline figure it would withhold that is still
 * publishable (a relative likelihood, metric 9's sentence): with 0 the plain costs of the layout;
 * with 100 a detour through band-level, band-not-known or never-printed cells is preferred to
 * losing a headline. The tables are protected one at a time, so a cheap choice in one table can
 * force a dear one in another: each cost is tried and the pattern that withholds the fewest
 * headlines, then the fewest cells, is kept (the first on a tie: the plain costs).
 */
const HEADLINE_COSTS = [0, 100, 10] as const;

/** A deep copy of plain JSON-like data (Infinity and null kept), so the caller's report is never touched. */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyPlain(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) copy[key] = copyPlain(item);
    return copy as T;
  }
  return value;
}

/**
 * Cells a reader knows are zero from published zeros: at any sum relation, when every cell on one
 * side is a known zero, so is every cell on the other (counts are never negative); a count out of
 * a total known to be zero is zero.
 */
function knownZeros(
  tables: readonly NetworkArc[][],
  published: (id: string) => boolean,
  valueOf: (id: string) => number,
  pairs: readonly CountPair[] = [],
): Set<string> {
  const zeros = new Set<string>();
  for (const arc of tables.flat()) if (published(arc.id) && valueOf(arc.id) === 0) zeros.add(arc.id);
  for (const pair of pairs) if (published(pair.total) && valueOf(pair.total) === 0) zeros.add(pair.total);
  for (let changed = true; changed; ) {
    changed = false;
    // A count out of a total known to be zero is zero.
    for (const pair of pairs) {
      if (zeros.has(pair.total) && !zeros.has(pair.count)) {
        zeros.add(pair.count);
        changed = true;
      }
    }
    for (const arcs of tables) {
      const sides = new Map<string, [string[], string[]]>();
      for (const arc of arcs) {
        if (arc.from === arc.to) continue;
        const from = sides.get(arc.from) ?? sides.set(arc.from, [[], []]).get(arc.from)!;
        const to = sides.get(arc.to) ?? sides.set(arc.to, [[], []]).get(arc.to)!;
        from[1].push(arc.id);
        to[0].push(arc.id);
      }
      for (const [into, out] of sides.values()) {
        for (const [side, other] of [[into, out], [out, into]] as const) {
          if (side.every((id) => zeros.has(id)) && other.some((id) => !zeros.has(id))) {
            for (const id of other) zeros.add(id);
            changed = true;
          }
        }
      }
    }
  }
  return zeros;
}

/**
 * Secondary suppression over linked tables: each table is protected in turn (a cell withheld for
 * one table is withheld in every table it appears in) until no table needs more. Unpublished
 * cells with people in them count as withheld; unpublished zeros and cells known to be zero count
 * as known and are never chosen. Then the tables are checked together ({@link jointlyFixed}): a
 * withheld cell that they fix jointly though each alone lets it move gets one more published cell
 * withheld (the cheapest whose withholding lets it move, see {@link unpinningCell}), the tables
 * are protected again, and so on until nothing is fixed (or what is fixed cannot be helped).
 */
function linkedSecondarySuppressions(
  layout: ReportLayout,
  withheld: ReadonlySet<string>,
  zeros: ReadonlySet<string>,
  headlineWeights: ReadonlyMap<string, number> = new Map(),
  headlineCost = 0,
): string[] {
  const added: string[] = [];
  const free = new Set([...withheld].filter((id) => !zeros.has(id)));
  for (const [id, value] of layout.hidden) if (value > 0) free.add(id);
  const required = new Set(free);
  for (const id of layout.hidden.keys()) required.delete(id);
  const tables = layout.tables.map((arcs) => arcs.map((arc) => {
    if (zeros.has(arc.id)) return { ...arc, locked: true };
    const headlines = headlineWeights.get(arc.id) ?? 0;
    return headlines === 0 || headlineCost === 0 ? arc : { ...arc, cost: arc.cost + headlineCost * headlines };
  }));
  const tablesOf = new Map<string, number[]>();
  tables.forEach((arcs, index) => {
    for (const arc of arcs) tablesOf.set(arc.id, [...(tablesOf.get(arc.id) ?? []), index]);
  });
  const withhold = (id: string, pending: Set<number>, from: number): void => {
    free.add(id);
    required.add(id);
    added.push(id);
    for (const other of tablesOf.get(id) ?? []) if (other !== from) pending.add(other);
  };
  // Each table runs once, and again only when another table withholds one of its cells.
  const protectEachTable = (pending: Set<number>): void => {
    while (pending.size > 0) {
      const index = Math.min(...pending);
      pending.delete(index);
      for (const id of secondarySuppressions(tables[index]!, free, required)) withhold(id, pending, index);
    }
  };
  protectEachTable(new Set(tables.keys()));
  // The reader does not know withheld cells, nor any unpublished one (zero or not).
  const unknownToReader = (): Set<string> => new Set([...free, ...layout.hidden.keys()]);
  const hopeless = new Set<string>();
  for (;;) {
    const target = jointlyFixed(tables, unknownToReader()).find((id) => required.has(id) && !hopeless.has(id));
    if (target === undefined) break;
    const cell = unpinningCell(tables, unknownToReader(), target, (id) => free.has(id) || layout.hidden.has(id) || zeros.has(id));
    if (cell === null) {
      hopeless.add(target);
      continue;
    }
    const pending = new Set<number>();
    withhold(cell, pending, -1);
    protectEachTable(pending);
  }
  return added;
}

/**
 * Secondary suppression ({@link linkedSecondarySuppressions}) under each of {@link HEADLINE_COSTS}:
 * the cells added by the run that withholds the fewest headline figures, then the fewest cells.
 */
function fewestHeadlinesLost(layout: ReportLayout, report: WresReport<Figure>, withheld: ReadonlySet<string>, zeros: ReadonlySet<string>): string[] {
  const headlines = headlineCells(report, layout);
  const weights = liveHeadlineWeights(headlines, withheld);
  // Headlines the primary cells withhold: no pattern withholds fewer.
  const floor = headlines.filter((cells) => cells.some((id) => withheld.has(id))).length;
  let best: { added: string[]; lost: number } | undefined;
  for (const cost of HEADLINE_COSTS) {
    const added = linkedSecondarySuppressions(layout, withheld, zeros, weights, cost);
    const all = new Set([...withheld, ...added]);
    const lost = headlines.filter((cells) => cells.some((id) => all.has(id))).length;
    if (best === undefined || lost < best.lost || (lost === best.lost && added.length < best.added.length)) best = { added, lost };
    if (weights.size === 0 || lost === floor) break;
  }
  return best?.added ?? [];
}

/**
 * The cheapest published cell whose withholding lets `target` move in the linked tables (by
 * {@link jointlyFixed}), among the cells of the tables linked to it by unknown cells; cost as in
 * the layout, then table order. Null when none does.
 */
function unpinningCell(
  tables: readonly NetworkArc[][],
  unknown: ReadonlySet<string>,
  target: string,
  unavailable: (id: string) => boolean,
): string | null {
  // Tables reachable from the target through unknown cells shared between tables.
  const reached = new Set<number>();
  const cells = new Set([target]);
  for (let grew = true; grew; ) {
    grew = false;
    tables.forEach((arcs, index) => {
      if (reached.has(index) || !arcs.some((arc) => cells.has(arc.id))) return;
      reached.add(index);
      grew = true;
      for (const arc of arcs) if (unknown.has(arc.id)) cells.add(arc.id);
    });
  }
  const candidates = new Map<string, number>();
  for (const index of [...reached].sort((a, b) => a - b)) {
    for (const arc of tables[index]!) {
      if (unavailable(arc.id) || arc.locked === true || candidates.has(arc.id)) continue;
      candidates.set(arc.id, arc.cost + (arc.value > 0 ? 0 : ZERO_PENALTY));
    }
  }
  const ordered = [...candidates].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  for (const id of ordered) {
    if (!jointlyFixed(tables, new Set([...unknown, id])).includes(target)) return id;
  }
  return null;
}

function anySuppressed(...figures: unknown[]): boolean {
  return figures.some(isSuppressed);
}

function withholdGroup(group: GroupResult<Figure>, derived: () => Suppressed): void {
  if (!anySuppressed(group.count, group.total)) return;
  group.proportion = derived();
  group.lower = derived();
  group.upper = derived();
}

function withholdComparison(comparison: Comparison<Figure>, derived: () => Suppressed): void {
  withholdGroup(comparison.focal, derived);
  withholdGroup(comparison.reference, derived);
  const { focal, reference } = comparison;
  if (anySuppressed(focal.count, focal.total, reference.count, reference.total)) {
    // Even a null ratio or difference tells something (a group with no one in it), so it goes too.
    comparison.relativeLikelihood = derived();
    comparison.difference = derived();
    comparison.statement = derived();
    comparison.reading = derived();
  }
}

function withholdDerivedInMetric(metric: MetricResult<Figure>, metric1: MetricResult<Figure> | undefined, derived: () => Suppressed): void {
  for (const comparison of metric.comparisons) withholdComparison(comparison, derived);
  const bands = metric.bands;
  if (bands !== undefined) {
    const workforceWithheld = anySuppressed(bands.totals.minority, bands.totals.white, bands.totals.total);
    if (workforceWithheld) bands.workforceMinorityShare = derived();
    for (const row of bands.rows) {
      if (anySuppressed(row.minority, row.white, row.total)) {
        row.minorityShare = derived();
        row.differencePoints = derived();
      } else if (workforceWithheld) {
        row.differencePoints = derived();
      }
    }
  }
  const representation = metric.representation;
  if (representation !== undefined) {
    const senior = metric.comparisons.find((comparison) => comparison.key === 'senior-management' && comparison.group === 'minority');
    const seniorWithheld = senior === undefined || anySuppressed(senior.focal.count, senior.reference.count);
    const totals = metric1?.bands?.totals;
    const workforceWithheld =
      senior === undefined ||
      anySuppressed(senior.focal.total, senior.reference.total) ||
      (totals !== undefined && anySuppressed(totals.minority, totals.white, totals.total));
    if (seniorWithheld) {
      representation.seniorMinorityShare = derived();
      if (representation.vsPopulationPoints !== null || representation.populationMinorityShare !== null) {
        representation.vsPopulationPoints = derived();
      }
    }
    if (workforceWithheld) representation.workforceMinorityShare = derived();
    if (seniorWithheld || workforceWithheld) {
      representation.vsWorkforcePoints = derived();
      representation.statement = derived();
    }
  }
}

function countWithheld(value: unknown): number {
  if (isSuppressed(value)) return 1;
  if (value === null || typeof value !== 'object') return 0;
  let total = 0;
  for (const item of Object.values(value)) total += countWithheld(item);
  return total;
}

/**
 * The one-paragraph description of the method, for the report's disclosure summary.
 *
 * @param policy The resolved policy.
 * @returns A paragraph in plain English.
 * @example
 * describeMethod(resolvePolicy('none')); // 'No disclosure control was applied: every figure is published as computed.'
 */
export function describeMethod(policy: ResolvedPolicy): string {
  if (policy.threshold <= 1 && !policy.suppressZeros && policy.rounding === null) {
    return 'No disclosure control was applied: every figure is published as computed.';
  }
  const parts: string[] = [];
  parts.push(
    `Counts of fewer than ${policy.threshold} people are withheld${policy.suppressZeros ? ', and so are zeros' : ' (zeros are shown)'}, and so is every group size below ${policy.threshold}.`,
  );
  if (policy.complements) {
    parts.push(`A count is also withheld when fewer than ${policy.threshold} people of its group did not have the outcome (for example "98 of 100" would reveal the 2).`);
  }
  if (policy.secondary) {
    parts.push(
      'Where published figures add up (the pay-band table of metric 1 with its totals, the band-not-known line and metric 9\'s staff totals; staff at risk, leavers and staff in post; and, in a breakdown by broad ethnic group, the groups adding up to the minority ethnic figures) further cells are withheld so that no withheld cell can be worked out from the others; the fewest extra cells are chosen, keeping the relative likelihoods and metric 9\'s comparison published where possible, then preferring ordinary cells to totals and smaller cells to larger ones. A figure shown in several places is withheld in all of them.',
    );
  }
  parts.push('Proportions, intervals, relative likelihoods, differences, shares and sentences built from a withheld count are withheld too.');
  if (policy.rounding !== null) {
    parts.push(
      `Published counts are rounded to the nearest ${policy.rounding}; proportions, intervals and ratios are calculated from the unrounded counts, so rounded counts need not add up to rounded totals.`,
    );
  }
  const base = sourceRoundingBase(policy);
  parts.push(
    `Unmatched ethnicity values seen fewer than ${policy.threshold} times are left out of the list. ${base === null ? 'Row counts of the input files are published unchanged.' : `Row counts of the input files (rows read, used, skipped and excluded) are rounded to the nearest ${base}, and the unmatched values' counts too`}${policy.threshold > 1 ? ', and ethnicity completeness is given as a whole percentage, rounded down, since with the counts they would show how many people of unknown ethnicity had an outcome.' : '.'}`,
  );
  return parts.join(' ');
}

/**
 * Makes a report safe to publish: withholds small counts, their complements, the cells needed to
 * protect them in metric 1's table, and everything derived from a withheld count.
 *
 * Every withheld value is the same object, `{ suppressed: true, code: 'withheld', reason }`, with
 * the same sentence: which rule withheld it is in the analyst's workings (`explainDisclosure`),
 * never in the published report (SPEC 8a). Steps, with the rule names those workings use (see
 * docs/disclosure.md):
 * 1. primary: a count in (0, threshold) is withheld (`small-count`), zeros too with
 *    `suppressZeros`; group sizes (totals) follow the same rule. With `complements`, a count whose
 *    total minus count is in (0, threshold) is withheld (`small-complement`);
 * 2. secondary: in the linked tables of the report (metric 1's bands x groups with row and column
 *    totals, band not known and metric 9's staff totals; staff at risk = stayed + leavers; with a
 *    breakdown, the broad groups nested in every minority count and total) the fewest further
 *    cells are withheld (`secondary`) so no withheld cell can be worked out exactly from a table
 *    (each lies on a residual cycle that can move it up or down by one person; see
 *    {@link secondarySuppressions}); tables sharing a cell are revisited until none needs more;
 *    then all tables are checked together ({@link jointlyFixed}) and a cell they fix jointly gets
 *    one more published cell withheld, repeating until none is fixed;
 * 3. derived: proportions, limits, ratios, differences, shares and statements built from a
 *    withheld count are withheld (`derived`); a wholly withheld ratio or difference is one object;
 * 4. rounding: published counts are rounded to the base; derived figures keep their values from
 *    unrounded counts.
 *
 * @param report The report from `computeReport` (not changed).
 * @param policy A preset name or policy (see {@link resolvePolicy}).
 * @returns A new report of the same shape with withheld numbers replaced by `{ suppressed, code, reason }`
 *   and `disclosure` set to the summary (policy, threshold, rounding, how many values were withheld, method).
 * @throws {WresInputError} When the policy is invalid.
 * Several reports on the same data (services, breakdown on and off, both White-minority
 * groupings, two presets) are protected as one publication when passed as a list (with one
 * policy, or one per report); with `{ previous }`, this year's report is protected against last
 * year's published one (see docs/disclosure.md, publication sets and year on year).
 *
 * @example
 * const published = applyDisclosureControl(report, 'sc-wres-publication');
 * published.metrics[2].comparisons[0].focal.count; // { suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' } when 3 staff
 * const [whole, adults, children] = applyDisclosureControl([wholeReport, adultsReport, childrenReport], 'sc-wres-publication');
 * const thisYear = applyDisclosureControl(report, 'sc-wres-publication', { previous: lastYearPublished });
 */
export function applyDisclosureControl(report: WresReport, policy: PresetName | DisclosurePolicy, options?: DisclosureOptions): PublishedReport;
export function applyDisclosureControl(
  reports: readonly WresReport[],
  policy: PresetName | DisclosurePolicy | readonly (PresetName | DisclosurePolicy)[],
): PublishedReport[];
export function applyDisclosureControl(
  report: WresReport | readonly WresReport[],
  policy: PresetName | DisclosurePolicy | readonly (PresetName | DisclosurePolicy)[],
  options: DisclosureOptions = {},
): PublishedReport | PublishedReport[] {
  if (Array.isArray(report)) return protectPublication(report as readonly WresReport[], policy);
  if (Array.isArray(policy)) throw new RangeError('applyDisclosureControl: one policy for one report (a list of policies goes with a list of reports).');
  const single = policy as PresetName | DisclosurePolicy;
  if (options.previous !== undefined) return protectYearPair(report as WresReport, single, options.previous);
  return protectReport(report as WresReport, single).published;
}

/** Options of {@link applyDisclosureControl}. */
export interface DisclosureOptions {
  /**
   * Last year's published report on the same organisation, which the reader has: this year's is
   * protected so that the differences between the two do not reveal a small count (see
   * docs/disclosure.md, year on year).
   */
  previous?: PublishedReport;
}

/**
 * {@link applyDisclosureControl} with its workings: the rule behind every withheld object (for
 * `explainDisclosure`, never published).
 *
 * @param report The report from `computeReport` (not changed).
 * @param policy A preset name or policy.
 * @returns The published report and the workings.
 * @internal
 */
export function protectReport(
  report: WresReport,
  policy: PresetName | DisclosurePolicy,
  forced: ReadonlySet<string> = new Set(),
  knownElsewhere: ReadonlySet<string> = new Set(),
): { published: PublishedReport; workings: ProtectionWorkings } {
  let knownZeroCells: Set<string> = new Set();
  const resolved = resolvePolicy(policy);
  const { threshold } = resolved;
  const published = copyPlain(report) as unknown as PublishedReport;
  const layout = layoutReport(published, 'value');
  const valueOf = (id: string): number => layout.cells.get(id) as number;
  const codes = new Map<string, WithheldRule>();
  const withheld = new Map<Suppressed, { rule: WithheldRule; cell?: string }>();

  for (const [id, figure] of layout.cells) {
    const value = figure as number;
    if (value === 0 ? resolved.suppressZeros : value < threshold) codes.set(id, 'small-count');
  }
  if (resolved.complements) {
    for (const pair of layout.pairs) {
      const complement = valueOf(pair.total) - valueOf(pair.count);
      if (complement > 0 && complement < threshold && !codes.has(pair.count)) codes.set(pair.count, 'small-complement');
    }
  }
  // Cells another report of the publication (or last year's report) needs withheld; protected below like any.
  for (const id of forced) if (layout.cells.has(id) && !codes.has(id)) codes.set(id, 'secondary');
  if (resolved.secondary) {
    // A withheld zero that the published zeros already give away (0 minority of whom 0 are Asian)
    // hides nothing; it is published, and it cannot help hide anything else.
    // Zeros another report of the publication gives away are known here too.
    const zeros = knownZeros(layout.tables, (id) => layout.cells.has(id) && (!codes.has(id) || knownElsewhere.has(id)), valueOf, layout.pairs);
    for (const id of knownElsewhere) if (layout.cells.has(id) && valueOf(id) === 0) zeros.add(id);
    knownZeroCells = new Set([...zeros].filter((id) => codes.has(id)));
    for (const id of zeros) codes.delete(id);
    for (const id of fewestHeadlinesLost(layout, published, new Set(codes.keys()), zeros)) codes.set(id, 'secondary');
  }

  for (const position of layout.positions) {
    const rule = codes.get(position.id);
    if (rule !== undefined) {
      const value = suppressed();
      withheld.set(value, { rule, cell: position.id });
      position.holder[position.key] = value;
    } else if (resolved.rounding !== null) {
      position.holder[position.key] = roundToBase(valueOf(position.id), resolved.rounding);
    }
  }
  const derived = (): Suppressed => {
    const value = suppressed();
    withheld.set(value, { rule: 'derived' });
    return value;
  };
  const metric1 = published.metrics.find((metric) => metric.id === 'sc-wres-1');
  for (const metric of published.metrics) withholdDerivedInMetric(metric, metric1, derived);

  coarsenSources(published, resolved);

  const summary: DisclosureSummary = {
    policy: resolved.name,
    threshold,
    rounding: resolved.rounding,
    withheld: countWithheld(published.metrics),
    sourceRounding: sourceRoundingBase(resolved),
    method: describeMethod(resolved),
  };
  published.disclosure = summary;
  const unknown = new Set([...codes.keys(), ...layout.hidden.keys()]);
  const values = new Map([...layout.cells].map(([id, figure]) => [id, figure as number]));
  return { published, workings: { policy: resolved, withheld, cellRules: codes, tables: layout.tables, unknown, values, knownZeros: knownZeroCells } };
}
