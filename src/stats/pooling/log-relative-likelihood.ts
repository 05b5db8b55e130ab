import type { TwoGroups } from '../types.js';

/** One council's log relative likelihood and its variance, as the pooling methods use it. */
export interface LogRatioEstimate {
  /** log(focal proportion / reference proportion), after the zero-cell correction. */
  logRatio: number;
  /** Its large-sample variance, 1/a - 1/n1 + 1/c - 1/n2 (after the correction). */
  variance: number;
  /** True when 0.5 was added to each cell because one of them was 0. */
  adjusted: boolean;
}

/**
 * The log relative likelihood of one 2x2 table and its variance, as R's metafor computes them with
 * `escalc(measure = "RR")` and its defaults (`add = 1/2, to = "only0", drop00 = FALSE`): when any of
 * the four cells (focal with and without the outcome, reference with and without) is 0, 0.5 is
 * added to all four; then log RR = log(a / n1) - log(c / n2) and
 * var = 1/a - 1/n1 + 1/c - 1/n2 (Katz et al. 1978; Viechtbauer 2010, metafor).
 *
 * A table with nobody in a group has no estimate (`null`); a table with no outcomes in either
 * group does (as in metafor), and is pulled towards 1 by the correction.
 *
 * @param groups - The focal group's count and total, then the reference group's.
 * @returns The estimate, or `null` when a group's total is 0.
 * @example
 * logRelativeLikelihoodEstimate({ focal: { count: 0, total: 37 }, reference: { count: 4, total: 120 } });
 * // { logRatio: -1.039020, variance: 2.187642, adjusted: true }
 * // (R: escalc("RR", ai = 0, n1i = 37, ci = 4, n2i = 120) gives yi = -1.039020, vi = 2.187642)
 */
export function logRelativeLikelihoodEstimate({ focal, reference }: TwoGroups): LogRatioEstimate | null {
  if (focal.total === 0 || reference.total === 0) return null;
  const adjusted = focal.count === 0 || reference.count === 0 || focal.count === focal.total || reference.count === reference.total;
  const add = adjusted ? 0.5 : 0;
  const a = focal.count + add;
  const n1 = focal.total + 2 * add;
  const c = reference.count + add;
  const n2 = reference.total + 2 * add;
  return { logRatio: Math.log(a / n1) - Math.log(c / n2), variance: 1 / a - 1 / n1 + 1 / c - 1 / n2, adjusted };
}
