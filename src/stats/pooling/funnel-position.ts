import { normalQuantile } from '../normal-quantile.js';
import type { LogRatioEstimate } from './log-relative-likelihood.js';

/** Where a stratum's estimate falls on a funnel plot around a pooled value. */
export type FunnelPosition = 'above-99.8' | 'above-95' | 'within' | 'below-95' | 'below-99.8';

const Z95 = normalQuantile(0.975);
const Z998 = normalQuantile(0.999);

/**
 * Places one stratum's log ratio on a funnel plot (Spiegelhalter 2005, Statistics in Medicine
 * 24:1185-1202): the control limits are centre -/+ z se, with se the stratum's own standard error
 * (the square root of its variance), at 95% (z = 1.959964) and 99.8% (z = 3.090232). A point on a
 * limit counts as inside it.
 *
 * @param estimate - The stratum's log ratio and variance.
 * @param centre - The pooled log ratio (for a collation, the Mantel-Haenszel one).
 * @returns `above-99.8` beyond the upper 99.8% limit, `above-95` between the upper 95% and 99.8% limits, `within`, and the same below.
 * @example
 * funnelPosition({ logRatio: Math.log(3), variance: 0.09, adjusted: false }, 0); // 'above-99.8' (z = 1.0986 / 0.3 = 3.66)
 */
export function funnelPosition(estimate: Pick<LogRatioEstimate, 'logRatio' | 'variance'>, centre: number): FunnelPosition {
  const z = (estimate.logRatio - centre) / Math.sqrt(estimate.variance);
  if (z > Z998) return 'above-99.8';
  if (z > Z95) return 'above-95';
  if (z < -Z998) return 'below-99.8';
  if (z < -Z95) return 'below-95';
  return 'within';
}
