import type { Suppressed, SuppressionCode } from '../model/report.js';

/**
 * The sentence that goes with each reason code, for a given threshold.
 *
 * @param code The reason code.
 * @param threshold The policy's threshold.
 * @returns A sentence for people reading the report.
 * @example
 * suppressionReason('small-count', 10); // 'Withheld: fewer than 10 people (and not zero).'
 */
export function suppressionReason(code: SuppressionCode, threshold: number): string {
  switch (code) {
    case 'small-count':
      return threshold > 1
        ? `Withheld: fewer than ${threshold} people (and not zero).`
        : 'Withheld: zero counts are withheld by this policy.';
    case 'small-complement':
      return `Withheld: publishing it would show that fewer than ${threshold} people of the group did not have the outcome.`;
    case 'secondary':
      return 'Withheld so that another withheld number cannot be worked out from the totals.';
    case 'derived':
      return 'Withheld because it is calculated from a withheld number.';
  }
}

/**
 * A withheld value, in the pinned shape `{ suppressed: true, code, reason }`.
 *
 * @param code Why it is withheld.
 * @param threshold The policy's threshold (used in the sentence).
 * @returns A new {@link Suppressed} object.
 * @example
 * suppressed('derived', 10); // { suppressed: true, code: 'derived', reason: 'Withheld because it is calculated from a withheld number.' }
 */
export function suppressed(code: SuppressionCode, threshold: number): Suppressed {
  return { suppressed: true, code, reason: suppressionReason(code, threshold) };
}

/**
 * Whether a value of a published report is a withheld number.
 *
 * @param value Any value from a report.
 * @returns True for a {@link Suppressed} object.
 * @example
 * isSuppressed(0);                                             // false
 * isSuppressed({ suppressed: true, code: 'secondary', reason: '' }); // true
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

