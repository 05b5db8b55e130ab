import { FOCAL_ON_TOP, STAFF_POPULATION, type MetricDefinition } from './definition.js';

/** Metric 8: leaving the organisation (end date within the period). */
export const leftOrganisationMetric: MetricDefinition = {
  number: 8,
  id: 'sc-wres-8',
  title: 'Relative likelihood of leaving the organisation',
  source: 'staff',
  population: STAFF_POPULATION,
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'left-organisation',
    people: 'staff',
    outcome: 'to leave the organisation',
    numerator: FOCAL_ON_TOP,
    outcomePast: 'left the organisation',
    direction: 'bad',
  }],
  noDataReason: 'No staff records.',
};
