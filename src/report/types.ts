import type { SourceName, SourceSummary } from '../aggregate/types.js';
import type {
  DifferenceMethod,
  ProportionMethod,
  RatioMethod,
} from '../stats/types.js';

/**
 * A number withheld by disclosure control, where the number stood (pinned shape).
 * `code` is one of the reason codes below; `reason` is a sentence for people.
 */
export interface Suppressed {
  suppressed: true;
  code: SuppressionCode;
  reason: string;
}

/**
 * Why a value was withheld:
 * - `small-count`: a count below the threshold (primary);
 * - `small-complement`: total minus count below the threshold (primary);
 * - `secondary`: withheld so that another withheld cell cannot be worked out from totals;
 * - `derived`: built from a withheld count (a proportion, interval, ratio, difference or sentence).
 */
export type SuppressionCode = 'small-count' | 'small-complement' | 'secondary' | 'derived';

/** A number in a report: plain, or withheld when disclosure control is applied. */
export type Figure = number | Suppressed;

/**
 * `Suppressed` in a published report (`N` = {@link Figure}), nothing in a plain one (`N` = number),
 * so code reading a plain report never has to test for withheld objects.
 */
export type Withheld<N> = N extends number ? never : Suppressed;

/** The SC-WRES and NHS WRES directions of the relative likelihoods. */
export type Standard = 'sc-wres' | 'nhs-wres';
/** The comparison group a focal group is compared in: minority vs white, or a broad group vs white. */
export type FocalGroup = 'minority' | 'asian' | 'black' | 'mixed' | 'other';
export type MetricStatus = 'ok' | 'no-data' | 'not-estimable';
export type MetricId =
  | 'sc-wres-1'
  | 'sc-wres-2'
  | 'sc-wres-3'
  | 'sc-wres-4'
  | 'sc-wres-5'
  | 'sc-wres-6'
  | 'sc-wres-7'
  | 'sc-wres-8'
  | 'sc-wres-9';
export type { SourceName, SourceSummary } from '../aggregate/types.js';

/** One group's side of a comparison: `count` with the outcome out of `total`, with an interval. */
export interface GroupResult<N = number> {
  count: N;
  total: N;
  proportion: N | null;
  lower: N;
  upper: N;
}

export interface RelativeLikelihoodResult<N = number> {
  ratio: N | null;
  lower: N;
  upper: N;
  method: RatioMethod;
  level: number;
  numerator: 'focal' | 'reference';
  significant: boolean | Withheld<N>;
  nonAdverse: boolean | null | Withheld<N>;
}

export interface DifferenceResult<N = number> {
  value: N | null;
  lower: N;
  upper: N;
  method: DifferenceMethod;
  level: number;
}

/** One focal-vs-reference comparison (pinned shape; `statement` is extra). */
export interface Comparison<N = number> {
  key: string;
  group: FocalGroup;
  focal: GroupResult<N>;
  reference: GroupResult<N>;
  relativeLikelihood: RelativeLikelihoodResult<N> | Withheld<N> | null;
  difference: DifferenceResult<N> | Withheld<N> | null;
  /** The comparison in words, with the chosen terminology; a Suppressed object when withheld. */
  statement: string | Withheld<N>;
}

/** Metric 1's table: snapshot staff by band and group, with totals. */
export interface BandRow<N = number> {
  band: string;
  minority: N;
  white: N;
  unknown: N;
  /** minority + white (staff of known ethnicity in the band). */
  total: N;
  /** Minority share of the band's staff of known ethnicity. */
  minorityShare: N | null;
  /** minorityShare minus the workforce minority share, in percentage points. */
  differencePoints: N | null;
}

export interface BandsTable<N = number> {
  rows: BandRow<N>[];
  /** Staff whose band is missing, by group. Not part of any band proportion. */
  bandNotKnown: { minority: N; white: N; unknown: N };
  totals: { minority: N; white: N; unknown: N; total: N };
  /** Minority share of snapshot staff of known ethnicity and known band. */
  workforceMinorityShare: N | null;
}

/** Metric 9's representation figures. */
export interface Representation<N = number> {
  seniorMinorityShare: N | null;
  workforceMinorityShare: N | null;
  /** Senior share minus workforce share, percentage points. */
  vsWorkforcePoints: N | null;
  /** The organisation's `populationMinorityShare`, when given. */
  populationMinorityShare: number | null;
  /** Senior share minus population share, percentage points; null without a population share. */
  vsPopulationPoints: N | null;
}

export interface MetricResult<N = number> {
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  id: MetricId;
  title: string;
  status: MetricStatus;
  reason?: string;
  comparisons: Comparison<N>[];
  /** Records of the metric's population left out because their ethnicity is unknown. */
  unknownEthnicity: N;
  /** What the population is, in words ("staff employed at any time in the period"). */
  population: string;
  bands?: BandsTable<N>;
  representation?: Representation<N>;
}

export interface DisclosureSummary {
  policy: string;
  threshold: number;
  rounding: number | null;
  suppressed: { code: SuppressionCode; count: number }[];
  method: string;
}

export interface ReportOptionsSummary {
  standard: Standard;
  population: 'at-risk' | 'snapshot';
  scope: { service?: string };
  terminology: string;
  whiteMinorities: 'white' | 'minority';
  breakdown: 'none' | 'broad-groups';
  intervals: {
    proportion: ProportionMethod;
    ratio: RatioMethod;
    difference: DifferenceMethod;
    level: number;
  };
}

/** The whole report: JSON-serialisable (see the JSON renderer for Infinity). */
export interface WresReport<N = number> {
  library: { name: 'sc-wres'; version: string };
  organisation: { name?: string; code?: string; populationMinorityShare?: number } | null;
  period: { start: string; end: string };
  options: ReportOptionsSummary;
  sources: Record<SourceName, SourceSummary>;
  unmatchedEthnicity: { source: SourceName; value: string; count: number }[];
  metrics: MetricResult<N>[];
  disclosure?: DisclosureSummary;
}

/** A report after disclosure control: any number may be a {@link Suppressed} object. */
export type PublishedReport = WresReport<Figure>;
