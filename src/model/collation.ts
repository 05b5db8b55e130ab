import type { FunnelPosition } from '../stats/pooling/funnel-position.js';
import type { CountOf } from '../stats/types.js';
import type { Comparison, FocalGroup, MetricId, Standard } from './report.js';

export type { FunnelPosition } from '../stats/pooling/funnel-position.js';

/** One council in a collated comparison: its counts, its own ratio and where it sits on the funnel plot. */
export interface OrganisationResult {
  /** The council's name, as given in its entry. */
  name: string;
  /** Its region, when given. */
  region?: string;
  /** The service its figures cover, when given (extra). */
  service?: string;
  /** The focal (minority ethnic) group's count and total. */
  focal: CountOf;
  /** The reference (white) group's count and total. */
  reference: CountOf;
  /**
   * The council's relative likelihood as the pooling uses it: exp of metafor's `escalc` log ratio,
   * so with a zero cell it is computed after adding 0.5 to each cell (and differs from the ratio in
   * the council's own report).
   */
  ratio: number;
  /** Lower limit, exp(log ratio - z se), at the collation's level. */
  lower: number;
  /** Upper limit, exp(log ratio + z se). */
  upper: number;
  /**
   * Where the council's log ratio falls against the 95% and 99.8% limits around the pooled
   * Mantel-Haenszel log ratio at the council's own standard error; `null` when there is no pooled ratio.
   */
  funnel: FunnelPosition | null;
}

/** One comparison (key and focal group) pooled over councils (pinned shape). */
export interface CollatedComparison {
  /** The pinned comparison key, as in a council's report. */
  key: string;
  /** The focal group. */
  group: FocalGroup;
  /** Councils whose comparison could be estimated (someone in both groups). */
  organisations: number;
  /** The summed counts, as one council's comparison: the crude national figure. */
  crude: Comparison;
  /** The relative likelihood pooled within councils (Mantel-Haenszel, Greenland-Robins variance). */
  mantelHaenszel: { ratio: number; lower: number; upper: number; level: number } | null;
  /** DerSimonian-Laird random effects on log ratios, with tau-squared; `null` with fewer than two councils. */
  randomEffects: { ratio: number; lower: number; upper: number; level: number; tau2: number } | null;
  /** Cochran's Q, its p-value and I-squared (0 to 1); `null` with fewer than two councils. */
  heterogeneity: { q: number; df: number; p: number; i2: number } | null;
  /** Each council whose comparison could be estimated, in the order of the entries. */
  byOrganisation: OrganisationResult[];
  /** The comparison in words: the distribution of councils, crude against pooled, heterogeneity (extra). */
  statements: { distribution: string; pooling: string; heterogeneity: string | null };
}

/** One metric pooled over councils. */
export interface CollatedMetric {
  /** The metric's number in the standard. */
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** The metric's identifier. */
  id: MetricId;
  /** The metric's title. */
  title: string;
  /** One per comparison key and focal group found in any council. */
  comparisons: CollatedComparison[];
}

/** The result of `collateReports` (pinned: `organisations` and `metrics`; the rest is extra). */
export interface Collation {
  /** How many councils were collated. */
  organisations: number;
  /** The nine metrics in order; a metric no council has figures for has no comparisons. */
  metrics: CollatedMetric[];
  /** The direction, wording and interval settings used. */
  options: { standard: Standard; terminology: string; level: number };
  /** The reporting period when every report gives the same one, otherwise `null`. */
  period: { start: string; end: string } | null;
}

/** A pooled figure beside one of a council's comparisons (`report.benchmarks[].figures`). */
export interface BenchmarkFigure {
  /** The metric's number. */
  metric: number;
  /** The comparison key. */
  key: string;
  /** The focal group. */
  group: FocalGroup;
  /** The pooled relative likelihood within councils (Mantel-Haenszel) with its interval. */
  ratio: number;
  /** Lower confidence limit. */
  lower: number;
  /** Upper confidence limit. */
  upper: number;
  /** The confidence level. */
  level: number;
  /** Councils pooled. */
  organisations: number;
}

/** A benchmark carried by a council's report: the label ("England", "London") and its pooled figures. */
export interface Benchmark {
  /** The benchmark's name, as given. */
  label: string;
  /** One figure per comparison the collation could pool, in the collation's order. */
  figures: BenchmarkFigure[];
}
