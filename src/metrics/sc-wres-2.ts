import { REVERSED_IN_NHS_WRES, type MetricDefinition } from './definition.js';

/** Metric 2: appointment from shortlisting. */
export const appointedFromShortlistingMetric: MetricDefinition = {
  number: 2,
  id: 'sc-wres-2',
  title: 'Relative likelihood of being appointed from shortlisting',
  source: 'applications',
  population: {
    atRisk: 'applications shortlisted in the period',
    snapshot: 'applications shortlisted in the period',
  },
  populationOption: false,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'appointed-from-shortlisting',
    people: 'applicants',
    outcome: 'to be appointed from shortlisting',
    numerator: REVERSED_IN_NHS_WRES,
    outcomePast: 'were appointed from shortlisting',
    direction: 'good',
  }],
  noDataReason: 'No applications data was provided (no recruitment tracking for the period).',
};
