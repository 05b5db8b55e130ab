import { criticalValue } from '../normal-quantile.js';
import type { TwoGroups } from '../types.js';

/** A pooled relative likelihood with its confidence interval (and the log-scale figures behind it). */
export interface PooledRatio {
  /** The pooled ratio of proportions. */
  ratio: number;
  /** Lower confidence limit. */
  lower: number;
  /** Upper confidence limit. */
  upper: number;
  /** The confidence level, for example 0.95. */
  level: number;
  /** log(ratio). */
  logRatio: number;
  /** Standard error of log(ratio). */
  standardError: number;
}

/**
 * The Mantel-Haenszel relative likelihood pooled over strata (councils), with the
 * Greenland-Robins variance of its logarithm, as R's metafor gives it with
 * `rma.mh(measure = "RR")`. For stratum i with focal a of n1 and reference c of n2 (N = n1 + n2):
 * R = sum(a n2 / N), S = sum(c n1 / N), RR = R / S, and
 * var(log RR) = sum((n1 n2 (a + c) - a c N) / N^2) / (R S)
 * (Mantel and Haenszel 1959; Greenland and Robins 1985, Biometrics 41:55-68). The interval is
 * exp(log RR -/+ z se). No zero-cell correction is needed: a stratum without outcomes adds nothing.
 *
 * @param tables - One focal/reference pair of counts per stratum (strata with an empty group add nothing).
 * @param options - `level`, default 0.95.
 * @returns The pooled ratio, or `null` when no stratum has an outcome in the focal group or none in the reference group (R or S is 0).
 * @throws {RangeError} when `level` is not strictly between 0 and 1.
 * @example
 * mantelHaenszelRatio([
 *   { focal: { count: 10, total: 100 }, reference: { count: 5, total: 100 } },
 *   { focal: { count: 20, total: 50 }, reference: { count: 30, total: 150 } },
 * ]);
 * // { ratio: 2, lower: 1.293865, upper: 3.091513, level: 0.95, ... }
 * // (R: rma.mh(measure = "RR", ai = c(10, 20), n1i = c(100, 50), ci = c(5, 30), n2i = c(100, 150)))
 */
export function mantelHaenszelRatio(tables: readonly TwoGroups[], options: { level?: number } = {}): PooledRatio | null {
  const level = options.level ?? 0.95;
  const z = criticalValue('mantelHaenszelRatio', level);
  let r = 0;
  let s = 0;
  let p = 0;
  for (const { focal, reference } of tables) {
    const n = focal.total + reference.total;
    if (focal.total === 0 || reference.total === 0) continue;
    r += (focal.count * reference.total) / n;
    s += (reference.count * focal.total) / n;
    p += (focal.total * reference.total * (focal.count + reference.count) - focal.count * reference.count * n) / (n * n);
  }
  if (r === 0 || s === 0) return null;
  const logRatio = Math.log(r / s);
  const standardError = Math.sqrt(p / (r * s));
  return {
    ratio: r / s,
    lower: Math.exp(logRatio - z * standardError),
    upper: Math.exp(logRatio + z * standardError),
    level,
    logRatio,
    standardError,
  };
}
