/** Interval methods for a single proportion. */
export type ProportionMethod = 'wilson' | 'clopper-pearson' | 'jeffreys' | 'agresti-coull';
/** Interval methods for a ratio of two proportions (a relative likelihood). */
export type RatioMethod = 'koopman' | 'miettinen-nurminen' | 'katz-log' | 'adjusted-log';
/** Interval methods for a difference of two proportions. */
export type DifferenceMethod = 'newcombe' | 'miettinen-nurminen';

/** A count of people with an outcome out of a total. */
export interface CountOf {
  count: number;
  total: number;
}

/** Two groups: the focal group (minority ethnic, or a broad group) and the reference group (white). */
export interface TwoGroups {
  focal: CountOf;
  reference: CountOf;
}

/** Result of {@link proportionInterval}. `proportion` is `null` when `total` is 0 (limits 0 and 1). */
export interface ProportionEstimate {
  proportion: number | null;
  lower: number;
  upper: number;
  method: ProportionMethod;
  level: number;
}

/**
 * Result of {@link relativeLikelihood}. `ratio` is `null` when it cannot be estimated
 * (both counts zero, or a group with no one in it); then `lower` is 0 and `upper` is `Infinity`.
 */
export interface RelativeLikelihood {
  ratio: number | null;
  lower: number;
  upper: number;
  method: RatioMethod;
  level: number;
  /** Which group's proportion is on top of the ratio. */
  numerator: 'focal' | 'reference';
  /** True when the interval excludes 1. */
  significant: boolean;
  /** True when the ratio lies in the 0.80 to 1.25 "non-adverse" range (four-fifths rule); null without a ratio. */
  nonAdverse: boolean | null;
}

/** Result of {@link proportionDifference}: focal proportion minus reference proportion. `null` value when a total is 0. */
export interface ProportionDifference {
  value: number | null;
  lower: number;
  upper: number;
  method: DifferenceMethod;
  level: number;
}
