/**
 * The `sources` block and the unmatched-value list of a published report, coarsened (SPEC 8a).
 *
 * Rows read, used and skipped, and every exclusion count, are numbers of records: with the
 * outcome counts they bound the people counted ("CPD rows used minus each exclusion is 0, so
 * nobody accessed CPD"), and completeness gives unknown counts (17/18 known means 18 people, 17
 * known). So a published report rounds every row count to a base ({@link sourceRoundingBase}) and
 * publishes completeness as a whole percentage, rounded down (so 100% means every record is
 * known); the intruder audit reads them with those widths.
 *
 * @module
 */
import type { PublishedReport, SourceName, SourceSummary } from '../model/report.js';
import { isSuppressed, roundToBase } from './suppressed.js';
import type { ResolvedPolicy } from './types.js';

/** Sources whose records are people with an outcome: the source, its metric and comparison key. */
export const LINKED_SOURCES: readonly [SourceName, string, string][] = [
  ['disciplinaryCases', 'sc-wres-3', 'entered-disciplinary'],
  ['fitnessToPractiseReferrals', 'sc-wres-4', 'fitness-to-practise-referral'],
  ['cpd', 'sc-wres-5', 'accessed-funded-cpd'],
];

const ROW_FIELDS = [
  'rowsRead',
  'rowsUsed',
  'rowsSkipped',
  'excludedNotDirect',
  'excludedOutOfScope',
  'excludedOutsidePeriod',
  'excludedNotInPopulation',
  'excludedNotFundedNonMandatory',
  'rowsLeftOut',
  'rowsMerged',
] as const;

/**
 * The base a published report rounds its row counts to: the threshold rounded up to a multiple of
 * 5 (10 for the presets' 10 and 8), at least the policy's rounding base; `null` (no rounding) when
 * the policy withholds nothing.
 *
 * @param policy The resolved policy.
 * @returns The base, or null.
 * @example
 * sourceRoundingBase(resolvePolicy('nhs-digital')); // 10
 * sourceRoundingBase(resolvePolicy('none'));        // null
 */
export function sourceRoundingBase(policy: ResolvedPolicy): number | null {
  if (policy.threshold <= 1 && !policy.suppressZeros) return policy.rounding;
  return Math.max(5 * Math.ceil(policy.threshold / 5), policy.rounding ?? 1);
}

/** Completeness as a whole percentage, rounded down: 0.9444 -> 0.94, 1 -> 1. */
export function coarseCompleteness(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}

/**
 * Coarsens a published report's `sources` and unmatched values in place: row counts rounded to
 * `base` (also each metric's `skippedRows`), completeness to a whole percentage (rounded down), and, for cases, referrals and CPD,
 * `null` when their metric's minority or white count is withheld; unmatched values seen fewer than the
 * threshold times are left out and the rest rounded to `base`.
 *
 * @param published The report being published (changed in place).
 * @param policy The resolved policy.
 * @internal
 */
export function coarsenSources(published: PublishedReport, policy: ResolvedPolicy): void {
  const base = sourceRoundingBase(policy);
  // Cases, referrals and CPD: completeness is (M + W) / (M + W + U) of the people counted, so it
  // is published only when both of those counts are ("0% known" would say M = W = 0).
  for (const [name, metricId, key] of LINKED_SOURCES) {
    const comparison = published.metrics.find((metric) => metric.id === metricId)?.comparisons.find((c) => c.key === key && c.group === 'minority');
    if (comparison !== undefined && (isSuppressed(comparison.focal.count) || isSuppressed(comparison.reference.count))) {
      published.sources[name].ethnicityCompleteness = null;
    }
  }
  for (const name of Object.keys(published.sources) as SourceName[]) {
    const summary: SourceSummary = published.sources[name];
    if (base !== null) {
      for (const field of ROW_FIELDS) {
        const value = summary[field];
        if (typeof value === 'number') summary[field] = roundToBase(value, base);
      }
      summary.skippedReasons = summary.skippedReasons.map((entry) => ({ ...entry, count: roundToBase(entry.count, base) }));
    }
    if (policy.threshold > 1 && typeof summary.ethnicityCompleteness === 'number') {
      summary.ethnicityCompleteness = coarseCompleteness(summary.ethnicityCompleteness);
    }
  }
  // The same skipped-row counts are repeated beside each metric they concern: rounded alike.
  if (base !== null) {
    for (const metric of published.metrics) {
      if (metric.skippedRows !== undefined) metric.skippedRows = metric.skippedRows.map((entry) => ({ ...entry, rows: roundToBase(entry.rows, base) }));
    }
  }
  published.unmatchedEthnicity = published.unmatchedEthnicity
    .filter((entry) => (entry.count === 0 ? !policy.suppressZeros : entry.count >= policy.threshold))
    .map((entry) => (base === null ? entry : { ...entry, count: roundToBase(entry.count, base) }));
}
