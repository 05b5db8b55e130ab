import { checkChoice, checkCount, checkLevel, checkOptions, checkTotal } from '../arguments.js';
import { criticalValue } from '../normal-quantile.js';
import type { ProportionEstimate, ProportionMethod } from '../types.js';
import { agrestiCoullLimits } from './agresti-coull.js';
import { clopperPearsonLimits } from './clopper-pearson.js';
import { jeffreysLimits } from './jeffreys.js';
import type { Limits } from './limits.js';
import { wilsonLimits } from './wilson.js';

const FN = 'proportionInterval';
const METHODS = ['wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull'] as const satisfies readonly ProportionMethod[];

/** Options of {@link proportionInterval}. */
export interface ProportionIntervalOptions {
  /** Interval method; default `'wilson'`. */
  method?: ProportionMethod | undefined;
  /** Confidence level strictly between 0 and 1; default 0.95. */
  level?: number | undefined;
}

/**
 * A proportion `count / total` with its confidence interval.
 *
 * Methods (each documented with its formula and source in `src/stats/proportion/`):
 * - `'wilson'` (default): Wilson 1927 score interval;
 * - `'clopper-pearson'`: Clopper and Pearson 1934 exact interval from beta quantiles;
 * - `'jeffreys'`: equal-tailed beta(x + 1/2, n - x + 1/2) interval, 0 at x = 0 and 1 at x = n;
 * - `'agresti-coull'`: Agresti and Coull 1998, Wald interval around (x + z²/2)/(n + z²), truncated to [0, 1].
 *
 * With `total` 0 there is no proportion: the result has `proportion: null`, `lower: 0` and
 * `upper: 1` (every proportion is consistent with no data).
 *
 * @param count - People with the outcome: a whole number from 0 to `total`.
 * @param total - People in the group: a whole number, 0 or more.
 * @param options - `{ method, level }`.
 * @returns `{ proportion, lower, upper, method, level }`.
 * @throws {TypeError} when an argument has the wrong type (naming it).
 * @throws {RangeError} when `count` or `total` is negative, fractional or NaN, `count > total`,
 *   `level` is not strictly between 0 and 1, or `method` is unknown.
 * @example
 * proportionInterval(45, 100);
 * // { proportion: 0.45, lower: 0.35614537979512, upper: 0.547553970025579, method: 'wilson', level: 0.95 }
 * proportionInterval(0, 0); // { proportion: null, lower: 0, upper: 1, method: 'wilson', level: 0.95 }
 */
export function proportionInterval(count: number, total: number, options?: ProportionIntervalOptions): ProportionEstimate {
  const checkedTotal = checkTotal(FN, 'total', total);
  const checkedCount = checkCount(FN, 'count', count, 'total', checkedTotal);
  const settings = checkOptions(FN, options);
  const method = checkChoice(FN, 'method', settings['method'], METHODS);
  const level = checkLevel(FN, settings['level']);
  if (checkedTotal === 0) return { proportion: null, lower: 0, upper: 1, method, level };
  const limits = proportionLimits(method, checkedCount, checkedTotal, level);
  return { proportion: checkedCount / checkedTotal, lower: limits.lower, upper: limits.upper, method, level };
}

function proportionLimits(method: ProportionMethod, count: number, total: number, level: number): Limits {
  switch (method) {
    case 'wilson':
      return wilsonLimits(count, total, criticalValue(FN, level));
    case 'clopper-pearson':
      return clopperPearsonLimits(count, total, 1 - level);
    case 'jeffreys':
      return jeffreysLimits(count, total, 1 - level);
    case 'agresti-coull':
      return agrestiCoullLimits(count, total, criticalValue(FN, level));
  }
}
