import { checkChoice, checkLevel, checkOptions, checkTwoGroups } from '../arguments.js';
import { criticalValue } from '../normal-quantile.js';
import type { DifferenceMethod, ProportionDifference, TwoGroups } from '../types.js';
import { differenceScoreLimits } from './miettinen-nurminen.js';
import { newcombeLimits } from './newcombe.js';

const FN = 'proportionDifference';
const METHODS = ['newcombe', 'miettinen-nurminen'] as const satisfies readonly DifferenceMethod[];

/** Options of {@link proportionDifference}. */
export interface ProportionDifferenceOptions {
  /** Interval method; default `'newcombe'`. */
  method?: DifferenceMethod | undefined;
  /** Confidence level strictly between 0 and 1; default 0.95. */
  level?: number | undefined;
}

/**
 * The difference between two proportions, focal minus reference (a/n1 - c/n2, as a fraction:
 * multiply by 100 for percentage points), with a confidence interval.
 *
 * Methods (formula and source in `src/stats/difference/`):
 * - `'newcombe'` (default): Newcombe 1998 hybrid score interval (method 10) from Wilson limits;
 * - `'miettinen-nurminen'`: Miettinen and Nurminen 1985 score interval with the N/(N-1) correction.
 *
 * With a group of total 0 there is no difference: `value: null`, `lower: -1`, `upper: 1`.
 *
 * @param groups - `{ focal: { count, total }, reference: { count, total } }`.
 * @param options - `{ method, level }`.
 * @returns `{ value, lower, upper, method, level }`.
 * @throws {TypeError} when an argument has the wrong type (naming it).
 * @throws {RangeError} when a count or total is negative, fractional or NaN, a count exceeds its
 *   total, `level` is not strictly between 0 and 1, or `method` is unknown.
 * @example
 * proportionDifference({ focal: { count: 45, total: 100 }, reference: { count: 30, total: 100 } });
 * // { value: 0.15, lower: 0.0158521950681227, upper: 0.276830853919625, method: 'newcombe', level: 0.95 }
 */
export function proportionDifference(groups: TwoGroups, options?: ProportionDifferenceOptions): ProportionDifference {
  const { focal, reference } = checkTwoGroups(FN, groups);
  const settings = checkOptions(FN, options);
  const method = checkChoice(FN, 'method', settings['method'], METHODS);
  const level = checkLevel(FN, settings['level']);
  if (focal.total === 0 || reference.total === 0) return { value: null, lower: -1, upper: 1, method, level };
  const z = criticalValue(FN, level);
  const args = [focal.count, focal.total, reference.count, reference.total, z] as const;
  const { lower, upper } = method === 'newcombe' ? newcombeLimits(...args) : differenceScoreLimits(...args);
  return { value: focal.count / focal.total - reference.count / reference.total, lower, upper, method, level };
}
