/**
 * Numbers as text, the same everywhere (no locale): rounded half-up from the value's decimal
 * digits, thousands separated by commas, negatives with an ASCII hyphen-minus (which spreadsheets
 * read as a number, unlike U+2212). Shared by the sentences of the metrics and by every renderer.
 *
 * @module
 */

/** Decimal places of ratios and of percentages (and percentage points) in text outputs. */
export interface Precision {
  /** Decimals of relative likelihoods and their limits; default 2. */
  ratio: number;
  /** Decimals of percentages and percentage points; default 1. */
  percent: number;
}

/** Two decimals for ratios, one for percentages, as the national SC-WRES report prints them. */
export const DEFAULT_PRECISION: Readonly<Precision> = Object.freeze({ ratio: 2, percent: 1 });

/**
 * The decimal digits of |value| × 10^shift, read from the value's 15 significant digits, so that
 * the floating-point noise of a division (201/200 stored as 1.00499999999999989...) is gone before
 * rounding: what is rounded is the exact quotient as far as 15 digits can tell.
 */
function decimalDigits(value: number, shift: number): { digits: string; point: number } {
  const [mantissa, exponentText] = Math.abs(value).toPrecision(15).split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole, fraction = ''] = (mantissa as string).split('.');
  const digits = `${whole}${fraction}`;
  return { digits, point: (whole as string).length + exponent + shift };
}

/**
 * Rounds half-up (half away from zero) to `decimals` places from the value's decimal digits.
 *
 * @param value A finite number.
 * @param decimals Decimal places, 0 or more.
 * @param shift Powers of ten to multiply by first, exactly (2 turns a proportion into a percentage).
 * @returns Plain digits with a `.` and an optional leading `-`; no separators. Never `-0`.
 */
export function roundHalfUp(value: number, decimals: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`roundHalfUp: ${value} is not finite`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError(`roundHalfUp: decimals must be a whole number from 0 to 20 (got ${decimals})`);
  if (value === 0) return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  const { digits, point } = decimalDigits(value, shift);
  // Pad so that the kept digits and the rounding digit exist.
  const keep = point + decimals;
  let padded = digits;
  let start = 0;
  if (point < 1) {
    padded = `${'0'.repeat(1 - point)}${padded}`;
    start = 1 - point;
  }
  const keptLength = keep + start;
  if (keptLength < 0) return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  padded = padded.padEnd(keptLength + 1, '0');
  const roundUp = Number(padded[keptLength]) >= 5;
  const kept = padded.slice(0, keptLength).split('').map(Number);
  if (roundUp) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) {
      kept[i] = 0;
      i -= 1;
    }
    if (i >= 0) kept[i] = (kept[i] as number) + 1;
    else kept.unshift(1);
  }
  let text = kept.join('');
  const wholeLength = text.length - decimals;
  const whole = (wholeLength > 0 ? text.slice(0, wholeLength) : '0').replace(/^0+(?=\d)/, '');
  const fraction = decimals > 0 ? text.slice(Math.max(wholeLength, 0)).padStart(decimals, '0') : '';
  text = fraction === '' ? whole : `${whole}.${fraction}`;
  const isZero = /^[0.]*$/.test(text);
  return value < 0 && !isZero ? `-${text}` : text;
}

/**
 * Commas between groups of three digits in the whole part: `1234567.5` becomes `1,234,567.5`.
 *
 * @example
 * thousands('-1234.50'); // '-1,234.50'
 */
export function thousands(text: string): string {
  const match = /^(-?)(\d+)(.*)$/.exec(text);
  if (!match) return text;
  return `${match[1]}${(match[2] as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${match[3]}`;
}

/**
 * A number for people: rounded half-up, with thousands separators and an ASCII minus sign;
 * `infinity` / `-infinity` for unbounded values.
 *
 * @param value Any number.
 * @param decimals Decimal places.
 * @returns For example `1,234.57`.
 * @example
 * formatNumber(1234.5678, 2); // '1,234.57'
 * formatNumber(201 / 200, 2); // '1.01'
 * formatNumber(-0.004, 2);    // '0.00'
 */
export function formatNumber(value: number, decimals: number): string {
  if (value === Infinity) return 'infinity';
  if (value === -Infinity) return '-infinity';
  if (Number.isNaN(value)) return 'not a number';
  return thousands(roundHalfUp(value, decimals));
}

/**
 * A count: a whole number with thousands separators.
 *
 * @example
 * formatCount(12345); // '12,345'
 */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/**
 * A proportion (0 to 1) as a percentage, rounded half-up from the exact value.
 *
 * @example
 * formatPercent(247 / 2000, 1); // '12.4%'
 * formatPercent(0.5, 0);        // '50%'
 */
export function formatPercent(proportion: number, decimals: number = DEFAULT_PRECISION.percent): string {
  if (!Number.isFinite(proportion)) return formatNumber(proportion, decimals);
  return `${thousands(roundHalfUp(proportion, decimals, 2))}%`;
}

/**
 * A difference of proportions (0.032) in signed percentage points, without the unit: `+3.2`,
 * `-10.0`, and `0.0` with no sign when it rounds to zero.
 *
 * @example
 * formatPoints(0.032, 1); // '+3.2'
 * formatPoints(-0.1, 1);  // '-10.0'
 */
export function formatPoints(difference: number, decimals: number = DEFAULT_PRECISION.percent): string {
  if (!Number.isFinite(difference)) return formatNumber(difference, decimals);
  const text = thousands(roundHalfUp(difference, decimals, 2));
  return difference > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * A ratio or limit: `decimals` places, or two significant figures when rounding would show a
 * non-zero ratio as zero (0.0043 stays `0.0043`); `infinity` for an unbounded limit.
 *
 * @example
 * formatRatio(201 / 200, 2); // '1.01'
 * formatRatio(0.0043, 2);    // '0.0043'
 */
export function formatRatio(value: number, decimals: number = DEFAULT_PRECISION.ratio): string {
  if (!Number.isFinite(value)) return formatNumber(value, decimals);
  const text = formatNumber(value, decimals);
  if (value !== 0 && !/[1-9]/.test(text)) return roundHalfUp(Number(value.toPrecision(2)), Math.max(decimals, 1 - Math.floor(Math.log10(Math.abs(value)))));
  return text;
}
