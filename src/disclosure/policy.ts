import { unknownKeyMessage, WresInputError, type InputIssue } from '../errors.js';
import { roundToBase } from './suppressed.js';
import type { DisclosurePolicy, PresetName, ResolvedPolicy } from './types.js';

/**
 * The built-in policies (SPEC section 8).
 * - `sc-wres-publication`: counts 1 to 9 withheld, complements checked, secondary suppression, no rounding.
 * - `ons-10-5`: counts 1 to 9 withheld, published counts rounded to the nearest 5.
 * - `nhs-digital`: counts 1 to 7 withheld (threshold 8), published counts rounded to the nearest 5.
 * - `none`: nothing withheld (threshold 1: no positive count is below it).
 *
 * @example
 * DISCLOSURE_PRESETS['ons-10-5'].rounding;    // 5
 * DISCLOSURE_PRESETS['nhs-digital'].threshold; // 8
 * Object.keys(DISCLOSURE_PRESETS);            // ['sc-wres-publication', 'ons-10-5', 'nhs-digital', 'none']
 */
export const DISCLOSURE_PRESETS: Readonly<Record<PresetName, Readonly<ResolvedPolicy>>> = Object.freeze({
  'sc-wres-publication': Object.freeze({
    name: 'sc-wres-publication',
    threshold: 10,
    suppressZeros: false,
    complements: true,
    secondary: true,
    rounding: null,
  }),
  'ons-10-5': Object.freeze({
    name: 'ons-10-5',
    threshold: 10,
    suppressZeros: false,
    complements: true,
    secondary: true,
    rounding: 5,
  }),
  'nhs-digital': Object.freeze({
    name: 'nhs-digital',
    threshold: 8,
    suppressZeros: false,
    complements: true,
    secondary: true,
    rounding: 5,
  }),
  none: Object.freeze({
    name: 'none',
    threshold: 1,
    suppressZeros: false,
    complements: false,
    secondary: false,
    rounding: null,
  }),
});

const POLICY_KEYS = ['name', 'threshold', 'suppressZeros', 'complements', 'secondary', 'rounding'] as const;

/** The smallest threshold at or above `threshold` that rounding to `base` never publishes below itself. */
function nextSafeThreshold(threshold: number, base: number): number {
  let t = threshold;
  while (roundToBase(t, base) < t) t += 1;
  return t;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Turns a preset name or a custom policy into a policy with every field filled in.
 *
 * Custom policies take the defaults of {@link DisclosurePolicy}: name `'custom'`, threshold 10,
 * zeros shown, complements checked, secondary suppression on, no rounding.
 *
 * @param policy A preset name (`'sc-wres-publication'`, `'ons-10-5'`, `'nhs-digital'`, `'none'`) or a policy object.
 * @returns A new, complete policy object.
 * @throws {WresInputError} (source `'options'`, field `disclosure.<key>`) for an unknown preset, an unknown
 *   key, a threshold or rounding base that is not a positive integer, or a flag that is not a boolean;
 *   every problem is listed.
 * @example
 * resolvePolicy('nhs-digital').threshold;  // 8
 * resolvePolicy({ threshold: 5 });         // { name: 'custom', threshold: 5, suppressZeros: false, complements: true, secondary: true, rounding: null }
 */
export function resolvePolicy(policy: PresetName | DisclosurePolicy): ResolvedPolicy {
  if (typeof policy === 'string') {
    const preset = (DISCLOSURE_PRESETS as Record<string, ResolvedPolicy | undefined>)[policy];
    if (preset === undefined || !Object.hasOwn(DISCLOSURE_PRESETS, policy)) {
      throw new WresInputError([
        {
          source: 'options',
          field: 'disclosure',
          value: policy,
          message: `is not a disclosure preset (use one of ${Object.keys(DISCLOSURE_PRESETS).join(', ')}, or a policy object)`,
        },
      ]);
    }
    return { ...preset };
  }
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
    throw new WresInputError([
      {
        source: 'options',
        field: 'disclosure',
        value: policy,
        message: 'must be a preset name or a policy object',
      },
    ]);
  }
  const issues: InputIssue[] = [];
  const record = policy as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      issues.push({
        source: 'options',
        field: `disclosure.${key}`,
        message: unknownKeyMessage(key, POLICY_KEYS, 'disclosure policy setting'),
      });
    }
  }
  const { name, threshold, suppressZeros, complements, secondary, rounding } = record;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    issues.push({ source: 'options', field: 'disclosure.name', value: name, message: 'must be a non-empty string' });
  }
  if (threshold !== undefined && !isPositiveInteger(threshold)) {
    issues.push({
      source: 'options',
      field: 'disclosure.threshold',
      value: threshold,
      message: 'must be a positive whole number (counts below it are withheld)',
    });
  }
  if (rounding !== undefined && rounding !== null && !isPositiveInteger(rounding)) {
    issues.push({
      source: 'options',
      field: 'disclosure.rounding',
      value: rounding,
      message: 'must be a positive whole number (the rounding base, e.g. 5) or null',
    });
  }
  for (const [key, flag] of [
    ['suppressZeros', suppressZeros],
    ['complements', complements],
    ['secondary', secondary],
  ] as const) {
    if (flag !== undefined && typeof flag !== 'boolean') {
      issues.push({ source: 'options', field: `disclosure.${key}`, value: flag, message: 'must be true or false' });
    }
  }
  const base = isPositiveInteger(rounding) ? rounding : null;
  const limit = isPositiveInteger(threshold) ? threshold : 10;
  if (base !== null && limit > 1 && roundToBase(limit, base) < limit) {
    // Rounding must never publish a count at or above the threshold as a number below it: threshold
    // 6 with rounding 5 would show 6 or 7 people as "5", and threshold 2 with rounding 5 a 2 as "0".
    issues.push({
      source: 'options',
      field: 'disclosure.rounding',
      value: base,
      message: `would publish a count of ${limit} (the threshold) as ${roundToBase(limit, base)}, below the threshold: choose a threshold that rounds to itself or above (${nextSafeThreshold(limit, base)} with rounding ${base}), or a smaller rounding base`,
    });
  }
  if (issues.length > 0) throw new WresInputError(issues);
  return {
    name: (name as string | undefined) ?? 'custom',
    threshold: (threshold as number | undefined) ?? 10,
    suppressZeros: (suppressZeros as boolean | undefined) ?? false,
    complements: (complements as boolean | undefined) ?? true,
    secondary: (secondary as boolean | undefined) ?? true,
    rounding: (rounding as number | null | undefined) ?? null,
  };
}
