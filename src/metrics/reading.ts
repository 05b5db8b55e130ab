import type { Reading, RelativeLikelihoodResult } from '../model/report.js';
import type { MetricDefinition, OutcomeDirection } from './definition.js';

/**
 * What a relative likelihood means for the focal group, given whether the outcome is good or bad.
 * The ratio's numerator matters: under NHS WRES metrics 2 and 5 put white staff on top, so a
 * ratio above 1 means the focal group is *less* likely.
 *
 * @returns `null` without a ratio or without a direction; otherwise the pinned {@link Reading}.
 */
export function readComparison(relativeLikelihood: RelativeLikelihoodResult | null, direction: OutcomeDirection): Reading | null {
  if (relativeLikelihood === null || relativeLikelihood.ratio === null || direction === 'neutral') return null;
  if (!relativeLikelihood.significant) return 'no-significant-difference';
  const aboveOne = relativeLikelihood.lower > 1;
  const focalMoreLikely = relativeLikelihood.numerator === 'focal' ? aboveOne : !aboveOne;
  const focalWorseOff = direction === 'bad' ? focalMoreLikely : !focalMoreLikely;
  return focalWorseOff ? 'adverse' : 'favourable';
}

/**
 * The direction of the band at `index` of `count` bands, lowest first: the lower half as the
 * metric declares it (`bad`), the upper half (`good`), and the middle band of an odd number
 * (`neutral`). Bands whose order is not known have no direction.
 */
export function bandDirection(definition: MetricDefinition, index: number, count: number, ordered: boolean): OutcomeDirection {
  const directions = definition.bandDirections;
  if (directions === undefined || !ordered) return 'neutral';
  if (index < Math.floor(count / 2)) return directions.lower;
  if (index >= Math.ceil(count / 2)) return directions.upper;
  return directions.middle;
}
