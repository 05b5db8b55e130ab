import type { CountOf, DifferenceMethod, ProportionMethod, RatioMethod } from '../stats/types.js';
import { proportionDifference, proportionInterval, relativeLikelihood } from '../stats/index.js';
import type { Comparison, FocalGroup, GroupResult, Standard } from '../model/report.js';
import type { ComparisonDefinition } from './definition.js';
import { describeComparison } from './statements.js';
import { readComparison } from './reading.js';

/** Interval settings and wording shared by every comparison of a report. */
export interface ComparisonContext {
  standard: Standard;
  terminology: string;
  intervals: { proportion: ProportionMethod; ratio: RatioMethod; difference: DifferenceMethod; level: number };
}

function groupResult({ count, total }: CountOf, context: ComparisonContext): GroupResult {
  const { proportion, lower, upper } = proportionInterval(count, total, {
    method: context.intervals.proportion,
    level: context.intervals.level,
  });
  return { count, total, proportion, lower, upper };
}

/**
 * One focal-vs-white comparison: both groups' proportions with intervals, the relative likelihood
 * in the standard's direction, the difference (focal minus white), the sentence, and the reading
 * (adverse, favourable or no significant difference, by the outcome's direction). Without anyone
 * in one of the groups there is no ratio and no difference (`null`).
 */
export function buildComparison(
  definition: Pick<ComparisonDefinition, 'people' | 'outcome' | 'outcomePast' | 'numerator' | 'direction'> & { key: string },
  group: FocalGroup,
  counts: { focal: CountOf; reference: CountOf },
  context: ComparisonContext,
): Comparison {
  const focal = groupResult(counts.focal, context);
  const reference = groupResult(counts.reference, context);
  const estimable = focal.total > 0 && reference.total > 0;
  const { level } = context.intervals;
  const relative = estimable
    ? relativeLikelihood(counts, { method: context.intervals.ratio, level, numerator: definition.numerator[context.standard] })
    : null;
  const difference = estimable ? proportionDifference(counts, { method: context.intervals.difference, level }) : null;
  return {
    key: definition.key,
    group,
    focal,
    reference,
    relativeLikelihood: relative,
    difference,
    statement: describeComparison({
      group,
      terminology: context.terminology,
      people: definition.people,
      outcome: definition.outcome,
      outcomePast: definition.outcomePast,
      focal,
      reference,
      relativeLikelihood: relative,
    }),
    reading: readComparison(relative, definition.direction),
  };
}
