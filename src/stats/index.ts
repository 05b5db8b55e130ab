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
export { chiSquareUpperTail } from './chi-square.js';
export { logRelativeLikelihoodEstimate } from './pooling/log-relative-likelihood.js';
export type { LogRatioEstimate } from './pooling/log-relative-likelihood.js';
export { mantelHaenszelRatio } from './pooling/mantel-haenszel.js';
export type { PooledRatio } from './pooling/mantel-haenszel.js';
export { derSimonianLaird } from './pooling/dersimonian-laird.js';
export type { Heterogeneity, RandomEffectsRatio } from './pooling/dersimonian-laird.js';
export { funnelPosition } from './pooling/funnel-position.js';
export type { FunnelPosition } from './pooling/funnel-position.js';
