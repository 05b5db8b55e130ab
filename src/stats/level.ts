/**
 * Confidence levels: the highest usable one, and a level in words.
 *
 * @module
 */

/**
 * The highest confidence level whose two-sided critical value is finite: `1 - 2^-52`
 * (0.9999999999999998). Above it, `1 - (1 - level) / 2` rounds to 1 in double precision and the
 * normal quantile is Infinity, so every interval would be NaN or unbounded.
 *
 * @example
 * MAX_LEVEL; // 0.9999999999999998
 */
export const MAX_LEVEL = 1 - 2 ** -52;

/**
 * A confidence level as a percentage, exactly as given: the level's shortest decimal with the
 * point moved two places, so a level close to 1 never rounds to "100%".
 *
 * @param level A confidence level in (0, 1).
 * @returns For example `95%`, `99.999995%`.
 * @example
 * levelPercent(0.95);       // '95%'
 * levelPercent(0.99999995); // '99.999995%'
 * levelPercent(0.999);      // '99.9%'
 */
export function levelPercent(level: number): string {
  const text = String(level);
  const match = /^0\.(\d+)$/.exec(text);
  if (match === null) return `${Number((level * 100).toPrecision(15))}%`;
  const digits = match[1]!;
  const whole = Number(digits.slice(0, 2).padEnd(2, '0'));
  const fraction = digits.slice(2);
  return `${whole}${fraction === '' ? '' : `.${fraction}`}%`;
}
