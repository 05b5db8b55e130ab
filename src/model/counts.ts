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

/** The sources of a dataset. */
export type SourceName =
  | 'staff'
  | 'applications'
  | 'disciplinaryCases'
  | 'fitnessToPractiseReferrals'
  | 'cpd'
  | 'survey';

/**
 * The sources whose rows point to a staff member (by `staffId`).
 *
 * @example
 * LINKED_SOURCES; // ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd']
 */
export const LINKED_SOURCES = ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd'] as const;

/**
 * Whether the source's rows point to a staff member.
 *
 * @example
 * isLinkedSource('cpd'); // true
 * isLinkedSource('survey'); // false
 */
export function isLinkedSource(source: SourceName): source is (typeof LINKED_SOURCES)[number] {
  return (LINKED_SOURCES as readonly string[]).includes(source);
}

/** Rows read, used and skipped from one source, and ethnicity completeness. */
export interface SourceSummary {
  present: boolean;
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
  /** Reasons for skipped rows with counts (lenient mode). */
  skippedReasons: { reason: string; count: number }[];
  /**
   * Share of used records with a known ethnicity (null with no records; in a published report also
   * null for cases, referrals and CPD when the metric's minority or white count is withheld, and
   * otherwise a whole percentage rounded down).
   */
  ethnicityCompleteness: number | null;
  /** Staff only: records left out as not directly employed (agency, bank, other). */
  excludedNotDirect?: number;
  /** Records left out because they are outside `scope`. */
  excludedOutOfScope?: number;
  /** Records dated outside the period (applications, cases, CPD). */
  excludedOutsidePeriod?: number;
  /** Cases and CPD of staff outside the metric's population (not directly employed, out of scope, not employed in the period). */
  excludedNotInPopulation?: number;
  /** CPD records that are mandatory or not funded (not counted by metric 5). */
  excludedNotFundedNonMandatory?: number;
  /**
   * Read through an import profile: rows of the export its `keep` rules left out (never records,
   * so not in `rowsRead`; SPEC 12). Present only when some were.
   */
  rowsLeftOut?: number;
  /**
   * Read through an import profile (staff): rows merged into another row of the same person by its
   * `duplicates` setting (not in `rowsRead`). Present only when some were.
   */
  rowsMerged?: number;
}


/**
 * Pre-aggregated counts: everything the nine metrics need. Build it from records with the
 * record pass, or directly (for example with SQL in a data warehouse) and report it with
 * {@link computeReportFromCounts}. A metric whose counts are absent is reported as `no-data`.
 */
export interface WresCounts {
  organisation?: { name?: string; code?: string; populationMinorityShare?: number };
  /** Metric 1. */
  bands?: BandCounts;
  /** Metrics 2 to 9, by comparison key. */
  outcomes: Partial<Record<OutcomeKey, OutcomeCounts>>;
  /** Row counts and completeness by source, when known. */
  sources?: Partial<Record<SourceName, SourceSummary>>;
  /** Raw ethnicity values that matched no category, with counts. */
  unmatchedEthnicity?: { source: SourceName; value: string; count: number }[];
}
