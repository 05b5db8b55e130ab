import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 4: referral to the fitness-to-practise process (regulated professionals). */
export const fitnessToPractiseMetric: MetricDefinition = {
  number: 4,
  id: 'sc-wres-4',
  title: 'Relative likelihood of being referred to the fitness-to-practise process',
  source: 'fitnessToPractiseReferrals',
  population: {
    atRisk: 'directly employed regulated professionals employed at any time in the period',
    snapshot: 'directly employed regulated professionals in post on the last day of the period',
  },
  populationOption: true,
  form: 'relative-likelihood',
  comparisons: [{
    key: 'fitness-to-practise-referral',
    people: 'regulated professionals',
    outcome: 'to be referred to the fitness-to-practise process',
    numerator: FOCAL_ON_TOP,
    outcomePast: 'were referred to the fitness-to-practise process',
    direction: 'bad',
  }],
  noDataReason: 'No fitness-to-practise referral data was provided, or no staff record says who is a regulated professional.',
};
