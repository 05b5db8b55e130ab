import type { Limits } from '../proportion/limits.js';

/**
 * Adjusted log interval for a ratio of two proportions (Fagerland, Lydersen and Laake 2015,
 * "Recommended confidence intervals for two independent binomial proportions", Statistical
 * Methods in Medical Research 24:224-254, section 4.1; contingencytables `Adjusted_log_CI_2x2`):
 * the Katz log interval after adding 1/2 to every count and total,
 *
 *   exp( log(θ̃) ± z · sqrt(1/x1' - 1/n1' + 1/x2' - 1/n2') ),   θ̃ = (x1'/n1') / (x2'/n2'),
 *   x1' = x1 + 1/2, n1' = n1 + 1/2, x2' = x2 + 1/2, n2' = n2 + 1/2.
 *
 * Always finite and positive. The ratio reported beside it stays the unadjusted
 * (x1/n1) / (x2/n2), so with a zero cell the interval need not contain the reported ratio.
 *
 * @param x1 - Events in the numerator group.
 * @param n1 - Size of the numerator group, at least 1.
 * @param x2 - Events in the denominator group.
 * @param n2 - Size of the denominator group, at least 1.
 * @param z - The critical value z_{1-alpha/2}.
 * @returns The limits.
 * @example
 * adjustedLogLimits(45, 100, 30, 100, 1.959963984540054); // { lower: 1.03460622754476, upper: 2.15103772145964 }
 * @internal
 */
export function adjustedLogLimits(x1: number, n1: number, x2: number, n2: number, z: number): Limits {
  const a = x1 + 0.5;
  const m1 = n1 + 0.5;
  const c = x2 + 0.5;
  const m2 = n2 + 0.5;
  const logRatio = Math.log((a * m2) / (c * m1));
  const standardError = Math.sqrt(Math.max(0, 1 / a - 1 / m1 + 1 / c - 1 / m2));
  return { lower: Math.exp(logRatio - z * standardError), upper: Math.exp(logRatio + z * standardError) };
}
