import type { Limits } from '../proportion/limits.js';

/**
 * Katz log interval for a ratio of two proportions (Katz, Baptista, Azen and Pike 1978,
 * Biometrics 34:469-474): a Wald interval on the log scale,
 *
 *   exp( log(θ̂) ± z · sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2) ),   θ̂ = (x1/n1) / (x2/n2),
 *
 * as contingencytables `Katz_log_CI_2x2`, scipy `relative_risk().confidence_interval()` and R
 * epitools `riskratio(method = "wald")` give it. With a zero cell the standard error is infinite
 * and no correction is applied: the limits are 0 and Infinity (SPEC section 5). When both groups
 * are full (x1 = n1, x2 = n2) the standard error is 0 and both limits equal θ̂ = 1.
 *
 * @param x1 - Events in the numerator group.
 * @param n1 - Size of the numerator group, at least 1.
 * @param x2 - Events in the denominator group.
 * @param n2 - Size of the denominator group, at least 1.
 * @param z - The critical value z_{1-alpha/2}.
 * @returns The limits.
 * @example
 * katzLogLimits(45, 100, 30, 100, 1.959963984540054); // { lower: 1.03654260315508, upper: 2.1706777831913 }
 * @internal
 */
export function katzLogLimits(x1: number, n1: number, x2: number, n2: number, z: number): Limits {
  if (x1 === 0 || x2 === 0) return { lower: 0, upper: Infinity };
  const logRatio = Math.log((x1 * n2) / (x2 * n1));
  const standardError = Math.sqrt(Math.max(0, 1 / x1 - 1 / n1 + 1 / x2 - 1 / n2));
  return { lower: Math.exp(logRatio - z * standardError), upper: Math.exp(logRatio + z * standardError) };
}
