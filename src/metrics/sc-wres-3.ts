import { FOCAL_ON_TOP, STAFF_POPULATION, type MetricDefinition } from './definition.js';

/** Metric 3: entering the formal disciplinary process. */
export const enteredDisciplinaryMetric: MetricDefinition = {
  number: 3,
  id: 'sc-wres-3',
  title: 'Relative likelihood of entering the formal disciplinary process',
  source: 'disciplinaryCases',
  population: STAFF_POPULATION,
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'entered-disciplinary',
    people: 'staff',
    outcome: 'to enter the formal disciplinary process',
    numerator: FOCAL_ON_TOP,
    outcomePast: 'entered the formal disciplinary process',
    direction: 'bad',
  }],
  noDataReason: 'No disciplinary case data was provided.',
};
