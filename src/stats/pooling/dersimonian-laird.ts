import { chiSquareUpperTail } from '../chi-square.js';
import { criticalValue } from '../normal-quantile.js';
import type { LogRatioEstimate } from './log-relative-likelihood.js';
import type { PooledRatio } from './mantel-haenszel.js';

/** How much the strata's log ratios differ beyond chance. */
export interface Heterogeneity {
  /** Cochran's Q: sum of w (y - ybar)^2 with inverse-variance weights w = 1/v. */
  q: number;
  /** Degrees of freedom, k - 1. */
  df: number;
  /** P(chi-square(df) >= Q). */
  p: number;
  /** I-squared from 0 to 1: the share of the variation due to real differences, tau2 / (tau2 + typical variance). */
  i2: number;
}

/** A DerSimonian-Laird random-effects pooled ratio, with the between-strata variance and heterogeneity. */
export interface RandomEffectsRatio extends PooledRatio {
  /** tau-squared: the variance of the true log ratios between strata. */
  tau2: number;
  /** Cochran's Q, its p-value and I-squared. */
  heterogeneity: Heterogeneity;
}

/**
 * DerSimonian-Laird random-effects pooling of log ratios, as R's metafor gives it with
 * `rma(yi, vi, method = "DL")` (DerSimonian and Laird 1986, Controlled Clinical Trials 7:177-188;
 * Higgins and Thompson 2002 for I-squared). With w = 1/v:
 * Q = sum(w (y - sum(w y)/sum(w))^2), tau2 = max(0, (Q - (k - 1)) / (sum(w) - sum(w^2)/sum(w))),
 * then weights w* = 1/(v + tau2), estimate sum(w* y)/sum(w*) with standard error 1/sqrt(sum(w*)),
 * and I-squared = tau2 / (tau2 + (k - 1) sum(w) / (sum(w)^2 - sum(w^2))).
 *
 * @param estimates - Each stratum's log ratio and variance (see {@link logRelativeLikelihoodEstimate}).
 * @param options - `level`, default 0.95.
 * @returns The pooled ratio, or `null` with fewer than two strata (no heterogeneity to estimate).
 * @throws {RangeError} when `level` is not strictly between 0 and 1.
 * @example
 * const re = derSimonianLaird([
 *   { logRatio: Math.log(2), variance: 0.1, adjusted: false },
 *   { logRatio: Math.log(0.8), variance: 0.05, adjusted: false },
 * ]);
 * re.tau2; // 0.344794 (R: rma(yi = log(c(2, 0.8)), vi = c(0.1, 0.05), method = "DL")$tau2)
 * re.heterogeneity; // { q: 5.597258, df: 1, p: 0.017989, i2: 0.821341 }
 */
export function derSimonianLaird(estimates: readonly LogRatioEstimate[], options: { level?: number } = {}): RandomEffectsRatio | null {
  const level = options.level ?? 0.95;
  const z = criticalValue('derSimonianLaird', level);
  const k = estimates.length;
  if (k < 2) return null;
  let sumW = 0;
  let sumW2 = 0;
  let sumWY = 0;
  for (const { logRatio, variance } of estimates) {
    const w = 1 / variance;
    sumW += w;
    sumW2 += w * w;
    sumWY += w * logRatio;
  }
  const fixed = sumWY / sumW;
  let q = 0;
  for (const { logRatio, variance } of estimates) q += (logRatio - fixed) ** 2 / variance;
  const df = k - 1;
  const scale = sumW - sumW2 / sumW;
  const tau2 = Math.max(0, (q - df) / scale);
  let sumWStar = 0;
  let sumWStarY = 0;
  for (const { logRatio, variance } of estimates) {
    const w = 1 / (variance + tau2);
    sumWStar += w;
    sumWStarY += w * logRatio;
  }
  const logRatio = sumWStarY / sumWStar;
  const standardError = Math.sqrt(1 / sumWStar);
  const typicalVariance = (df * sumW) / (sumW * sumW - sumW2);
  return {
    ratio: Math.exp(logRatio),
    lower: Math.exp(logRatio - z * standardError),
    upper: Math.exp(logRatio + z * standardError),
    level,
    logRatio,
    standardError,
    tau2,
    heterogeneity: { q, df, p: chiSquareUpperTail(q, df), i2: tau2 === 0 ? 0 : tau2 / (tau2 + typicalVariance) },
  };
}
