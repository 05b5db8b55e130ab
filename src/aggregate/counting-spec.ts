/**
 * The record pass's settings as plain data, so that another thread can count records by the same
 * rules: the fast file path's worker counts its part of the staff file by them.
 *
 * @module
 */
import { createEthnicityClassifier } from '../ethnicity/index.js';
import type { BandRule } from './bands.js';
import type { CountingOptions } from './record-counter.js';

/** The record pass's settings as plain data ({@link countingOptionsOf} makes the settings from it). */
export interface CountingSpec {
  period: CountingOptions['period'];
  population: CountingOptions['population'];
  service: string | undefined;
  bands: BandRule;
  /** How ethnicity values are classified. */
  ethnicity: { whiteMinorities: 'white' | 'minority'; mapping?: Record<string, string> };
}

/**
 * The record pass's settings of a {@link CountingSpec}: a fresh classifier for each source.
 *
 * @throws {WresInputError} When the ethnicity mapping is invalid (one classifier is built at once, so it is said before any counting).
 */
export function countingOptionsOf(spec: CountingSpec): CountingOptions {
  const classifierOptions = spec.ethnicity;
  createEthnicityClassifier(classifierOptions);
  return {
    period: spec.period,
    population: spec.population,
    service: spec.service,
    bands: spec.bands,
    classifier: () => {
      const classifier = createEthnicityClassifier(classifierOptions);
      return (value) => classifier.classify(value);
    },
  };
}
