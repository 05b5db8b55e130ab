import { checkChoice, checkLevel, checkOptions, checkTwoGroups } from '../arguments.js';
import { criticalValue } from '../normal-quantile.js';
import type { Limits } from '../proportion/limits.js';
import type { RatioMethod, RelativeLikelihood, TwoGroups } from '../types.js';
import { adjustedLogLimits } from './adjusted-log.js';
import { katzLogLimits } from './katz-log.js';
import { ratioScoreLimits } from './score.js';

const FN = 'relativeLikelihood';
const METHODS = ['koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log'] as const satisfies readonly RatioMethod[];
const NUMERATORS = ['focal', 'reference'] as const;

/** The "non-adverse" range NHS England uses for WRES relative likelihoods (the four-fifths rule). */
const NON_ADVERSE_LOW = 0.8;
const NON_ADVERSE_HIGH = 1.25;

/** Options of {@link relativeLikelihood}. */
export interface RelativeLikelihoodOptions {
  /** Interval method; default `'koopman'`. */
  method?: RatioMethod | undefined;
  /** Confidence level strictly between 0 and 1; default 0.95. */
  level?: number | undefined;
  /**
   * Which group's proportion goes on top; default `'focal'` (focal ÷ reference). `'reference'`
   * gives reference ÷ focal, the direction NHS WRES uses for some metrics.
   */
  numerator?: 'focal' | 'reference' | undefined;
}

/**
 * The relative likelihood (risk ratio) of an outcome in one group compared with another, with a
 * confidence interval: ratio = (a / n1) ÷ (c / n2), where the numerator group has a of n1 with the
 * outcome and the denominator group c of n2.
 *
 * Methods (formula and source in each file of `src/stats/ratio/`):
 * - `'koopman'` (default): Koopman 1984 asymptotic score interval (ratesci `scoreci(contrast = "RR",
 *   bcf = FALSE)`), recommended for all sample sizes by Fagerland, Lydersen and Laake 2015;
 * - `'miettinen-nurminen'`: the same score with the N/(N-1) variance correction (1985);
 * - `'katz-log'`: Katz 1978 Wald interval on the log scale; limits 0 and Infinity with a zero cell;
 * - `'adjusted-log'`: Katz after adding 1/2 to a, c, n1 and n2 (the reported ratio stays a/n1 ÷ c/n2).
 *   Its limits are always those of the adjusted table, as R's contingencytables gives them, zero
 *   cells included, so this interval need not contain the reported ratio (0/37 vs 0/3 at 95%:
 *   ratio `null`, limits 0.002165 to 4.0236; a = 0 gives ratio 0 with a positive lower limit;
 *   c = 0 gives ratio Infinity with a finite upper limit).
 *
 * Zero cells and empty groups (never NaN):
 * - a = 0 (c > 0): ratio 0, lower 0 (adjusted-log: its own, positive, lower limit);
 * - c = 0 (a > 0): ratio `Infinity` (a/n1 ÷ 0), upper `Infinity` (adjusted-log: its own, finite, upper limit);
 * - a = c = 0: ratio `null`, lower 0, upper `Infinity` (adjusted-log: the adjusted table's limits);
 * - a group with total 0: ratio `null`, lower 0, upper `Infinity` (every method).
 *
 * `significant` is true when the interval excludes 1 (false without a ratio); `nonAdverse` is true
 * when the ratio lies in [0.80, 1.25] (null without a ratio).
 *
 * @param groups - `{ focal: { count, total }, reference: { count, total } }`, whole numbers with count <= total.
 * @param options - `{ method, level, numerator }`.
 * @returns `{ ratio, lower, upper, method, level, numerator, significant, nonAdverse }`.
 * @throws {TypeError} when an argument has the wrong type (naming it).
 * @throws {RangeError} when a count or total is negative, fractional or NaN, a count exceeds its
 *   total, `level` is not strictly between 0 and 1 (or is above 0.9999999999999998, where the normal
 *   quantile is not finite), or `method`/`numerator` is unknown.
 * @example
 * relativeLikelihood({ focal: { count: 45, total: 100 }, reference: { count: 30, total: 100 } });
 * // { ratio: 1.5, lower: 1.04293343974583, upper: 2.18115087835889, method: 'koopman', level: 0.95,
 * //   numerator: 'focal', significant: true, nonAdverse: false }
 */
export function relativeLikelihood(groups: TwoGroups, options?: RelativeLikelihoodOptions): RelativeLikelihood {
  const { focal, reference } = checkTwoGroups(FN, groups);
  const settings = checkOptions(FN, options);
  const method = checkChoice(FN, 'method', settings['method'], METHODS);
  const level = checkLevel(FN, settings['level']);
  const numerator = checkChoice(FN, 'numerator', settings['numerator'], NUMERATORS);
  const [top, bottom] = numerator === 'focal' ? [focal, reference] : [reference, focal];
  const { count: a, total: n1 } = top;
  const { count: c, total: n2 } = bottom;
  if (n1 === 0 || n2 === 0) {
    return { ratio: null, lower: 0, upper: Infinity, method, level, numerator, significant: false, nonAdverse: null };
  }
  if (a === 0 && c === 0) {
    // SPEC 5 (amended): adjusted-log exists for zero cells, so it gives the adjusted table's Katz
    // limits here too; with no ratio, nothing is called significant.
    const limits = method === 'adjusted-log' ? adjustedLogLimits(a, n1, c, n2, criticalValue(FN, level)) : { lower: 0, upper: Infinity };
    return { ratio: null, ...limits, method, level, numerator, significant: false, nonAdverse: null };
  }
  const ratio = c === 0 ? Infinity : (a * n2) / (c * n1);
  const { lower, upper } = ratioLimits(method, a, n1, c, n2, criticalValue(FN, level));
  return {
    ratio,
    lower,
    upper,
    method,
    level,
    numerator,
    significant: lower > 1 || upper < 1,
    nonAdverse: ratio >= NON_ADVERSE_LOW && ratio <= NON_ADVERSE_HIGH,
  };
}

function ratioLimits(method: RatioMethod, a: number, n1: number, c: number, n2: number, z: number): Limits {
  switch (method) {
    case 'koopman':
      return ratioScoreLimits(a, n1, c, n2, z, false);
    case 'miettinen-nurminen':
      return ratioScoreLimits(a, n1, c, n2, z, true);
    case 'katz-log':
      return katzLogLimits(a, n1, c, n2, z);
    case 'adjusted-log':
      return adjustedLogLimits(a, n1, c, n2, z);
  }
}
