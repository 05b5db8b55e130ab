/**
 * Ethnicity classification: ONS 2021 and 2011 categories, NHS ethnic category codes, common HR
 * spellings, custom mappings, and the focal group's terminology.
 *
 * @module
 */
export { classifyEthnicity, createEthnicityClassifier } from './classify.js';
export type {
  ComparisonGroup,
  EthnicityClassification,
  EthnicityClassifier,
  EthnicityOptions,
} from './classify.js';
export {
  ONS_2021_CATEGORIES,
  ONS_2011_CATEGORIES,
  NHS_ETHNIC_CATEGORY_CODES,
  GROUP_CATEGORIES,
  UNKNOWN_CATEGORY,
  WHITE_BRITISH,
  normaliseEthnicity,
} from './tables.js';
export type { BroadGroup } from './tables.js';
export { DEFAULT_TERMINOLOGY, TERMINOLOGY_PRESETS } from './terminology.js';
export type { TerminologyPreset } from './terminology.js';
