import type { Suppressed } from '../model/report.js';

/**
 * The one sentence every withheld value of a published report carries (SPEC 8a: the same code and
 * the same reason, whatever rule withheld it).
 *
 * @example
 * WITHHELD_REASON; // 'Withheld to protect a small number of people.'
 */
export const WITHHELD_REASON = 'Withheld to protect a small number of people.';

/**
 * A withheld value, in the pinned shape `{ suppressed: true, code: 'withheld', reason }`.
 *
 * @returns A new {@link Suppressed} object.
 * @example
 * suppressed(); // { suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' }
 */
export function suppressed(): Suppressed {
  return { suppressed: true, code: 'withheld', reason: WITHHELD_REASON };
}

/**
 * Whether a value of a published report is a withheld number.
 *
 * @param value Any value from a report.
 * @returns True for a {@link Suppressed} object.
 * @example
 * isSuppressed(0);                                             // false
 * isSuppressed({ suppressed: true, code: 'withheld', reason: '' }); // true
 */
export function isSuppressed(value: unknown): value is Suppressed {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { suppressed?: unknown }).suppressed === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * Rounds a count to the nearest multiple of `base`, halves upwards (12.5 -> 15 for base 5), as
 * ONS and NHS Digital round published counts.
 *
 * @param value A non-negative count.
 * @param base The rounding base (a positive integer).
 * @returns The rounded count.
 * @example
 * roundToBase(12, 5); // 10
 * roundToBase(13, 5); // 15
 * roundToBase(0, 5);  // 0
 */
export function roundToBase(value: number, base: number): number {
  return Math.floor(value / base + 0.5) * base;
}

