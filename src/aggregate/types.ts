/**
 * Counts by comparison group: the boundary between the record-level pass and the metrics.
 * `minority` and `white` are the focal and reference groups; `unknown` are left out of every
 * rate and ratio. The broad groups are subsets of `minority`, present when a breakdown is asked for.
 */
export interface GroupTally {
  minority: number;
  white: number;
  unknown: number;
  asian?: number;
  black?: number;
  mixed?: number;
  other?: number;
}

/** A population (denominator) and those in it with the outcome (numerator), by group. */
export interface OutcomeCounts {
  population: GroupTally;
  outcome: GroupTally;
}

/** Keys of the outcome-style comparisons (metrics 2 to 9), as pinned in the spec. */
export type OutcomeKey =
  | 'appointed-from-shortlisting'
  | 'entered-disciplinary'
  | 'fitness-to-practise-referral'
  | 'accessed-funded-cpd'
  | 'harassment-from-public'
  | 'harassment-from-colleagues'
  | 'harassment-from-managers'
  | 'left-organisation'
  | 'senior-management';

/** Snapshot staff by pay band and group (metric 1). */
export interface BandCounts {
  labels: string[];
  /** One tally per label, same order. */
  staff: GroupTally[];
  /** Snapshot staff whose band is missing. */
  bandNotKnown: GroupTally;
}
