import type { OutcomeKey, SourceName } from '../model/counts.js';
import type { MetricId, Standard } from '../model/report.js';

/**
 * Whether having the outcome is good or bad for the people who have it, which decides when a
 * relative likelihood is adverse for minority ethnic staff:
 * - `good`: being appointed, accessing CPD, being a senior manager, being in a high pay band;
 *   minority ethnic staff significantly *less* likely is adverse;
 * - `bad`: disciplinary, fitness to practise, harassment, leaving, being in a low pay band;
 *   minority ethnic staff significantly *more* likely is adverse;
 * - `neutral`: no direction (a middle pay band, or bands whose order is not known); no reading.
 */
export type OutcomeDirection = 'good' | 'bad' | 'neutral';

/** One comparison a metric makes: who is counted, and what happens to them. */
export interface ComparisonDefinition {
  key: OutcomeKey;
  /** The people in the population, plural ("applicants", "staff"). */
  people: string;
  /** The outcome as an infinitive phrase ("to be appointed from shortlisting"). */
  outcome: string;
  /** The outcome as a past-tense predicate, for sentences with a zero count ("were appointed from shortlisting"). */
  outcomePast: string;
  /** Whether having the outcome is good or bad: decides the comparison's `reading`. */
  direction: OutcomeDirection;
  /** Which group's rate is the ratio's numerator, by standard. */
  numerator: Record<Standard, 'focal' | 'reference'>;
}

/**
 * A metric as data: id, title, population, outcome(s), form and direction. The report is
 * assembled from these; the record pass fills the counts each comparison key needs.
 */
export interface MetricDefinition {
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  id: MetricId;
  title: string;
  /** The source whose absence makes the metric `no-data`. */
  source: SourceName;
  /** The population in words; `populationOption` tells whether it follows the `population` option. */
  population: { atRisk: string; snapshot: string };
  populationOption: boolean;
  /**
   * - `bands`: metric 1, one comparison per pay band;
   * - `relative-likelihood`: a ratio of rates (with the difference alongside);
   * - `survey`: percentages, difference and ratio for each question part;
   * - `representation`: metric 9, shares of senior management vs workforce and local population.
   */
  form: 'bands' | 'relative-likelihood' | 'survey' | 'representation';
  comparisons: ComparisonDefinition[];
  /**
   * Metric 1 only: the direction of each band by its place in the band order. Over-representation
   * in the lowest bands and under-representation in the highest are adverse; with an odd number
   * of bands the middle one has no direction.
   */
  bandDirections?: { lower: OutcomeDirection; middle: OutcomeDirection; upper: OutcomeDirection };
  /** Why there is no data, when the counts are absent. */
  noDataReason: string;
  /** Why there is no data when the source was given but nobody in it answered (survey questions). */
  unansweredReason?: string;
}

/** Every standard puts the focal group on top. */
export const FOCAL_ON_TOP: Record<Standard, 'focal' | 'reference'> = { 'sc-wres': 'focal', 'nhs-wres': 'focal' };
/** SC-WRES puts the focal group on top; NHS WRES puts white staff on top (shortlisting and CPD). */
export const REVERSED_IN_NHS_WRES: Record<Standard, 'focal' | 'reference'> = { 'sc-wres': 'focal', 'nhs-wres': 'reference' };

/** The staff population of metrics 3, 5 and 8, in words, by the `population` option. */
export const STAFF_POPULATION = {
  atRisk: 'directly employed staff employed at any time in the period',
  snapshot: 'directly employed staff in post on the last day of the period',
} as const;
