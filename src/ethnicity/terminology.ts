/**
 * The label of the focal group in every sentence the library writes. Councils choose their own
 * term (SPEC section 2); these are the common ones.
 *
 * @module
 */

/** The current SC-WRES wording, the default. */
export const DEFAULT_TERMINOLOGY = 'minority ethnic';

/** Preset labels for the focal group; any other string is allowed too. */
export const TERMINOLOGY_PRESETS = [
  'minority ethnic',
  'Black, Asian and minority ethnic',
  'Global Majority',
  'BAME',
] as const;

/** One of {@link TERMINOLOGY_PRESETS}. */
export type TerminologyPreset = (typeof TERMINOLOGY_PRESETS)[number];
