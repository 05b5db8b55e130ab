import { betaQuantile } from '../beta-quantile.js';
import type { Limits } from './limits.js';

/**
 * Clopper-Pearson "exact" interval for a proportion x/n (Clopper and Pearson 1934, Biometrika
 * 26:404-413), from the beta-binomial duality (Brown, Cai and DasGupta 2001, eq. 4):
 *
 *   lower = B(alpha/2; x, n - x + 1),   upper = B(1 - alpha/2; x + 1, n - x)
 *
 * where B(q; a, b) is the beta quantile (R: `qbeta`), with lower = 0 at x = 0 and upper = 1 at
 * x = n. These are the binomial tail equations P(X >= x | lower) = alpha/2 and
 * P(X <= x | upper) = alpha/2 rewritten with P(X >= x | pi) = I_pi(x, n - x + 1). Beta quantiles
 * come from {@link betaQuantile} (the regularized incomplete beta function inverted by a bracketed
 * root finder; within 4e-13 relative of 50-digit values, limits near 1e-6 included).
 *
 * @param count - x, from 0 to `total`.
 * @param total - n, at least 1.
 * @param alpha - 1 - level.
 * @returns The lower and upper limits.
 * @example
 * clopperPearsonLimits(45, 100, 0.05); // { lower: 0.350320229239672, upper: 0.552719811226064 }
 * @internal
 */
export function clopperPearsonLimits(count: number, total: number, alpha: number): Limits {
  return {
    lower: count === 0 ? 0 : betaQuantile(alpha / 2, count, total - count + 1),
    upper: count === total ? 1 : betaQuantile(1 - alpha / 2, count + 1, total - count),
  };
}
