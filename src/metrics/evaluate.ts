import type { BandCounts, GroupTally, OutcomeCounts, WresCounts } from '../model/counts.js';
import type { BandRow, BandsTable, Comparison, FocalGroup, MetricResult, Representation } from '../model/report.js';
import { buildComparison, type ComparisonContext } from './comparison.js';
import type { ComparisonDefinition, MetricDefinition } from './definition.js';
import { bandKey, bandNumerator } from './sc-wres-1.js';
import { describeRepresentation, groupLabel } from './statements.js';
import { bandDirection } from './reading.js';

/** Settings of a report that shape every metric. */
export interface EvaluationContext extends ComparisonContext {
  population: 'at-risk' | 'snapshot';
  breakdown: 'none' | 'broad-groups';
  populationMinorityShare: number | null;
  /** False when the pay bands are in order of first appearance (no `payBands` or `salaryBands`): no band then has a direction. */
  bandsOrdered: boolean;
}

const BROAD_GROUPS = ['asian', 'black', 'mixed', 'other'] as const;

/** The focal groups compared with white: minority, then the broad groups in a breakdown. */
function focalGroups(context: EvaluationContext): FocalGroup[] {
  return context.breakdown === 'broad-groups' ? ['minority', ...BROAD_GROUPS] : ['minority'];
}

const tallyOf = (tally: GroupTally, group: FocalGroup): number => (group === 'minority' ? tally.minority : tally[group] ?? 0);
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const points = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : (a - b) * 100);

function comparisonsFor(definition: ComparisonDefinition, counts: OutcomeCounts, context: EvaluationContext): Comparison[] {
  return focalGroups(context).map((group) =>
    buildComparison(definition, group, {
      focal: { count: tallyOf(counts.outcome, group), total: tallyOf(counts.population, group) },
      reference: { count: counts.outcome.white, total: counts.population.white },
    }, context));
}

/** Reason a metric cannot be estimated: an empty minority or white group in every comparison. */
function notEstimableReason(comparisons: Comparison[], people: string, context: EvaluationContext): string | null {
  const main = comparisons.filter((comparison) => comparison.group === 'minority');
  if (main.length === 0 || main.some((comparison) => comparison.focal.total > 0 && comparison.reference.total > 0)) return null;
  const first = main[0] as Comparison;
  const missing = first.focal.total === 0 ? groupLabel('minority', context.terminology) : 'white';
  return `There were no ${missing} ${people} in the population, so no relative likelihood can be estimated.`;
}

function baseResult(definition: MetricDefinition, context: EvaluationContext): MetricResult {
  return {
    number: definition.number,
    id: definition.id,
    title: definition.title,
    status: 'ok',
    comparisons: [],
    unknownEthnicity: 0,
    population: context.population === 'snapshot' && definition.populationOption ? definition.population.snapshot : definition.population.atRisk,
  };
}

function evaluateBands(definition: MetricDefinition, bands: BandCounts, context: EvaluationContext): MetricResult {
  const result = baseResult(definition, context);
  const sum = (pick: (tally: GroupTally) => number): number => bands.staff.reduce((total, tally) => total + pick(tally), 0);
  const totals = { minority: sum((t) => t.minority), white: sum((t) => t.white), unknown: sum((t) => t.unknown), total: 0 };
  totals.total = totals.minority + totals.white;
  const workforceMinorityShare = share(totals.minority, totals.total);
  const rows: BandRow[] = bands.labels.map((band, i) => {
    const tally = bands.staff[i] as GroupTally;
    const minorityShare = share(tally.minority, tally.minority + tally.white);
    return {
      band,
      minority: tally.minority,
      white: tally.white,
      unknown: tally.unknown,
      total: tally.minority + tally.white,
      minorityShare,
      differencePoints: points(minorityShare, workforceMinorityShare),
    };
  });
  const table: BandsTable = {
    rows,
    bandNotKnown: { minority: bands.bandNotKnown.minority, white: bands.bandNotKnown.white, unknown: bands.bandNotKnown.unknown },
    totals,
    workforceMinorityShare,
  };
  for (const [i, band] of bands.labels.entries()) {
    const tally = bands.staff[i] as GroupTally;
    for (const group of focalGroups(context)) {
      const groupTotal = group === 'minority' ? totals.minority : sum((t) => t[group] ?? 0);
      result.comparisons.push(buildComparison(
        {
          key: bandKey(band),
          people: 'staff',
          outcome: `to be in pay band ${band}`,
          outcomePast: `were in pay band ${band}`,
          numerator: bandNumerator,
          direction: bandDirection(definition, i, bands.labels.length, context.bandsOrdered),
        },
        group,
        { focal: { count: tallyOf(tally, group), total: groupTotal }, reference: { count: tally.white, total: totals.white } },
        context,
      ));
    }
  }
  result.unknownEthnicity = totals.unknown + bands.bandNotKnown.unknown;
  result.bands = table;
  const reason = notEstimableReason(result.comparisons, 'staff with a known pay band', context);
  if (reason !== null) {
    result.status = 'not-estimable';
    result.reason = reason;
  }
  return result;
}

function representation(counts: OutcomeCounts, context: EvaluationContext): Representation {
  const seniorMinorityShare = share(counts.outcome.minority, counts.outcome.minority + counts.outcome.white);
  const workforceMinorityShare = share(counts.population.minority, counts.population.minority + counts.population.white);
  const population = context.populationMinorityShare;
  return {
    seniorMinorityShare,
    workforceMinorityShare,
    vsWorkforcePoints: points(seniorMinorityShare, workforceMinorityShare),
    populationMinorityShare: population,
    vsPopulationPoints: points(seniorMinorityShare, population),
    statement: describeRepresentation(context.terminology, { senior: seniorMinorityShare, workforce: workforceMinorityShare, population }),
  };
}

/**
 * Evaluates one metric definition on pre-aggregated counts: the shared second half of
 * `computeReport` and `computeReportFromCounts`.
 */
export function evaluateMetric(definition: MetricDefinition, counts: WresCounts, context: EvaluationContext): MetricResult {
  if (definition.form === 'bands') {
    if (counts.bands === undefined) return { ...baseResult(definition, context), status: 'no-data', reason: definition.noDataReason };
    return evaluateBands(definition, counts.bands, context);
  }
  const result = baseResult(definition, context);
  const present = definition.comparisons.filter((comparison) => counts.outcomes[comparison.key] !== undefined);
  if (present.length === 0) {
    const answeredNone = counts.sources?.[definition.source]?.present === true && definition.unansweredReason !== undefined;
    return { ...result, status: 'no-data', reason: answeredNone ? definition.unansweredReason as string : definition.noDataReason };
  }
  const missingParts = definition.comparisons.filter((comparison) => !present.includes(comparison));
  for (const comparison of present) {
    const outcomeCounts = counts.outcomes[comparison.key] as OutcomeCounts;
    result.comparisons.push(...comparisonsFor(comparison, outcomeCounts, context));
    // With several parts (metric 7), the most respondents left out of any one part.
    result.unknownEthnicity = Math.max(result.unknownEthnicity, outcomeCounts.population.unknown);
  }
  if (definition.form === 'representation') {
    result.representation = representation(counts.outcomes[present[0]!.key] as OutcomeCounts, context);
  }
  const reason = notEstimableReason(result.comparisons, present[0]!.people, context);
  if (reason !== null) {
    result.status = 'not-estimable';
    result.reason = reason;
  } else if (missingParts.length > 0) {
    result.reason = `No data for ${missingParts.map((part) => part.key).join(', ')}.`;
  }
  return result;
}
