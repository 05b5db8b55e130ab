import type { MetricDefinition } from './definition.js';
import { payBandsMetric } from './sc-wres-1.js';
import { appointedFromShortlistingMetric } from './sc-wres-2.js';
import { enteredDisciplinaryMetric } from './sc-wres-3.js';
import { fitnessToPractiseMetric } from './sc-wres-4.js';
import { accessedFundedCpdMetric } from './sc-wres-5.js';
import { harassmentFromPublicMetric } from './sc-wres-6.js';
import { harassmentFromStaffMetric } from './sc-wres-7.js';
import { leftOrganisationMetric } from './sc-wres-8.js';
import { seniorManagementMetric } from './sc-wres-9.js';

/**
 * The nine SC-WRES metrics, in order. Reports are assembled from these definitions.
 *
 * @example
 * METRICS.map((metric) => metric.id); // ['sc-wres-1', ..., 'sc-wres-9']
 */
export const METRICS: readonly MetricDefinition[] = [
  payBandsMetric,
  appointedFromShortlistingMetric,
  enteredDisciplinaryMetric,
  fitnessToPractiseMetric,
  accessedFundedCpdMetric,
  harassmentFromPublicMetric,
  harassmentFromStaffMetric,
  leftOrganisationMetric,
  seniorManagementMetric,
];
