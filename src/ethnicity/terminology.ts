/**
 * The label of the focal group in every sentence the library writes. Councils choose their own
 * term (SPEC section 2); these are the common ones.
 *
 * @module
 */

/**
 * The current SC-WRES wording, the default label of the focal group (option `ethnicity.terminology`).
 *
 * @example
 * DEFAULT_TERMINOLOGY; // 'minority ethnic'
 */
export const DEFAULT_TERMINOLOGY = 'minority ethnic';

/**
 * Preset labels for the focal group (option `ethnicity.terminology`); any other non-blank string is
 * allowed too.
 *
 * @example
 * TERMINOLOGY_PRESETS; // ['minority ethnic', 'Black, Asian and minority ethnic', 'Global Majority', 'BAME']
 * const report = computeReport(
 *   { staff: [{ id: 's1', ethnicity: 'Indian' }] },
 *   { period: { start: '2024-04-01', end: '2025-03-31' }, ethnicity: { terminology: TERMINOLOGY_PRESETS[2] } },
 * );
 * report.options.terminology; // 'Global Majority' (and every sentence of renderMarkdown(report) uses it)
 */
export const TERMINOLOGY_PRESETS = [
  'minority ethnic',
  'Black, Asian and minority ethnic',
  'Global Majority',
  'BAME',
] as const;

/** One of {@link TERMINOLOGY_PRESETS}. */
export type TerminologyPreset = (typeof TERMINOLOGY_PRESETS)[number];
