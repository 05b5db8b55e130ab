import { findRootFrom } from '../root-finding.js';
import type { Limits } from '../proportion/limits.js';

/**
 * Asymptotic score interval for a ratio of two proportions θ = p1/p2, from x1 of n1 and x2 of n2:
 * Koopman (1984, Biometrics 40:513-517) and, with the bias correction, Miettinen and Nurminen
 * (1985, Statistics in Medicine 4:213-226). The interval is every θ whose score statistic
 *
 *   z(θ) = (x1/n1 - θ · x2/n2) / sqrt(V(θ)),
 *   V(θ) = [p̃1 (1 - p̃1) / n1 + θ² p̃2 (1 - p̃2) / n2] · λ
 *
 * satisfies |z(θ)| <= z_{1-alpha/2}, where p̃2 is the maximum-likelihood estimate of p2 restricted
 * to p1 = θ p2 (Miettinen and Nurminen 1985, appendix; Farrington and Manning 1990):
 *
 *   A = (n1 + n2) θ,  B = -(n1 θ + x1 + n2 + x2 θ),  C = x1 + x2,
 *   p̃2 = (-B - sqrt(B² - 4AC)) / (2A) = 2C / (-B + sqrt(B² - 4AC)),  p̃1 = θ p̃2,
 *
 * and λ = 1 for Koopman (ratesci `scoreci(contrast = "RR", skew = FALSE, bcf = FALSE)`) or
 * λ = N / (N - 1), N = n1 + n2, for Miettinen-Nurminen (`bcf = TRUE`). The second form of p̃2
 * avoids cancellation; with a full group the boundary root is used exactly (see below).
 *
 * z(θ) decreases from +∞ (θ → 0, when x1 > 0) through 0 (at θ = x1 n2 / (x2 n1)) towards
 * -∞ (θ → ∞, when x2 > 0), so each limit is the single root of z(θ) = ±z_{1-alpha/2}. The lower
 * limit is found on the log scale by stepping down from the estimate and Brent's method (a bounded
 * number of evaluations, usually under 20). The upper limit uses the symmetry of the statistic
 * under swapping the groups: upper(x1, n1, x2, n2) = 1 / lower(x2, n2, x1, n1).
 *
 * Zero cells: x1 = 0 gives lower 0; x2 = 0 gives upper Infinity. Not defined when
 * x1 = x2 = 0 (the caller reports no ratio).
 *
 * @param x1 - Events in the numerator group (0..n1).
 * @param n1 - Size of the numerator group, at least 1.
 * @param x2 - Events in the denominator group (0..n2).
 * @param n2 - Size of the denominator group, at least 1.
 * @param z - The critical value z_{1-alpha/2}.
 * @param biasCorrected - true for Miettinen-Nurminen's N/(N-1) variance factor.
 * @returns The limits.
 * @example
 * ratioScoreLimits(45, 100, 30, 100, 1.959963984540054, false); // { lower: 1.04293343974583, upper: 2.18115087835889 }
 * @internal
 */
export function ratioScoreLimits(x1: number, n1: number, x2: number, n2: number, z: number, biasCorrected: boolean): Limits {
  return {
    lower: x1 === 0 ? 0 : lowerLimit(x1, n1, x2, n2, z, biasCorrected),
    upper: x2 === 0 ? Infinity : 1 / lowerLimit(x2, n2, x1, n1, z, biasCorrected),
  };
}

/** Log-scale bounds of the search: the root always lies well inside e^±300 for counts below 2^53. */
const LOG_FLOOR = -700;
const LOG_CEILING = 300;

function lowerLimit(x1: number, n1: number, x2: number, n2: number, z: number, biasCorrected: boolean): number {
  const varianceFactor = biasCorrected ? (n1 + n2) / (n1 + n2 - 1) : 1;
  const f = (logTheta: number): number => ratioScoreStatistic(x1, n1, x2, n2, Math.exp(logTheta), varianceFactor) - z;
  // A first step of about one Katz standard error (continuity-adjusted so it is finite and > 0).
  const step = z * Math.sqrt(1 / (x1 + 0.5) + 1 / (x2 + 0.5));
  if (x2 > 0) {
    const logEstimate = Math.log((x1 * n2) / (x2 * n1));
    return Math.exp(findRootFrom(f, logEstimate, -z, -step, LOG_FLOOR, Infinity));
  }
  // x2 = 0: the estimate is infinite and z(θ) falls to 0 as θ grows; start from a finite guess.
  const logGuess = Math.log(((x1 / n1) * n2) / 0.5);
  const fGuess = f(logGuess);
  if (fGuess === 0) return Math.exp(logGuess);
  return Math.exp(
    fGuess < 0
      ? findRootFrom(f, logGuess, fGuess, -step, LOG_FLOOR, Infinity)
      : findRootFrom(f, logGuess, fGuess, step, LOG_CEILING, -z),
  );
}

/**
 * The score statistic z(θ) above (without the sign flip), never NaN: 0 where the observed ratio
 * equals θ, ±Infinity where the restricted variance vanishes.
 *
 * @internal
 */
export function ratioScoreStatistic(x1: number, n1: number, x2: number, n2: number, theta: number, varianceFactor: number): number {
  const numerator = x1 / n1 - (theta * x2) / n2;
  if (numerator === 0) return 0;
  const [p1, p2] = restrictedRatioEstimates(x1, n1, x2, n2, theta);
  const variance = ((p1 * (1 - p1)) / n1 + (theta * theta * p2 * (1 - p2)) / n2) * varianceFactor;
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/**
 * The restricted MLE (p̃1, p̃2) with p̃1 = θ p̃2. With a full group the quadratic has a root on the
 * boundary (p̃2 = 1 when x2 = n2, p̃1 = 1 when x1 = n1), where the discriminant cancels
 * catastrophically; there the other root follows exactly from the product of the roots, C/A:
 * x2 = n2 gives p̃2 = min(1, (x1 + n2) / (N θ)); x1 = n1 gives p̃1 = min(1, θ (n1 + x2) / N).
 */
function restrictedRatioEstimates(x1: number, n1: number, x2: number, n2: number, theta: number): [number, number] {
  const total = n1 + n2;
  if (x2 === n2) {
    const p2 = Math.min(1, (x1 + n2) / (total * theta));
    return [Math.min(1, theta * p2), p2];
  }
  if (x1 === n1) {
    const p1 = Math.min(1, (theta * (n1 + x2)) / total);
    return [p1, Math.min(1, p1 / theta)];
  }
  const a = total * theta;
  const b = -(n1 * theta + x1 + n2 + x2 * theta);
  const c = x1 + x2;
  const discriminant = Math.max(0, b * b - 4 * a * c);
  const p2 = Math.min(1, (2 * c) / (-b + Math.sqrt(discriminant)));
  return [Math.min(1, theta * p2), p2];
}
