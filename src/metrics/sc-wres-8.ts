import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 8: leaving the organisation (end date within the period). */
export const leftOrganisationMetric: MetricDefinition = {
  number: 8,
  id: 'sc-wres-8',
  title: 'Relative likelihood of leaving the organisation',
  source: 'staff',
  population: {
    atRisk: 'directly employed staff employed at any time in the period',
    snapshot: 'directly employed staff in post on the last day of the period',
  },
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'left-organisation',
    people: 'staff',
    outcome: 'to leave the organisation',
    numerator: FOCAL_ON_TOP,
  }],
  noDataReason: 'No staff records.',
};
