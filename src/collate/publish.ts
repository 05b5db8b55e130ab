import type { CollatedComparison, Collation, OrganisationResult } from '../model/collation.js';
import type { CollationByGroup } from './collate-by.js';
import type { Comparison, Figure, Suppressed } from '../model/report.js';
import { WresInputError } from '../errors.js';
import { resolvePolicy } from '../disclosure/policy.js';
import { suppressed } from '../disclosure/suppressed.js';
import type { DisclosurePolicy, PresetName, ResolvedPolicy } from '../disclosure/types.js';

/** A council's figures in a published collation: a count, and everything built from it, may be withheld. */
export interface PublishedOrganisation {
  name: string;
  region?: string;
  service?: string;
  focal: { count: Figure; total: number };
  reference: { count: Figure; total: number };
  ratio: Figure;
  lower: Figure;
  upper: Figure;
  funnel: OrganisationResult['funnel'] | Suppressed;
}

/** A collated comparison as published. */
export type PublishedCollatedComparison = Omit<CollatedComparison, 'crude' | 'byOrganisation'> & {
  crude: Comparison<Figure>;
  byOrganisation: PublishedOrganisation[];
};

/** A collation after disclosure control (see {@link publishCollation}). */
export interface PublishedCollation extends Omit<Collation, 'metrics'> {
  metrics: (Omit<Collation['metrics'][number], 'comparisons'> & { comparisons: PublishedCollatedComparison[] })[];
  /** What disclosure control did. */
  disclosure: { policy: string; threshold: number; withheld: number; groups: 'national' | 'region' | 'service'; method: string };
}

type CellKind = 'focal' | 'reference';
/** What the intruder knows of a withheld cell, by the rule that withheld it (the strongest intruder knows the rule). */
interface Cell { council: number; value: number; total: number; withheld: false | 'small' | 'complement' | 'secondary' }

/** The range an intruder who knows the policy and the rule gives a withheld cell. */
function bounds(cell: Cell, policy: ResolvedPolicy): [number, number] {
  const t = policy.threshold;
  switch (cell.withheld) {
    case false: return [cell.value, cell.value];
    case 'small': return [policy.suppressZeros ? 0 : 1, Math.min(t - 1, cell.total)];
    case 'complement': return [Math.max(0, cell.total - t + 1), cell.total - 1];
    default: return policy.complements ? [Math.min(t, cell.total), Math.max(0, cell.total - t)] : [Math.min(t, cell.total), cell.total];
  }
}

/**
 * The withheld cells of one group whose value the group's published sum pins: with box bounds
 * and one sum, cell i can take exactly the values from max(lo_i, W - sum of other highs) to
 * min(hi_i, W - sum of other lows) (a sum of whole-number boxes takes every whole value between
 * its extremes), so it is pinned when those meet.
 */
function pinned(cells: Cell[], policy: ResolvedPolicy): number[] {
  const withheld = cells.filter((cell) => cell.withheld !== false);
  const sum = withheld.reduce((s, cell) => s + cell.value, 0);
  const ranges = withheld.map((cell) => bounds(cell, policy));
  const low = ranges.reduce((s, [lo]) => s + lo, 0);
  const high = ranges.reduce((s, [, hi]) => s + hi, 0);
  return withheld.flatMap((cell, i) => {
    const [lo, hi] = ranges[i]!;
    const min = Math.max(lo, sum - (high - hi));
    const max = Math.min(hi, sum - (low - lo));
    return min >= max ? [cell.council] : [];
  });
}

/** Primary suppression of one cell by the policy. */
function primary(cell: Cell, policy: ResolvedPolicy): void {
  const t = policy.threshold;
  if ((cell.value > 0 || policy.suppressZeros) && cell.value < t) cell.withheld = 'small';
  else if (policy.complements && cell.total - cell.value > 0 && cell.total - cell.value < t) cell.withheld = 'complement';
}

/**
 * Decides which councils' counts are withheld in one metric's comparisons, and which summed counts
 * cannot be published. Primary suppression by the policy; then, until nothing changes: in each
 * group of councils whose sum is published, while the sum pins a withheld count, the smallest
 * published count is withheld too (if none is left, the sum is withheld); and in metric 1, whose
 * band counts add up to each council's group total, a council with one band withheld has all its
 * bands withheld for that group.
 */
function protectMetric(
  comparisons: readonly CollatedComparison[],
  groupOf: (council: OrganisationResult) => string,
  policy: ResolvedPolicy,
  bands: boolean,
): { hidden: Record<CellKind, boolean[]>[]; sumsWithheld: boolean[] } {
  const cells = comparisons.map((comparison) => ({
    focal: comparison.byOrganisation.map((council, i): Cell => ({ council: i, value: council.focal.count, total: council.focal.total, withheld: false })),
    reference: comparison.byOrganisation.map((council, i): Cell => ({ council: i, value: council.reference.count, total: council.reference.total, withheld: false })),
  }));
  for (const pair of cells) for (const kind of ['focal', 'reference'] as const) for (const cell of pair[kind]) primary(cell, policy);
  const sumsWithheld = comparisons.map(() => false);
  let changed = true;
  while (changed) {
    changed = false;
    comparisons.forEach((comparison, c) => {
      for (const kind of ['focal', 'reference'] as const) {
        const groups = new Map<string, Cell[]>();
        for (const cell of cells[c]![kind]) {
          const key = groupOf(comparison.byOrganisation[cell.council]!);
          groups.set(key, [...(groups.get(key) ?? []), cell]);
        }
        for (const group of groups.values()) {
          if (sumsWithheld[c] || group.every((cell) => cell.withheld === false) || pinned(group, policy).length === 0) continue;
          const next = policy.secondary ? group.filter((cell) => cell.withheld === false).sort((a, b) => a.value - b.value || a.council - b.council)[0] : undefined;
          if (next === undefined) sumsWithheld[c] = true;
          else next.withheld = 'secondary';
          changed = true;
        }
      }
    });
    if (!bands) continue;
    for (const kind of ['focal', 'reference'] as const) {
      const rows = new Map<string, Cell[]>();
      comparisons.forEach((comparison, c) => {
        for (const cell of cells[c]![kind]) {
          const name = comparison.byOrganisation[cell.council]!.name;
          rows.set(name, [...(rows.get(name) ?? []), cell]);
        }
      });
      for (const row of rows.values()) {
        if (row.some((cell) => cell.withheld !== false) && row.some((cell) => cell.withheld === false)) {
          for (const cell of row) if (cell.withheld === false) cell.withheld = 'secondary';
          changed = true;
        }
      }
    }
  }
  const hidden = cells.map((pair) => ({
    focal: pair.focal.map((cell) => cell.withheld !== false),
    reference: pair.reference.map((cell) => cell.withheld !== false),
  }));
  return { hidden, sumsWithheld };
}

const withheldCount = (value: number, hidden: boolean): Figure => (hidden ? suppressed() : value);

function publishComparison(comparison: CollatedComparison, hidden: Record<CellKind, boolean[]>, sumWithheld: boolean, counter: { n: number }): PublishedCollatedComparison {
  const byOrganisation = comparison.byOrganisation.map((council, i): PublishedOrganisation => {
    const focalHidden = hidden.focal[i]!;
    const referenceHidden = hidden.reference[i]!;
    const derivedHidden = focalHidden || referenceHidden;
    counter.n += Number(focalHidden) + Number(referenceHidden) + (derivedHidden ? 4 : 0);
    return {
      name: council.name,
      ...(council.region === undefined ? {} : { region: council.region }),
      ...(council.service === undefined ? {} : { service: council.service }),
      focal: { count: withheldCount(council.focal.count, focalHidden), total: council.focal.total },
      reference: { count: withheldCount(council.reference.count, referenceHidden), total: council.reference.total },
      ratio: derivedHidden ? suppressed() : council.ratio,
      lower: derivedHidden ? suppressed() : council.lower,
      upper: derivedHidden ? suppressed() : council.upper,
      funnel: derivedHidden ? suppressed() : council.funnel,
    };
  });
  const crude: Comparison<Figure> = sumWithheld
    ? { ...comparison.crude, focal: withheldGroup(comparison.crude.focal), reference: withheldGroup(comparison.crude.reference), relativeLikelihood: suppressed(), difference: suppressed(), statement: suppressed() }
    : comparison.crude;
  if (sumWithheld) counter.n += 1;
  // The sentences count only councils whose figures are published, so they say nothing of a withheld one.
  const shown = byOrganisation.filter((council) => typeof council.lower === 'number');
  const above = shown.filter((council) => (council.lower as number) > 1).length;
  const below = shown.filter((council) => (council.upper as number) < 1).length;
  const withheld = byOrganisation.length - shown.length;
  const distribution = withheld === 0
    ? comparison.statements.distribution
    : comparison.statements.distribution
      .replace(/^In \d+ of \d+ councils/, `In ${above} of the ${shown.length} councils whose figures are published`)
      .replace(/and in \d+ significantly less likely/, `and in ${below} significantly less likely`)
      .replace(/\.$/, `; ${withheld} ${withheld === 1 ? 'council\'s figures are' : 'councils\' figures are'} withheld to protect a small number of people.`);
  const pooling = sumWithheld
    ? `The summed counts are withheld to protect a small number of people.${comparison.mantelHaenszel === null ? '' : ` Comparing staff within the same council (Mantel-Haenszel), the relative likelihood is ${comparison.mantelHaenszel.ratio.toFixed(2)} (${comparison.mantelHaenszel.lower.toFixed(2)} to ${comparison.mantelHaenszel.upper.toFixed(2)}).`}`
    : comparison.statements.pooling;
  return { ...comparison, crude, byOrganisation, statements: { ...comparison.statements, distribution, pooling } };
}

function withheldGroup(group: Comparison['focal']): Comparison<Figure>['focal'] {
  return { count: suppressed(), total: group.total, proportion: suppressed(), lower: suppressed(), upper: suppressed() };
}

/** A national collation with one per region or service, published together. */
export interface PublishedCollationByGroup {
  by: 'region' | 'service';
  national: PublishedCollation;
  groups: { label: string; collation: PublishedCollation }[];
}

function publishOne(
  collation: Collation,
  resolved: ResolvedPolicy,
  groupOf: (council: OrganisationResult) => string,
  pattern: (metric: number, comparison: CollatedComparison) => { hidden: Record<CellKind, boolean[]>; sumWithheld: boolean } | null,
  groups: 'national' | 'region' | 'service',
): PublishedCollation {
  const counter = { n: 0 };
  const metrics = collation.metrics.map((metric) => {
    const own = protectMetric(metric.comparisons, groupOf, resolved, metric.number === 1);
    return {
      ...metric,
      comparisons: metric.comparisons.map((comparison, c) => {
        const given = pattern(metric.number, comparison);
        return given === null
          ? publishComparison(comparison, own.hidden[c]!, own.sumsWithheld[c]!, counter)
          : publishComparison(comparison, given.hidden, given.sumWithheld, counter);
      }),
    };
  });
  const scope = groups === 'national' ? 'national' : groups === 'region' ? 'national or regional' : 'national or service';
  return {
    ...collation,
    metrics,
    disclosure: {
      policy: resolved.name,
      threshold: resolved.threshold,
      withheld: counter.n,
      groups,
      method: `Councils' counts below ${resolved.threshold}${resolved.complements ? `, or within ${resolved.threshold - 1} of their total,` : ''} are withheld with their ratios and funnel positions; further councils are withheld where a ${scope} total would let a withheld count be worked out, and the totals are withheld where no council is left to withhold.`,
    },
  };
}

/**
 * A collation made safe to publish. Each council's counts follow the disclosure policy (a count
 * below the threshold, or whose complement is, is withheld with everything built from it: the
 * council's ratio, interval and funnel position). The summed counts (national, and each region's
 * or service's when the input is from {@link collateBy}) are published only when no council's
 * withheld count can be worked out from them: where a sum would pin a withheld count (a single
 * withheld council; or withheld councils whose values the sum fixes, such as two small counts
 * adding to 2), further councils' counts are withheld, smallest first, and where none is left the
 * summed counts are withheld. In metric 1 a council's band counts add up to its group's total, so a
 * council with one band withheld has all its bands withheld. The check assumes the intruder knows
 * the policy and which rule withheld each cell. With {@link collateBy} input the national and group
 * collations share one pattern, so reading them together reveals nothing more.
 *
 * Pooled figures (Mantel-Haenszel, random effects, Q, I-squared) are published as computed; see
 * docs/collation.md on what they reveal.
 *
 * @param input - From {@link collateReports}, or {@link collateBy} for national and group figures together.
 * @param policy - A preset name or a policy without rounding; default `'sc-wres-publication'`.
 * @returns The published collation(s), with `disclosure` saying how many values were withheld.
 * @throws {WresInputError} When the policy rounds counts (not supported for collations yet).
 * @example
 * const published = publishCollation(collateReports(entries));
 * published.disclosure.withheld; // 0 when every council's counts and complements are 10 or more
 */
export function publishCollation(input: Collation, policy?: PresetName | DisclosurePolicy): PublishedCollation;
export function publishCollation(input: CollationByGroup, policy?: PresetName | DisclosurePolicy): PublishedCollationByGroup;
export function publishCollation(input: Collation | CollationByGroup, policy: PresetName | DisclosurePolicy = 'sc-wres-publication'): PublishedCollation | PublishedCollationByGroup {
  const resolved = resolvePolicy(policy);
  if (resolved.rounding !== null) {
    throw new WresInputError([{ source: 'options', field: 'policy', value: resolved.name, message: 'rounds counts, which collations do not support yet: publish a collation with a suppression policy such as sc-wres-publication' }]);
  }
  if (!('national' in input)) return publishOne(input, resolved, () => '', () => null, 'national');
  const by = input.by;
  const groupOf = (council: OrganisationResult): string => (by === 'region' ? council.region : council.service) ?? '';
  const national = publishOne(input.national, resolved, groupOf, () => null, by);
  // The groups' collations take the national pattern, council by council, so that together they reveal nothing more.
  const patternFor = (metric: number, comparison: CollatedComparison): { hidden: Record<CellKind, boolean[]>; sumWithheld: boolean } => {
    const published = national.metrics.find((m) => m.number === metric)?.comparisons.find((c) => c.key === comparison.key && c.group === comparison.group);
    const byName = new Map(published?.byOrganisation.map((council) => [council.name, council]) ?? []);
    const hiddenOf = (kind: CellKind): boolean[] => comparison.byOrganisation.map((council) => {
      const count = byName.get(council.name)?.[kind].count;
      return count === undefined || typeof count !== 'number';
    });
    return { hidden: { focal: hiddenOf('focal'), reference: hiddenOf('reference') }, sumWithheld: published === undefined || typeof published.crude.focal.count !== 'number' };
  };
  return {
    by,
    national,
    groups: input.groups.map((group) => ({ label: group.label, collation: publishOne(group.collation, resolved, () => '', patternFor, by) })),
  };
}
