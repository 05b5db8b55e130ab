import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 9: representation in senior management. */
export const seniorManagementMetric: MetricDefinition = {
  number: 9,
  id: 'sc-wres-9',
  title: 'Representation in senior management compared with the workforce and the local population',
  source: 'staff',
  population: {
    atRisk: 'directly employed staff in post on the last day of the period',
    snapshot: 'directly employed staff in post on the last day of the period',
  },
  populationOption: false,
  form: 'representation',
  comparisons: [{
    key: 'senior-management',
    people: 'staff',
    outcome: 'to be senior managers',
    numerator: FOCAL_ON_TOP,
    outcomePast: 'were senior managers',
    direction: 'good',
  }],
  noDataReason: 'No staff record says who is a senior manager (the seniorManager field is missing).',
};
