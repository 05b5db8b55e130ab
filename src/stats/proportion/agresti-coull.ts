import type { Limits } from './limits.js';

/**
 * Agresti-Coull interval for a proportion x/n (Agresti and Coull 1998, The American
 * Statistician 52:119-126), as Brown, Cai and DasGupta (2001, eq. 8) and statsmodels
 * `proportion_confint(method="agresti_coull")` define it:
 *
 *   n' = n + z²,   p' = (x + z²/2) / n',   p' ± z · sqrt(p' (1 - p') / n')
 *
 * truncated to [0, 1].
 *
 * @param count - x, from 0 to `total`.
 * @param total - n, at least 1.
 * @param z - The two-sided critical value, qnorm(1 - alpha/2).
 * @returns The lower and upper limits.
 * @example
 * agrestiCoullLimits(45, 100, 1.959963984540054); // { lower: 0.35612816826204, upper: 0.547571181558659 }
 * @internal
 */
export function agrestiCoullLimits(count: number, total: number, z: number): Limits {
  const z2 = z * z;
  const adjustedTotal = total + z2;
  const adjustedProportion = (count + z2 / 2) / adjustedTotal;
  const halfWidth = z * Math.sqrt((adjustedProportion * (1 - adjustedProportion)) / adjustedTotal);
  return {
    lower: Math.max(0, adjustedProportion - halfWidth),
    upper: Math.min(1, adjustedProportion + halfWidth),
  };
}
