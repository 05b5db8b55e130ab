import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * The upper tail of the chi-square distribution, R's `pchisq(q, df, lower.tail = FALSE)`: the
 * p-value of Cochran's Q on `df` degrees of freedom.
 *
 * It is the regularised upper incomplete gamma function Q(df / 2, q / 2), evaluated by
 * `@stdlib/math-base-special-gammainc` (a port of Boost's `gamma_q`), which keeps its relative
 * accuracy far into the tail, where `1 - pchisq(q, df)` would round to 0.
 *
 * @param q - The statistic, 0 or more.
 * @param df - Degrees of freedom, more than 0.
 * @returns P(X >= q) for X ~ chi-square(df).
 * @throws {RangeError} when `q` is negative or NaN, or `df` is not positive.
 * @example
 * chiSquareUpperTail(50, 10); // 2.669083e-7 (R: pchisq(50, 10, lower.tail = FALSE) = 2.669083e-07)
 */
export function chiSquareUpperTail(q: number, df: number): number {
  if (!(q >= 0)) throw new RangeError(`chiSquareUpperTail: q must be 0 or more (got ${String(q)})`);
  if (!(df > 0)) throw new RangeError(`chiSquareUpperTail: df must be more than 0 (got ${String(df)})`);
  if (q === Infinity) return 0;
  return gammainc(q / 2, df / 2, true, true);
}
