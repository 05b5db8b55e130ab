import { REVERSED_IN_NHS_WRES, STAFF_POPULATION, type MetricDefinition } from './definition.js';

/** Metric 5: access to funded non-mandatory continuing professional development. */
export const accessedFundedCpdMetric: MetricDefinition = {
  number: 5,
  id: 'sc-wres-5',
  title: 'Relative likelihood of accessing funded non-mandatory CPD',
  source: 'cpd',
  population: STAFF_POPULATION,
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'accessed-funded-cpd',
    people: 'staff',
    outcome: 'to access funded non-mandatory CPD',
    numerator: REVERSED_IN_NHS_WRES,
    outcomePast: 'accessed funded non-mandatory CPD',
    direction: 'good',
  }],
  noDataReason: 'No CPD data was provided.',
};
