import { REVERSED_IN_NHS_WRES, type MetricDefinition } from './definition.js';

/** Metric 5: access to funded non-mandatory continuing professional development. */
export const accessedFundedCpdMetric: MetricDefinition = {
  number: 5,
  id: 'sc-wres-5',
  title: 'Relative likelihood of accessing funded non-mandatory CPD',
  source: 'cpd',
  population: {
    atRisk: 'directly employed staff employed at any time in the period',
    snapshot: 'directly employed staff in post on the last day of the period',
  },
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'accessed-funded-cpd',
    people: 'staff',
    outcome: 'to access funded non-mandatory CPD',
    numerator: REVERSED_IN_NHS_WRES,
  }],
  noDataReason: 'No CPD data was provided.',
};
