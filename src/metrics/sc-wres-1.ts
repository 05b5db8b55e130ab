import { FOCAL_ON_TOP, type MetricDefinition } from './definition.js';

/** Metric 1: representation across pay bands, snapshot staff. */
export const payBandsMetric: MetricDefinition = {
  number: 1,
  id: 'sc-wres-1',
  title: 'Representation in each pay band compared with the workforce',
  source: 'staff',
  population: {
    atRisk: 'directly employed staff in post on the last day of the period, with a known pay band',
    snapshot: 'directly employed staff in post on the last day of the period, with a known pay band',
  },
  populationOption: false,
  form: 'bands',
  // One comparison per band; the key and outcome are filled in from the band label.
  comparisons: [],
  bandDirections: { lower: 'bad', middle: 'neutral', upper: 'good' },
  noDataReason: 'No pay band information: staff records have no payBand (or salary, with salaryBands) for anyone in post at the end of the period.',
};

/** The comparison key of a pay band (pinned: `band:<label>`). */
export const bandKey = (label: string): string => `band:${label}`;
/** FOCAL_ON_TOP, re-exported for band comparisons. */
export const bandNumerator = FOCAL_ON_TOP;
