import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 3: entering the formal disciplinary process. */
export const enteredDisciplinaryMetric: MetricDefinition = {
  number: 3,
  id: 'sc-wres-3',
  title: 'Relative likelihood of entering the formal disciplinary process',
  source: 'disciplinaryCases',
  population: {
    atRisk: 'directly employed staff employed at any time in the period',
    snapshot: 'directly employed staff in post on the last day of the period',
  },
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'entered-disciplinary',
    people: 'staff',
    outcome: 'to enter the formal disciplinary process',
    numerator: FOCAL_ON_TOP,
  }],
  noDataReason: 'No disciplinary case data was provided.',
};
