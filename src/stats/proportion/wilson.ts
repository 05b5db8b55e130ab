import type { Limits } from './limits.js';

/**
 * Wilson score interval for a proportion x/n (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209-212; recommended by Brown, Cai and DasGupta
 * 2001, Statistical Science 16:101-133):
 *
 *   (x + z²/2) / (n + z²)  ±  z / (n + z²) · sqrt(x (n - x) / n + z²/4)
 *
 * the set of p whose score test |x/n - p| / sqrt(p (1 - p) / n) <= z does not reject. The limits
 * are exactly 0 at x = 0 and 1 at x = n (set explicitly, as rounding could give 1e-17 off).
 *
 * @param count - x, a whole number from 0 to `total`.
 * @param total - n, at least 1 (checked by the caller).
 * @param z - The two-sided critical value, qnorm(1 - alpha/2).
 * @returns The lower and upper limits.
 * @example
 * wilsonLimits(45, 100, 1.959963984540054); // { lower: 0.35614537979512, upper: 0.547553970025579 }
 * @internal
 */
export function wilsonLimits(count: number, total: number, z: number): Limits {
  const z2 = z * z;
  const denominator = total + z2;
  const centre = (count + z2 / 2) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((count * (total - count)) / total + z2 / 4);
  return {
    lower: count === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: count === total ? 1 : Math.min(1, centre + halfWidth),
  };
}
