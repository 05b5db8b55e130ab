/**
 * A deliberately different second implementation of the score intervals, for cross-checking
 * src/stats only. Nothing here is shared with src/stats:
 * - restricted maximum-likelihood estimates are found by bisection on the derivative of the
 *   profile log-likelihood (not the closed-form quadratic or the Farrington-Manning cubic);
 * - the Koopman ratio statistic is Koopman's (1984) original chi-square
 *   U(θ) = Σ (x_i - n_i p̃_i)² / (n_i p̃_i (1 - p̃_i)), not the Miettinen-Nurminen z form
 *   (Miettinen-Nurminen is U · (N - 1)/N);
 * - each limit is found separately (no symmetry argument) by plain bisection carried on until the
 *   midpoint equals an end of the bracket, i.e. to full double precision, rather than Brent;
 * - Wilson limits (for Newcombe) come from bisecting the score equation, not the closed form.
 * Slow (thousands of evaluations per limit) and only for tests.
 */

/** Bisection for a root of a function that is > 0 left of the root and < 0 right of it. Evaluates midpoints only. */
function bisectDecreasing(f: (x: number) => number, low: number, high: number, maxIterations = 2000): number {
  for (let i = 0; i < maxIterations; i++) {
    const mid = low + (high - low) / 2;
    if (mid <= low || mid >= high) return mid;
    if (f(mid) > 0) low = mid;
    else high = mid;
  }
  return low + (high - low) / 2;
}

/** Binomial log-likelihood derivative term x/p - (n - x)/(1 - p), dropping terms with a zero coefficient. */
function slope(x: number, n: number, p: number): number {
  return (x > 0 ? x / p : 0) - (n - x > 0 ? (n - x) / (1 - p) : 0);
}

/** Restricted MLE (p̃1, p̃2) under p1 = θ p2, by bisection (the profile log-likelihood is concave). */
export function restrictedRatioMle(x1: number, n1: number, x2: number, n2: number, theta: number): [number, number] {
  if (theta <= 1) {
    // parameter p2 in (0, 1); d/dp2 = θ·slope1(θ p2) + slope2(p2)
    const p2 = bisectDecreasing((p) => theta * slope(x1, n1, theta * p) + slope(x2, n2, p), 0, 1, 200);
    return [theta * p2, p2];
  }
  // parameter p1 in (0, 1), p2 = p1/θ; d/dp1 = slope1(p1) + slope2(p1/θ)/θ
  const p1 = bisectDecreasing((p) => slope(x1, n1, p) + slope(x2, n2, p / theta) / theta, 0, 1, 200);
  return [p1, p1 / theta];
}

/** Koopman's chi-square statistic for H0: p1/p2 = θ. */
export function koopmanChiSquare(x1: number, n1: number, x2: number, n2: number, theta: number): number {
  const [p1, p2] = restrictedRatioMle(x1, n1, x2, n2, theta);
  const term = (x: number, n: number, p: number): number => {
    const residual = x - n * p;
    if (residual === 0) return 0;
    const variance = n * p * (1 - p);
    return variance > 0 ? (residual * residual) / variance : Infinity;
  };
  return term(x1, n1, p1) + term(x2, n2, p2);
}

const LOG_SPAN = 80;

/** Ratio score interval; `biasCorrected` multiplies the statistic by (N - 1)/N. Requires x1 + x2 > 0. */
export function referenceRatioScoreInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z: number,
  biasCorrected: boolean,
): { lower: number; upper: number } {
  const factor = biasCorrected ? (n1 + n2 - 1) / (n1 + n2) : 1;
  const excess = (logTheta: number): number => factor * koopmanChiSquare(x1, n1, x2, n2, Math.exp(logTheta)) - z * z;
  const logEstimate = x1 === 0 ? -LOG_SPAN : x2 === 0 ? LOG_SPAN : Math.log(x1 / n1) - Math.log(x2 / n2);
  // Below the estimate the statistic falls as θ rises; above it, it rises.
  const lower = x1 === 0 ? 0 : Math.exp(bisectDecreasing(excess, -LOG_SPAN, logEstimate));
  const upper = x2 === 0 ? Infinity : Math.exp(bisectDecreasing((t) => -excess(t), logEstimate, LOG_SPAN));
  return { lower, upper };
}

/** Restricted MLE (p̃1, p̃2) under p1 - p2 = δ, by bisection on the profile log-likelihood derivative. */
export function restrictedDifferenceMle(x1: number, n1: number, x2: number, n2: number, delta: number): [number, number] {
  const low = Math.max(0, -delta);
  const high = Math.min(1, 1 - delta);
  const p2 = bisectDecreasing((p) => slope(x1, n1, p + delta) + slope(x2, n2, p), low, high, 200);
  return [p2 + delta, p2];
}

/** Miettinen-Nurminen squared score statistic for H0: p1 - p2 = δ, minus z². */
function differenceExcess(x1: number, n1: number, x2: number, n2: number, delta: number, z: number): number {
  const [p1, p2] = restrictedDifferenceMle(x1, n1, x2, n2, delta);
  const total = n1 + n2;
  const variance = ((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) * (total / (total - 1));
  const residual = x1 / n1 - x2 / n2 - delta;
  const square = residual === 0 ? 0 : variance > 0 ? (residual * residual) / variance : Infinity;
  return square - z * z;
}

/** Miettinen-Nurminen difference interval. */
export function referenceDifferenceScoreInterval(x1: number, n1: number, x2: number, n2: number, z: number): { lower: number; upper: number } {
  const estimate = x1 / n1 - x2 / n2;
  const excess = (delta: number): number => differenceExcess(x1, n1, x2, n2, delta, z);
  const lower = estimate === -1 ? -1 : bisectDecreasing(excess, -1, estimate);
  const upper = estimate === 1 ? 1 : bisectDecreasing((d) => -excess(d), estimate, 1);
  return { lower, upper };
}

/** Wilson limits from the score equation (p̂ - p)² = z² p (1 - p) / n, by bisection. */
export function referenceWilson(x: number, n: number, z: number): { lower: number; upper: number } {
  const estimate = x / n;
  const excess = (p: number): number => (estimate - p) ** 2 - (z * z * p * (1 - p)) / n;
  const lower = x === 0 ? 0 : bisectDecreasing(excess, 0, estimate);
  const upper = x === n ? 1 : bisectDecreasing((p) => -excess(p), estimate, 1);
  return { lower, upper };
}

/** Newcombe (1998) method 10 from the bisected Wilson limits. */
export function referenceNewcombe(x1: number, n1: number, x2: number, n2: number, z: number): { lower: number; upper: number } {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = referenceWilson(x1, n1, z);
  const w2 = referenceWilson(x2, n2, z);
  return {
    lower: p1 - p2 - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: p1 - p2 + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
  };
}
