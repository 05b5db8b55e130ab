import { betaQuantile } from '../beta-quantile.js';
import type { Limits } from './limits.js';

/**
 * Jeffreys interval for a proportion x/n (Brown, Cai and DasGupta 2001, Statistical Science
 * 16:101-133, section 4.1.2): the equal-tailed credible interval of the posterior under the
 * Jeffreys prior beta(1/2, 1/2),
 *
 *   lower = B(alpha/2; x + 1/2, n - x + 1/2),   upper = B(1 - alpha/2; x + 1/2, n - x + 1/2)
 *
 * with lower = 0 at x = 0 and upper = 1 at x = n (Brown, Cai and DasGupta's boundary
 * modification; R: `qbeta`). SPEC section 5 pins this equal-tailed form. Beta quantiles come
 * from {@link betaQuantile}.
 *
 * @param count - x, from 0 to `total`.
 * @param total - n, at least 1.
 * @param alpha - 1 - level.
 * @returns The lower and upper limits.
 * @example
 * jeffreysLimits(45, 100, 0.05); // { lower: 0.355076941894331, upper: 0.547771007959965 }
 * @internal
 */
export function jeffreysLimits(count: number, total: number, alpha: number): Limits {
  const shapeA = count + 0.5;
  const shapeB = total - count + 0.5;
  return {
    lower: count === 0 ? 0 : betaQuantile(alpha / 2, shapeA, shapeB),
    upper: count === total ? 1 : betaQuantile(1 - alpha / 2, shapeA, shapeB),
  };
}
