import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { checkLevel } from './arguments.js';

/**
 * The standard normal quantile (inverse cumulative distribution function, R's `qnorm(p)`).
 *
 * Delegates to `@stdlib/stats-base-dists-normal-quantile`, which evaluates `sqrt(2) * erfinv(2p - 1)`
 * with Boost's rational approximations for `erfinv`, accurate to about 1e-16 relative. It is used
 * instead of simple-statistics' `probit`, an approximation that gives 1.95716 at 0.975 where the
 * true value is 1.959963985 (SPEC section 5).
 *
 * `normalQuantile(0)` is `-Infinity` and `normalQuantile(1)` is `Infinity`.
 *
 * @param p - A probability from 0 to 1.
 * @returns The value z with P(Z <= z) = p for a standard normal Z.
 * @throws {TypeError} when `p` is not a number.
 * @throws {RangeError} when `p` is NaN or outside [0, 1].
 * @example
 * normalQuantile(0.975); // 1.959963984540054 (R: qnorm(0.975) = 1.959963984540054)
 * normalQuantile(0.5); // 0
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number') {
    throw new TypeError(`normalQuantile: p must be a number (got ${typeof p})`);
  }
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`normalQuantile: p must be a probability from 0 to 1 (got ${String(p)})`);
  }
  return quantile(p, 0, 1);
}

/**
 * The two-sided critical value z for a confidence level: `qnorm(1 - (1 - level) / 2)`
 * (1.959964 for 0.95, 1.644854 for 0.9).
 *
 * @param fn - The public function asking, named in the error.
 * @param level - A confidence level strictly between 0 and 1.
 * @throws {RangeError} when `level` is not strictly between 0 and 1.
 * @internal
 */
export function criticalValue(fn: string, level: number): number {
  return quantile(1 - (1 - checkLevel(fn, level)) / 2, 0, 1);
}
