import { findRootFrom } from '../root-finding.js';
import type { Limits } from '../proportion/limits.js';

/**
 * Miettinen-Nurminen asymptotic score interval for a difference of proportions δ = p1 - p2
 * (Miettinen and Nurminen 1985, Statistics in Medicine 4:213-226; ratesci
 * `scoreci(contrast = "RD", skew = FALSE, bcf = TRUE)`). The interval is every δ with
 *
 *   |z(δ)| <= z_{1-alpha/2},   z(δ) = (p̂1 - p̂2 - δ) / sqrt(V(δ)),
 *   V(δ) = [p̃1 (1 - p̃1) / n1 + p̃2 (1 - p̃2) / n2] · N / (N - 1),   N = n1 + n2,
 *
 * where (p̃1, p̃2 = p̃1 - δ) is the maximum-likelihood estimate restricted to p1 - p2 = δ, the root of
 * a cubic with a closed-form root (Farrington and Manning 1990, Statistics in Medicine 9:1447-1454),
 * refined by a few safeguarded Newton steps on the profile score for full precision:
 *
 *   θ = n2/n1, a = 1 + θ, b = -(1 + θ + p̂1 + θ p̂2 + δ (θ + 2)),
 *   c = δ² + δ (2 p̂1 + θ + 1) + p̂1 + θ p̂2, d = -p̂1 δ (1 + δ),
 *   v = b³/(3a)³ - bc/(6a²) + d/(2a), u = sign(v) sqrt(b²/(3a)² - c/(3a)),
 *   w = (π + arccos(v/u³)) / 3, p̃1 = 2u cos(w) - b/(3a).
 *
 * z(δ) falls from +∞ at δ = -1 through 0 at δ = p̂1 - p̂2 to -∞ at δ = 1, so each limit is a single
 * root, found by stepping out from the estimate and Brent's method (bounded iterations). The upper
 * limit uses the symmetry upper(x1, n1, x2, n2) = -lower(x2, n2, x1, n1). Limits of -1 and 1 occur
 * only when the estimate itself is -1 or 1 (a = 0 with c = n2, or a = n1 with c = 0).
 *
 * @param x1 - Events in the first (focal) group.
 * @param n1 - Size of the first group, at least 1.
 * @param x2 - Events in the second (reference) group.
 * @param n2 - Size of the second group, at least 1.
 * @param z - The critical value z_{1-alpha/2}.
 * @returns The limits.
 * @example
 * differenceScoreLimits(45, 100, 30, 100, 1.959963984540054); // { lower: 0.015531282579844, upper: 0.27949082410788 }
 * @internal
 */
export function differenceScoreLimits(x1: number, n1: number, x2: number, n2: number, z: number): Limits {
  return { lower: lowerLimit(x1, n1, x2, n2, z), upper: -lowerLimit(x2, n2, x1, n1, z) };
}

function lowerLimit(x1: number, n1: number, x2: number, n2: number, z: number): number {
  const estimate = x1 / n1 - x2 / n2;
  if (estimate === -1) return -1;
  const f = (delta: number): number => differenceScoreStatistic(x1, n1, x2, n2, delta) - z;
  // First step: a quarter of the widest Wald half-width, so a few doublings reach any root.
  const step = 0.25 * z * Math.sqrt(0.25 / n1 + 0.25 / n2);
  return findRootFrom(f, estimate, -z, -step, -1, Infinity);
}

/**
 * The Miettinen-Nurminen score statistic z(δ) above, never NaN: 0 at δ = p̂1 - p̂2 and ±Infinity
 * where the restricted variance vanishes.
 *
 * @internal
 */
export function differenceScoreStatistic(x1: number, n1: number, x2: number, n2: number, delta: number): number {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const numerator = p1 - p2 - delta;
  if (numerator === 0) return 0;
  const [restricted1, restricted2] = restrictedEstimates(x1, n1, x2, n2, delta);
  const total = n1 + n2;
  const variance = ((restricted1 * (1 - restricted1)) / n1 + (restricted2 * (1 - restricted2)) / n2) * (total / (total - 1));
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/**
 * The restricted MLE (p̃1, p̃2) under p1 - p2 = δ. Farrington and Manning's closed form loses
 * digits to cancellation when the groups differ greatly in size and a proportion is near 0 or 1
 * (for 1/1 vs 18384/18384 it moves z by 5e-5), so it only seeds a safeguarded Newton iteration on
 * the profile score g(p̃2) = d log L / d p̃2, which is decreasing (the profile log-likelihood is
 * concave). When g does not change sign on the feasible segment the maximum is at its end.
 */
function restrictedEstimates(x1: number, n1: number, x2: number, n2: number, delta: number): [number, number] {
  const score = (q2: number): number => binomialSlope(x1, n1, q2 + delta) + binomialSlope(x2, n2, q2);
  let low = Math.max(0, -delta);
  let high = Math.min(1, 1 - delta);
  if (!(score(high) < 0)) return [high + delta, high];
  if (!(score(low) > 0)) return [low + delta, low];
  let q2 = Math.min(high, Math.max(low, farringtonManning(x1 / n1, n1, x2 / n2, n2, delta) - delta));
  // At most 60 steps; Newton from the closed-form seed usually needs 1 to 3.
  for (let step = 0; step < 60; step++) {
    const value = score(q2);
    if (value === 0) break;
    if (value > 0) low = q2;
    else high = q2;
    const q1 = q2 + delta;
    const curvature =
      -(x1 > 0 ? x1 / (q1 * q1) : 0) -
      (n1 - x1 > 0 ? (n1 - x1) / ((1 - q1) * (1 - q1)) : 0) -
      (x2 > 0 ? x2 / (q2 * q2) : 0) -
      (n2 - x2 > 0 ? (n2 - x2) / ((1 - q2) * (1 - q2)) : 0);
    let next = q2 - value / curvature;
    if (!(next > low && next < high)) next = low + (high - low) / 2;
    if (Math.abs(next - q2) <= 4 * Number.EPSILON * q2 || next === low || next === high) {
      q2 = next;
      break;
    }
    q2 = next;
  }
  return [q2 + delta, q2];
}

/** d/dp of x log p + (n - x) log(1 - p), leaving out terms whose coefficient is 0. */
function binomialSlope(x: number, n: number, p: number): number {
  return (x > 0 ? x / p : 0) - (n - x > 0 ? (n - x) / (1 - p) : 0);
}

/** Farrington and Manning's closed-form p̃1 (the cubic above). */
function farringtonManning(p1: number, n1: number, p2: number, n2: number, delta: number): number {
  const theta = n2 / n1;
  const a = 1 + theta;
  const b = -(1 + theta + p1 + theta * p2 + delta * (theta + 2));
  const c = delta * delta + delta * (2 * p1 + theta + 1) + p1 + theta * p2;
  const d = -p1 * delta * (1 + delta);
  const v = b ** 3 / (3 * a) ** 3 - (b * c) / (6 * a * a) + d / (2 * a);
  const uSquared = Math.max(0, (b * b) / (9 * a * a) - c / (3 * a));
  const u = (v < 0 ? -1 : 1) * Math.sqrt(uSquared);
  const cosine = u === 0 ? 0 : Math.min(1, Math.max(-1, v / u ** 3));
  const w = (Math.PI + Math.acos(cosine)) / 3;
  return 2 * u * Math.cos(w) - b / (3 * a);
}
