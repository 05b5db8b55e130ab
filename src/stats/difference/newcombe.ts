import type { Limits } from '../proportion/limits.js';
import { wilsonLimits } from '../proportion/wilson.js';

/**
 * Newcombe hybrid score interval for a difference of proportions p1 - p2 (Newcombe 1998,
 * "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17:873-890, method 10; contingencytables
 * `Newcombe_hybrid_score_CI_2x2`). With (l1, u1) and (l2, u2) the Wilson score limits of
 * p̂1 = x1/n1 and p̂2 = x2/n2 (no continuity correction):
 *
 *   lower = p̂1 - p̂2 - sqrt((p̂1 - l1)² + (u2 - p̂2)²)
 *   upper = p̂1 - p̂2 + sqrt((u1 - p̂1)² + (p̂2 - l2)²)
 *
 * Closed form; always inside [-1, 1].
 *
 * @param x1 - Events in the first (focal) group.
 * @param n1 - Size of the first group, at least 1.
 * @param x2 - Events in the second (reference) group.
 * @param n2 - Size of the second group, at least 1.
 * @param z - The critical value z_{1-alpha/2}.
 * @returns The limits.
 * @example
 * newcombeLimits(45, 100, 30, 100, 1.959963984540054); // { lower: 0.0158521950681227, upper: 0.276830853919625 }
 * @internal
 */
export function newcombeLimits(x1: number, n1: number, x2: number, n2: number, z: number): Limits {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const first = wilsonLimits(x1, n1, z);
  const second = wilsonLimits(x2, n2, z);
  const difference = p1 - p2;
  return {
    lower: Math.max(-1, difference - Math.hypot(p1 - first.lower, second.upper - p2)),
    upper: Math.min(1, difference + Math.hypot(first.upper - p1, p2 - second.lower)),
  };
}
