import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 6: harassment, bullying or abuse from people who use services, their relatives or the public. */
export const harassmentFromPublicMetric: MetricDefinition = {
  number: 6,
  id: 'sc-wres-6',
  title: 'Harassment, bullying or abuse from people who use services, their relatives or the public',
  source: 'survey',
  population: {
    atRisk: 'survey respondents who answered the question',
    snapshot: 'survey respondents who answered the question',
  },
  populationOption: false,
  form: 'survey',
  comparisons: [{
    key: 'harassment-from-public',
    people: 'survey respondents',
    outcome: 'to report harassment, bullying or abuse from people who use services, their relatives or the public in the last 12 months',
    numerator: FOCAL_ON_TOP,
    outcomePast: 'reported harassment, bullying or abuse from people who use services, their relatives or the public in the last 12 months',
    direction: 'bad',
  }],
  noDataReason: 'No staff survey data was provided.',
  unansweredReason: 'No staff survey responses answered this question.',
};
