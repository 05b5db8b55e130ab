import type { CollatedComparison, CollatedMetric, Collation, OrganisationResult } from '../model/collation.js';
import type { Comparison, FocalGroup } from '../model/report.js';
import type { ComparisonDefinition, MetricDefinition } from '../metrics/definition.js';
import { buildComparison } from '../metrics/comparison.js';
import { METRICS } from '../metrics/registry.js';
import { bandNumerator } from '../metrics/sc-wres-1.js';
import { criticalValue } from '../stats/normal-quantile.js';
import { derSimonianLaird } from '../stats/pooling/dersimonian-laird.js';
import { funnelPosition } from '../stats/pooling/funnel-position.js';
import { logRelativeLikelihoodEstimate, type LogRatioEstimate } from '../stats/pooling/log-relative-likelihood.js';
import { mantelHaenszelRatio } from '../stats/pooling/mantel-haenszel.js';
import type { TwoGroups } from '../stats/types.js';
import { describeCollatedComparison } from './statements.js';
import { readEntries, type CollationEntry, type CouncilComparisons } from './entries.js';
import { resolveCollateOptions, type CollateOptions, type ResolvedCollateOptions } from './options.js';

/** A council's counts for one comparison, in the direction the standard puts on top. */
interface CouncilTable {
  council: CouncilComparisons;
  groups: TwoGroups;
}

function definitionOf(metric: MetricDefinition, key: string): Pick<ComparisonDefinition, 'people' | 'outcome' | 'outcomePast' | 'numerator' | 'direction'> & { key: string } {
  const found = metric.comparisons.find((comparison) => comparison.key === key);
  if (found !== undefined) return found;
  // Metric 1 has one comparison per band, named by the councils' band labels; councils' band
  // orders may differ, so a collated band has no direction (and no reading).
  const band = key.replace(/^band:/, '');
  return { key, people: 'staff', outcome: `to be in pay band ${band}`, outcomePast: `were in pay band ${band}`, numerator: bandNumerator, direction: 'neutral' };
}

/** The comparisons of one metric across councils, keyed by comparison key and focal group, in order of first appearance. */
function gather(metric: MetricDefinition, councils: readonly CouncilComparisons[]): Map<string, { key: string; group: FocalGroup; tables: CouncilTable[] }> {
  const found = new Map<string, { key: string; group: FocalGroup; tables: CouncilTable[] }>();
  for (const council of councils) {
    const result = council.metrics.find((candidate) => candidate.number === metric.number);
    for (const comparison of result?.comparisons ?? []) {
      const id = `${comparison.key}\u0000${comparison.group}`;
      const slot = found.get(id) ?? { key: comparison.key, group: comparison.group, tables: [] };
      found.set(id, slot);
      slot.tables.push({
        council,
        groups: {
          focal: { count: comparison.focal.count, total: comparison.focal.total },
          reference: { count: comparison.reference.count, total: comparison.reference.total },
        },
      });
    }
  }
  return found;
}

/** The table with the standard's numerator group first (NHS WRES puts white staff on top for shortlisting and CPD). */
const oriented = (groups: TwoGroups, numerator: 'focal' | 'reference'): TwoGroups =>
  numerator === 'focal' ? groups : { focal: groups.reference, reference: groups.focal };

function collateComparison(
  metric: MetricDefinition,
  slot: { key: string; group: FocalGroup; tables: CouncilTable[] },
  options: ResolvedCollateOptions,
): CollatedComparison {
  const definition = definitionOf(metric, slot.key);
  const numerator = definition.numerator[options.standard];
  const sum = (pick: (groups: TwoGroups) => number): number => slot.tables.reduce((total, table) => total + pick(table.groups), 0);
  const crude: Comparison = buildComparison(definition, slot.group, {
    focal: { count: sum((g) => g.focal.count), total: sum((g) => g.focal.total) },
    reference: { count: sum((g) => g.reference.count), total: sum((g) => g.reference.total) },
  }, options);
  const { level } = options.intervals;
  const estimable = slot.tables.filter((table) => table.groups.focal.total > 0 && table.groups.reference.total > 0);
  const tables = estimable.map((table) => oriented(table.groups, numerator));
  const estimates = tables.map((table) => logRelativeLikelihoodEstimate(table) as LogRatioEstimate);
  const pooled = mantelHaenszelRatio(tables, { level });
  const random = derSimonianLaird(estimates, { level });
  const z = criticalValue('collateReports', level);
  const byOrganisation: OrganisationResult[] = estimable.map(({ council, groups }, i) => {
    const estimate = estimates[i] as LogRatioEstimate;
    const se = Math.sqrt(estimate.variance);
    return {
      name: council.name,
      ...(council.region === undefined ? {} : { region: council.region }),
      ...(council.service === undefined ? {} : { service: council.service }),
      focal: { ...groups.focal },
      reference: { ...groups.reference },
      ratio: Math.exp(estimate.logRatio),
      lower: Math.exp(estimate.logRatio - z * se),
      upper: Math.exp(estimate.logRatio + z * se),
      funnel: pooled === null ? null : funnelPosition(estimate, pooled.logRatio),
    };
  });
  const collated = {
    key: slot.key,
    group: slot.group,
    organisations: estimable.length,
    crude,
    mantelHaenszel: pooled === null ? null : { ratio: pooled.ratio, lower: pooled.lower, upper: pooled.upper, level },
    randomEffects: random === null ? null : { ratio: random.ratio, lower: random.lower, upper: random.upper, level, tau2: random.tau2 },
    heterogeneity: random === null ? null : { ...random.heterogeneity },
    byOrganisation,
  };
  return { ...collated, statements: describeCollatedComparison(collated, definition, numerator, options.terminology) };
}

function commonPeriod(councils: readonly CouncilComparisons[]): { start: string; end: string } | null {
  const periods = councils.map((council) => council.report?.period).filter((period) => period !== undefined);
  const first = periods[0];
  if (first === undefined || periods.length !== councils.length) return null;
  return periods.every((period) => period.start === first.start && period.end === first.end) ? { ...first } : null;
}

/**
 * Pools many councils' SC-WRES figures into national (or regional) ones. For every comparison of
 * every metric it gives the crude figure (the councils' counts summed, as if one council), the
 * Mantel-Haenszel relative likelihood pooled within councils (Greenland-Robins variance), the
 * DerSimonian-Laird random-effects ratio with tau-squared, Cochran's Q with its p-value and
 * I-squared, and each council's own ratio with its place on a funnel plot around the pooled ratio
 * (95% and 99.8% limits, Spiegelhalter 2005). The figures agree with R's metafor
 * (`rma.mh(measure = "RR")`; `escalc(measure = "RR")` then `rma(method = "DL")`) to 1e-6.
 *
 * The crude and pooled figures answer different questions: summed counts mix differences between
 * councils with differences within them, so when councils with many minority ethnic staff also
 * have high rates for everyone, the crude ratio rises although no council treats its minority
 * ethnic staff worse. The Mantel-Haenszel ratio compares staff within the same council.
 *
 * A council whose comparison has nobody in one group is left out of that comparison's pooling and
 * `byOrganisation` (`organisations` counts those left in).
 *
 * @param entries - Each council's name, optional region, and its unpublished report (from
 *   `computeReport`) or its counts (`WresCounts`).
 * @param options - Direction, wording, interval methods and level (defaults from the first report).
 * @returns `{ organisations, metrics, options, period }`; each metric has one collated comparison per key and focal group.
 * @throws {WresInputError} When an entry is malformed, named twice, or a published (withheld) report, listing every problem.
 * @example
 * const collation = collateReports([
 *   { name: 'Northby', counts: { outcomes: { 'entered-disciplinary': {
 *     population: { minority: 100, white: 100, unknown: 0 }, outcome: { minority: 10, white: 5, unknown: 0 } } } } },
 *   { name: 'Southby', counts: { outcomes: { 'entered-disciplinary': {
 *     population: { minority: 50, white: 150, unknown: 0 }, outcome: { minority: 20, white: 30, unknown: 0 } } } } },
 * ]);
 * const disciplinary = collation.metrics[2].comparisons[0];
 * disciplinary.mantelHaenszel?.ratio; // 2 (R: rma.mh(measure = "RR"))
 * disciplinary.crude.relativeLikelihood?.ratio; // 1.428571 (30/150 over 35/250: the councils differ, not the groups within them)
 */
export function collateReports(entries: readonly CollationEntry[], options?: CollateOptions): Collation {
  const firstReport = Array.isArray(entries)
    ? (entries as unknown[]).find((entry): entry is { report: { options: Collation['options'] & object } } =>
      typeof entry === 'object' && entry !== null && 'report' in entry && typeof (entry as { report?: { options?: unknown } }).report?.options === 'object')
    : undefined;
  const resolved = resolveCollateOptions(options, firstReport?.report.options as Parameters<typeof resolveCollateOptions>[1]);
  const councils = readEntries(entries, {
    ...resolved,
    population: 'at-risk',
    breakdown: 'none',
    populationMinorityShare: null,
    bandsOrdered: false,
  });
  const metrics: CollatedMetric[] = METRICS.map((metric) => ({
    number: metric.number,
    id: metric.id,
    title: metric.title,
    comparisons: [...gather(metric, councils).values()].map((slot) => collateComparison(metric, slot, resolved)),
  }));
  return {
    organisations: councils.length,
    metrics,
    options: { standard: resolved.standard, terminology: resolved.terminology, level: resolved.intervals.level },
    period: commonPeriod(councils),
  };
}
