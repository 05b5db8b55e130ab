/**
 * Argument checks shared by the statistics functions. Every message names the public function
 * and the argument, so a caller can see at once which value was wrong and why.
 *
 * Wrong types (a string where a number belongs, a missing object) throw `TypeError`; values of
 * the right type that are out of range (negative, fractional, NaN, a count above its total, a
 * level outside (0, 1), an unknown method name) throw `RangeError`.
 *
 * @module
 */
import { MAX_LEVEL } from './level.js';
import type { CountOf } from './types.js';

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Checks a total: a whole number from 0 up to `Number.MAX_SAFE_INTEGER`.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} when `value` is negative, fractional, NaN or infinite.
 */
export function checkTotal(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${name} must be a number (got ${describe(value)})`);
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${fn}: ${name} must be a whole number of 0 or more (got ${describe(value)})`);
  }
  return value;
}

/**
 * Checks a count against its (already checked) total: a whole number from 0 to `total`.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} when `value` is negative, fractional, NaN or larger than `total`.
 */
export function checkCount(fn: string, name: string, value: unknown, totalName: string, total: number): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${name} must be a number (got ${describe(value)})`);
  }
  if (!Number.isInteger(value) || value < 0 || value > total) {
    throw new RangeError(
      `${fn}: ${name} must be a whole number from 0 to ${totalName} (got ${describe(value)}; ${totalName} is ${total})`,
    );
  }
  return value;
}

/**
 * Checks a `{ count, total }` group named `name` (for example `focal`) and returns a copy.
 *
 * @throws {TypeError} when the group is not an object or a field is not a number.
 * @throws {RangeError} when a field is out of range.
 */
export function checkGroup(fn: string, name: string, group: unknown): CountOf {
  if (typeof group !== 'object' || group === null || Array.isArray(group)) {
    throw new TypeError(`${fn}: ${name} must be an object { count, total } (got ${describe(group)})`);
  }
  const { count, total } = group as Record<string, unknown>;
  const checkedTotal = checkTotal(fn, `${name}.total`, total);
  const checkedCount = checkCount(fn, `${name}.count`, count, `${name}.total`, checkedTotal);
  return { count: checkedCount, total: checkedTotal };
}

/**
 * Checks that the two-group argument is an object holding `focal` and `reference` groups.
 *
 * @throws {TypeError} when it is not an object, or a group is malformed.
 * @throws {RangeError} when a count or total is out of range.
 */
export function checkTwoGroups(fn: string, groups: unknown): { focal: CountOf; reference: CountOf } {
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) {
    throw new TypeError(`${fn}: the first argument must be an object { focal, reference } (got ${describe(groups)})`);
  }
  const { focal, reference } = groups as Record<string, unknown>;
  return { focal: checkGroup(fn, 'focal', focal), reference: checkGroup(fn, 'reference', reference) };
}

/**
 * Checks the options argument: `undefined` or a plain object. Returns it as a record.
 *
 * @throws {TypeError} when options is given but is not an object.
 */
export function checkOptions(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object (got ${describe(options)})`);
  }
  return options as Record<string, unknown>;
}


/**
 * Checks a confidence level: a number strictly between 0 and 1, at most `MAX_LEVEL`.
 * `undefined` gives 0.95.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} when `value` is NaN, not strictly between 0 and 1, or above `MAX_LEVEL`.
 */
export function checkLevel(fn: string, value: unknown): number {
  if (value === undefined) return 0.95;
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: level must be a number (got ${describe(value)})`);
  }
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`${fn}: level must be a number strictly between 0 and 1 (got ${describe(value)})`);
  }
  if (value > MAX_LEVEL) {
    throw new RangeError(`${fn}: level ${String(value)} is too close to 1 for its normal quantile to be finite (the highest is ${String(MAX_LEVEL)})`);
  }
  return value;
}

/**
 * Checks that `value` is one of `allowed` (the first is the default when `value` is `undefined`).
 *
 * @throws {TypeError} when `value` is not a string.
 * @throws {RangeError} when `value` is not one of `allowed`.
 */
export function checkChoice<T extends string>(fn: string, name: string, value: unknown, allowed: readonly [T, ...T[]]): T {
  if (value === undefined) return allowed[0];
  const list = allowed.map((choice) => `'${choice}'`).join(', ');
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: ${name} must be one of ${list} (got ${describe(value)})`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${fn}: ${name} must be one of ${list} (got ${describe(value)})`);
  }
  return value as T;
}
