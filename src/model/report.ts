import type { SourceName, SourceSummary } from './counts.js';
import type { Benchmark } from './collation.js';
import type {
  DifferenceMethod,
  ProportionMethod,
  RatioMethod,
} from '../stats/types.js';

/**
 * A number withheld by disclosure control, where the number stood (pinned shape, SPEC 8a).
 * Every withheld value carries the same code and the same sentence: which rule withheld it would
 * tell a reader a range (a "small complement" in a group of fewer than 10 is a zero). The rule
 * and what it protects are in the analyst's unpublished workings (`explainDisclosure`).
 */
export interface Suppressed {
  /** Always `true`: tells a withheld number apart from a zero or a missing value. */
  suppressed: true;
  /** Always `'withheld'`. */
  code: SuppressionCode;
  /** The same sentence for every withheld value ("Withheld to protect a small number of people."). */
  reason: string;
}

/**
 * The code of every withheld value in a published report: `'withheld'` (SPEC 8a; version 0.1.0
 * used one code per rule, which told a reader a range).
 */
export type SuppressionCode = 'withheld';

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
/**
 * Whether a metric has figures:
 * - `ok`: computed;
 * - `no-data`: its source data is absent (for example no survey file); never reported as zero;
 * - `not-estimable`: the data is there but a group is empty (for example no white shortlisted
 *   applicants), so no comparison can be made. `reason` on the metric says which.
 */
export type MetricStatus = 'ok' | 'no-data' | 'not-estimable';
/** The pinned identifiers of the nine metrics, `sc-wres-1` to `sc-wres-9`, in the standard's order. */
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
export type { SourceName, SourceSummary } from './counts.js';

/** One group's side of a comparison: `count` with the outcome out of `total`, with an interval. */
export interface GroupResult<N = number> {
  /** People in the group with the outcome (the numerator). */
  count: N;
  /** People in the group's population (the denominator). */
  total: N;
  /** `count / total`, from 0 to 1; `null` when `total` is 0. */
  proportion: N | null;
  /** Lower confidence limit of the proportion (method and level in the report's `options.intervals`). */
  lower: N;
  /** Upper confidence limit of the proportion. */
  upper: N;
}

/**
 * A comparison's relative likelihood: one group's proportion divided by the other's, with its
 * confidence interval (the report form of {@link RelativeLikelihood}). In SC-WRES the numerator is
 * always the focal (minority ethnic) group, so above 1 means minority ethnic staff were more likely
 * to have the outcome; with `standard: 'nhs-wres'` metrics 2 and 5 put the reference group on top.
 */
export interface RelativeLikelihoodResult<N = number> {
  /** The ratio of proportions; 0 when the numerator group's count is 0; `null` when it cannot be estimated (both counts 0). */
  ratio: N | null;
  /** Lower confidence limit (0 when the numerator group's count is 0). */
  lower: N;
  /** Upper confidence limit (`Infinity` when the denominator group's count is 0). */
  upper: N;
  /** The interval method (default `koopman`). */
  method: RatioMethod;
  /** The confidence level, for example 0.95. */
  level: number;
  /** Which group's proportion is on top of the ratio. */
  numerator: 'focal' | 'reference';
  /** True when the interval excludes 1. */
  significant: boolean | Withheld<N>;
  /** True when the ratio lies in NHS England's 0.80 to 1.25 "non-adverse" range (four-fifths rule); `null` without a ratio. */
  nonAdverse: boolean | null | Withheld<N>;
}

/**
 * A comparison's difference of proportions, focal minus reference, with its confidence interval
 * (the report form of {@link ProportionDifference}). In proportion units: 0.05 is 5 percentage points.
 */
export interface DifferenceResult<N = number> {
  /** Focal proportion minus reference proportion, from -1 to 1; `null` when a group's total is 0. */
  value: N | null;
  /** Lower confidence limit. */
  lower: N;
  /** Upper confidence limit. */
  upper: N;
  /** The interval method (default `newcombe`). */
  method: DifferenceMethod;
  /** The confidence level, for example 0.95. */
  level: number;
}

/**
 * What a comparison means for minority ethnic staff (pinned), following the outcome's direction:
 * - `adverse`: significantly worse off (more likely to have a bad outcome, such as disciplinary
 *   action or leaving, or less likely to have a good one, such as appointment, CPD, senior
 *   management or a high pay band; or more likely to be in a low pay band);
 * - `favourable`: significantly better off;
 * - `no-significant-difference`: the ratio's interval includes 1.
 * `null` (on the comparison) when there is no ratio, or when the outcome has no direction (the
 * middle band of an odd number of pay bands, or bands whose order was not given).
 */
export type Reading = 'adverse' | 'favourable' | 'no-significant-difference';

/** One focal-vs-reference comparison (pinned shape; `statement` is extra). */
export interface Comparison<N = number> {
  /**
   * The pinned key: `band:<label>` for metric 1, otherwise one of `appointed-from-shortlisting`,
   * `entered-disciplinary`, `fitness-to-practise-referral`, `accessed-funded-cpd`,
   * `harassment-from-public`, `harassment-from-colleagues`, `harassment-from-managers`,
   * `left-organisation`, `senior-management`.
   */
  key: string;
  /** The focal group: `minority`, or a broad group with `breakdown: 'broad-groups'`. */
  group: FocalGroup;
  /** The focal group's count, total and proportion. */
  focal: GroupResult<N>;
  /** The reference (white) group's count, total and proportion. */
  reference: GroupResult<N>;
  /** The relative likelihood; `null` when the metric is not estimable. */
  relativeLikelihood: RelativeLikelihoodResult<N> | Withheld<N> | null;
  /** The difference of proportions; `null` when the metric is not estimable. */
  difference: DifferenceResult<N> | Withheld<N> | null;
  /** The comparison in words, with the chosen terminology; a Suppressed object when withheld. */
  statement: string | Withheld<N>;
  /** What the ratio means for the focal group, given the outcome's direction; see {@link Reading}. */
  reading: Reading | null | Withheld<N>;
}

/** Metric 1's table: snapshot staff by band and group, with totals. */
export interface BandRow<N = number> {
  /** The pay band's label. */
  band: string;
  /** Minority ethnic snapshot staff in the band. */
  minority: N;
  /** White snapshot staff in the band. */
  white: N;
  /** Snapshot staff in the band whose ethnicity is unknown (not in any share). */
  unknown: N;
  /** minority + white (staff of known ethnicity in the band). */
  total: N;
  /** Minority share of the band's staff of known ethnicity. */
  minorityShare: N | null;
  /** minorityShare minus the workforce minority share, in percentage points. */
  differencePoints: N | null;
}

/** Metric 1's table of snapshot staff by pay band and group; with disclosure control, the table that secondary suppression protects. */
export interface BandsTable<N = number> {
  /** One row per band, in the order of the `payBands` option (or of first appearance). */
  rows: BandRow<N>[];
  /** Staff whose band is missing, by group. Not part of any band proportion. */
  bandNotKnown: { minority: N; white: N; unknown: N };
  /** Column totals over the rows, band not known excluded (`total` is minority + white). */
  totals: { minority: N; white: N; unknown: N; total: N };
  /** Minority share of snapshot staff of known ethnicity and known band. */
  workforceMinorityShare: N | null;
}

/** Metric 9's representation figures. */
export interface Representation<N = number> {
  /** Minority share of snapshot senior managers of known ethnicity, from 0 to 1. */
  seniorMinorityShare: N | null;
  /** Minority share of all snapshot staff of known ethnicity, from 0 to 1. */
  workforceMinorityShare: N | null;
  /** Senior share minus workforce share, percentage points. */
  vsWorkforcePoints: N | null;
  /** The organisation's `populationMinorityShare`, when given. */
  populationMinorityShare: number | null;
  /** Senior share minus population share, percentage points; null without a population share. */
  vsPopulationPoints: N | null;
  /** The comparison in words, with the chosen terminology; a Suppressed object when withheld. */
  statement: string | Withheld<N>;
}

/** One of the nine metrics in a report (pinned shape; `report.metrics` holds them in order 1 to 9). */
export interface MetricResult<N = number> {
  /** The metric's number in the standard. */
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The metric's identifier, `sc-wres-<number>`. */
  id: MetricId;
  /** The metric's title in words. */
  title: string;
  /** Whether it has figures; see {@link MetricStatus}. */
  status: MetricStatus;
  /** Why the status is not `ok`, as a sentence. */
  reason?: string;
  /** Its comparisons: one per band for metric 1, two for metric 7, one otherwise (times the broad groups with a breakdown). */
  comparisons: Comparison<N>[];
  /** Records of the metric's population left out because their ethnicity is unknown. */
  unknownEthnicity: N;
  /** What the population is, in words ("staff employed at any time in the period"). */
  population: string;
  /** Metric 1 only: the table of staff by band. */
  bands?: BandsTable<N>;
  /** Metric 9 only: senior management compared with the workforce and the local population. */
  representation?: Representation<N>;
  /**
   * Present only when rows of the metric's sources were skipped as invalid (lenient mode): how
   * many rows of each source (its own, and staff for metrics 3, 4 and 5) it could not count.
   */
  skippedRows?: { source: SourceName; rows: number }[];
}

/** What disclosure control did to a published report (`report.disclosure`). */
export interface DisclosureSummary {
  /** The preset's name, or `custom`. */
  policy: string;
  /** Counts from 1 to `threshold - 1` are withheld. */
  threshold: number;
  /** The base published counts are rounded to, or `null` for no rounding. */
  rounding: number | null;
  /**
   * How many values were withheld in all: every `Suppressed` object in the report is
   * counted (a cell shown in two places counts twice). Not per rule, which would help a reader.
   */
  withheld: number;
  /**
   * The base the `sources` row counts and unmatched-value counts are rounded to (null: unchanged);
   * completeness is then a whole percentage, rounded down.
   */
  sourceRounding: number | null;
  /** The method in words, for the report's notes (see {@link describeMethod}). */
  method: string;
}

/** The options a report was computed with, defaults filled in (`report.options`), so a reader can tell how it was made. */
export interface ReportOptionsSummary {
  /** Which standard's ratio directions were used. */
  standard: Standard;
  /** The population of metrics 3, 4, 5 and 8. */
  population: 'at-risk' | 'snapshot';
  /** The service the report is restricted to, if any. */
  scope: { service?: string };
  /** The focal group's label in sentences, for example `minority ethnic`. */
  terminology: string;
  /** Where the White minority categories were counted. */
  whiteMinorities: 'white' | 'minority';
  /** Whether broad-group comparisons were added. */
  breakdown: 'none' | 'broad-groups';
  /** The interval methods and confidence level. */
  intervals: {
    proportion: ProportionMethod;
    ratio: RatioMethod;
    difference: DifferenceMethod;
    level: number;
  };
}

/** The whole report: JSON-serialisable (see the JSON renderer for Infinity). */
export interface WresReport<N = number> {
  /** The library and version that computed it. */
  library: { name: 'sc-wres'; version: string };
  /** The dataset's organisation, or `null` when none was given. */
  organisation: { name?: string; code?: string; populationMinorityShare?: number } | null;
  /** The reporting period, inclusive ISO dates. */
  period: { start: string; end: string };
  /** The options used, with defaults filled in. */
  options: ReportOptionsSummary;
  /** Rows read, used and skipped, and ethnicity completeness, for each source. */
  sources: Record<SourceName, SourceSummary>;
  /** Ethnicity values that matched no category (counted as unknown), so the mapping can be fixed. */
  unmatchedEthnicity: { source: SourceName; value: string; count: number }[];
  /** The nine metrics, in order 1 to 9. */
  metrics: MetricResult<N>[];
  /** Present once disclosure control has been applied. */
  disclosure?: DisclosureSummary;
  /** National or regional pooled figures beside the council's own, when `benchmarks` was given. */
  benchmarks?: Benchmark[];
}

/** A report after disclosure control: any number may be a {@link Suppressed} object. */
export type PublishedReport = WresReport<Figure>;
