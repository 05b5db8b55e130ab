/** Interval methods for a single proportion. */
export type ProportionMethod = 'wilson' | 'clopper-pearson' | 'jeffreys' | 'agresti-coull';
/** Interval methods for a ratio of two proportions (a relative likelihood). */
export type RatioMethod = 'koopman' | 'miettinen-nurminen' | 'katz-log' | 'adjusted-log';
/** Interval methods for a difference of two proportions. */
export type DifferenceMethod = 'newcombe' | 'miettinen-nurminen';

/** A count of people with an outcome out of a total. */
export interface CountOf {
  /** People with the outcome, a whole number from 0 to `total`. */
  count: number;
  /** People in the group, a whole number. */
  total: number;
}

/** Two groups: the focal group (minority ethnic, or a broad group) and the reference group (white). */
export interface TwoGroups {
  /** The focal group's count and total. */
  focal: CountOf;
  /** The reference group's count and total. */
  reference: CountOf;
}

/** Result of {@link proportionInterval}. `proportion` is `null` when `total` is 0 (limits 0 and 1). */
export interface ProportionEstimate {
  /** `count / total`, from 0 to 1. */
  proportion: number | null;
  /** Lower confidence limit, from 0 to 1. */
  lower: number;
  /** Upper confidence limit, from 0 to 1. */
  upper: number;
  /** The interval method used. */
  method: ProportionMethod;
  /** The confidence level, for example 0.95. */
  level: number;
}

/**
 * Result of {@link relativeLikelihood}. `ratio` is `null` when it cannot be estimated
 * (both counts zero, or a group with no one in it); then `lower` is 0 and `upper` is `Infinity`.
 */
export interface RelativeLikelihood {
  /** Numerator group's proportion divided by the other's. */
  ratio: number | null;
  /** Lower confidence limit (0 when the numerator group's count is 0). */
  lower: number;
  /** Upper confidence limit (`Infinity` when the other group's count is 0). */
  upper: number;
  /** The interval method used. */
  method: RatioMethod;
  /** The confidence level, for example 0.95. */
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
  /** Focal proportion minus reference proportion, from -1 to 1 (0.05 is 5 percentage points). */
  value: number | null;
  /** Lower confidence limit, from -1 to 1. */
  lower: number;
  /** Upper confidence limit, from -1 to 1. */
  upper: number;
  /** The interval method used. */
  method: DifferenceMethod;
  /** The confidence level, for example 0.95. */
  level: number;
}
