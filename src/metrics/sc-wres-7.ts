import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 7: harassment, bullying or abuse from (a) colleagues and (b) managers. */
export const harassmentFromStaffMetric: MetricDefinition = {
  number: 7,
  id: 'sc-wres-7',
  title: 'Harassment, bullying or abuse from colleagues and from managers',
  source: 'survey',
  population: {
    atRisk: 'survey respondents who answered each question',
    snapshot: 'survey respondents who answered each question',
  },
  populationOption: false,
  form: 'survey',
  comparisons: [
    {
      key: 'harassment-from-colleagues',
      people: 'survey respondents',
      outcome: 'to report harassment, bullying or abuse from colleagues in the last 12 months',
      numerator: FOCAL_ON_TOP,
      outcomePast: 'reported harassment, bullying or abuse from colleagues in the last 12 months',
      direction: 'bad',
    },
    {
      key: 'harassment-from-managers',
      people: 'survey respondents',
      outcome: 'to report harassment, bullying or abuse from managers in the last 12 months',
      numerator: FOCAL_ON_TOP,
      outcomePast: 'reported harassment, bullying or abuse from managers in the last 12 months',
      direction: 'bad',
    },
  ],
  noDataReason: 'No staff survey data was provided.',
  unansweredReason: 'No staff survey responses answered these questions.',
};
