/**
 * The statistics layer: proportions, relative likelihoods (risk ratios) and differences of
 * proportions, each with a confidence interval. It knows nothing of WRES.
 *
 * @module
 */
export { normalQuantile } from './normal-quantile.js';
export { proportionInterval } from './proportion/proportion-interval.js';
export type { ProportionIntervalOptions } from './proportion/proportion-interval.js';
export { relativeLikelihood } from './ratio/relative-likelihood.js';
export type { RelativeLikelihoodOptions } from './ratio/relative-likelihood.js';
export { proportionDifference } from './difference/proportion-difference.js';
export type { ProportionDifferenceOptions } from './difference/proportion-difference.js';
export type * from './types.js';
